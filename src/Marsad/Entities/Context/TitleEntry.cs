using System.Collections.Immutable;

namespace Marsad.Entities.Context;

/// <summary>
/// One title of data/context/titles.tsv: the words as printed, their folded forms for matching (the first without
/// its article, so رئيس matches الرئيس), what the title says about its holder, and <see cref="SameAs"/>, the
/// folded title the knowledge base files the same post under (رئيس الحكومة → رئيس الوزراء), or null.
/// <see cref="Definite"/>: the row is written with the article, and the title only counts when the text has it too
/// (الجندي X names a soldier; جندي أمريكي is "an American soldier").
/// </summary>
public sealed record TitleEntry(string Text, ImmutableArray<string> Words, TitleClass Class, string? SameAs, bool Definite);
