using Marsad.Arabic;

namespace Marsad.Entities.Tagging;

/// <summary>
/// The forms of one token that NER features read: the folded surface, the proclitics split off it, the
/// remaining stem, and a coarse shape. This is the one seam to swap for the engine's CliticSplitter and
/// LightStemmer when they land (a model must then be retrained, since its features change).
/// </summary>
internal readonly record struct NerWordForms(string Folded, string Proclitic, string Stem, char Shape)
{
    // Proclitic chains of news Arabic, longest first: conjunction و/ف, then preposition ب/ك/ل, then the
    // article ال; ل + ال is written لل (للعراق). Folded text has bare alef, so ال is one spelling.
    static readonly string[] Proclitics =
    [
        "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
        "وب", "وك", "ول", "فب", "فك", "فل", "ال", "و", "ف", "ب", "ك", "ل",
    ];

    // A stem must keep this many letters after an article chain is removed (الحرب → حرب, الى stays whole).
    const int MinStemAfterArticle = 3;

    // Bare single-letter clitics are far more ambiguous (وزير, بريطانيا, لبنان start with them), so the rest
    // must be longer before they are split; the model still sees the unsplit form beside the split one.
    const int MinStemAfterLetter = 4;

    public static NerWordForms Of(string token)
    {
        var folded = ArabicFolding.Fold(token);
        var cut = ProcliticLength(folded);
        var proclitic = cut == 0 ? "" : folded[..cut];
        var stem = cut == 0 ? folded : folded[cut..];
        return new NerWordForms(folded, proclitic, stem, ShapeOf(folded));
    }

    /// <summary>Length of the proclitic chain to split off a folded word, or 0.</summary>
    /// <remarks>
    /// The split is greedy and repeated until nothing more splits, so it is a matching key rather than an analysis:
    /// بيروت and وببيروت both reduce to يروت, which is what lets clitic forms find bare names in the gazetteers.
    /// </remarks>
    public static int ProcliticLength(ReadOnlySpan<char> folded)
    {
        var total = 0;
        for (var cut = OneProclitic(folded); cut > 0; cut = OneProclitic(folded[total..]))
        {
            total += cut;
        }

        return total;
    }

    static int OneProclitic(ReadOnlySpan<char> folded)
    {
        foreach (var p in Proclitics)
        {
            if (!folded.StartsWith(p, StringComparison.Ordinal))
            {
                continue;
            }

            var hasArticle = p.EndsWith("ال", StringComparison.Ordinal) || p.EndsWith("لل", StringComparison.Ordinal);
            var rest = folded.Length - p.Length;
            if (rest >= (hasArticle ? MinStemAfterArticle : MinStemAfterLetter) && IsArabicWord(folded[p.Length..]))
            {
                return p.Length;
            }
        }

        return 0;
    }

    static bool IsArabicWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!ArabicLetters.IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// 'a' Arabic letters only, 'd' digits only, 'n' digits mixed with other characters, 'l' Latin letters
    /// (with anything else but digits), 'p' punctuation or symbols only, 'm' other mixtures, 'e' empty.
    /// </summary>
    public static char ShapeOf(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return 'e';
        }

        bool arabic = false, digit = false, latin = false, other = false;
        foreach (var c in folded)
        {
            if (ArabicLetters.IsArabicLetter(c))
            {
                arabic = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (char.IsAsciiLetter(c) || (c > '\u00BF' && c < '\u0250'))
            {
                latin = true;
            }
            else
            {
                other = true;
            }
        }

        return (arabic, digit, latin, other) switch
        {
            (true, false, false, false) => 'a',
            (false, true, false, false) => 'd',
            (_, true, _, _) => 'n',
            (false, false, true, _) => 'l',
            (false, false, false, true) => 'p',
            _ => 'm',
        };
    }
}
