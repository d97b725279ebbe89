namespace Marsad.Dates;

/// <summary>What kind of text a <see cref="DateToken"/> covers.</summary>
internal enum DateTokenKind : byte { Word, Number, Punctuation, Latin }

/// <summary>Facts about the text before and inside a <see cref="DateToken"/>.</summary>
[Flags]
internal enum DateTokenFlags : byte
{
    None = 0,

    /// <summary>Whitespace separates the token from the one before.</summary>
    SpaceBefore = 1,

    /// <summary>A line or paragraph break separates it: date expressions never cross one.</summary>
    BreakBefore = 2,

    /// <summary>The word carried the conjunction و or ف (والثلاثاء، و2015).</summary>
    Conjunction = 4,

    /// <summary>The word carried a preposition ب، ل or ك (بالأمس، لعام).</summary>
    Preposition = 8,

    /// <summary>A number written with the article (الـ16).</summary>
    Definite = 16,
}

/// <summary>
/// One word, number or punctuation mark seen by the date finder. <see cref="Start"/> is after any proclitic
/// (so a date's span never starts with و or ب); <see cref="Id"/> is the <see cref="DateLexicon"/> entry of a
/// word or fixed phrase (-1 when unknown); <see cref="Value"/> is a number's value (-1 when too long to
/// matter) or a punctuation mark's character.
/// </summary>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, DateTokenFlags Flags, int Id, int Value, int Digits)
{
    public bool Is(DateTokenFlags flag) => (Flags & flag) != 0;
}
