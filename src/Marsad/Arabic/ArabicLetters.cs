namespace Marsad.Arabic;

/// <summary>Arabic-script code points Marsad names in rules, one constant per letter, named after its Unicode name.</summary>
public static class ArabicLetters
{
    public const char Hamza = '\u0621';
    public const char AlefWithMadda = '\u0622';
    public const char AlefWithHamzaAbove = '\u0623';
    public const char WawWithHamzaAbove = '\u0624';
    public const char AlefWithHamzaBelow = '\u0625';
    public const char YehWithHamzaAbove = '\u0626';
    public const char Alef = '\u0627';
    public const char Beh = '\u0628';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Jeem = '\u062C';
    public const char Dal = '\u062F';
    public const char Seen = '\u0633';
    public const char Tatweel = '\u0640';
    public const char Feh = '\u0641';
    public const char Kaf = '\u0643';
    public const char Lam = '\u0644';
    public const char Meem = '\u0645';
    public const char Noon = '\u0646';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char SuperscriptAlef = '\u0670';
    public const char AlefWasla = '\u0671';
    public const char Peh = '\u067E';
    public const char Tcheh = '\u0686';
    public const char Jeh = '\u0698';
    public const char Keheh = '\u06A9';
    public const char Gaf = '\u06AF';
    public const char FarsiYeh = '\u06CC';
    public const char HehGoal = '\u06C1';
    public const char HehWithYehAbove = '\u06C0';
    public const char TehMarbutaGoal = '\u06C3';
    public const char YehBarree = '\u06D2';

    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';
    public const char ArabicFullStop = '\u06D4';

    public const char ArabicIndicZero = '\u0660';
    public const char ExtendedArabicIndicZero = '\u06F0';

    // Number punctuation of the Arabic block: ٫ is the decimal point and ٬ the thousands separator in Arabic-Indic numerals.
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicPercentSign = '\u066A';

    public const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';

    /// <summary>Harakat, tanwin, shadda, sukun and the small Quranic marks: dropped when folding.</summary>
    public static bool IsDiacritic(char c) =>
        c is (>= '\u064B' and <= '\u065F') or SuperscriptAlef or (>= '\u06D6' and <= '\u06ED') or (>= '\u0610' and <= '\u061A');

    /// <summary>Base Arabic letters (including Persian/Urdu additions), not digits, punctuation or marks.</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or (>= '\u0671' and <= '\u06D3') or '\u06D5'
            or (>= '\u06EE' and <= '\u06EF') or (>= '\u06FA' and <= '\u06FF');

    /// <summary>Any character of the Arabic blocks, including presentation forms.</summary>
    public static bool IsArabicScript(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>Zero-width and directional marks that pages sprinkle inside words (ZWNJ, ZWJ, LRM, RLM, ALM, BOM).</summary>
    public static bool IsInvisibleFormat(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or (>= '\u202A' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069');
}
