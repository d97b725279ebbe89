namespace Marsad.Entities.Context;

/// <summary>
/// The title found at a token, if any: the table row, its last token, and how many folded letters of the first token
/// precede it (see <see cref="TokenFacts.StartAfter"/>). <see cref="Entry"/> is null when no title starts there.
/// <see cref="PronounSuffix"/>: the title's first word carries a possessive (أمينها العام، زعيمه): "its leader".
/// </summary>
internal readonly record struct TitleMatch(TitleEntry? Entry, int Last, int Stripped, bool PronounSuffix = false);
