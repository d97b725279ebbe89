namespace Marsad.Arabic;

/// <summary>
/// A light stem for matching, after Light10 (Larkey, Ballesteros and Connell 2005, "Light Stemming for Arabic
/// Information Retrieval"): the proclitics come off first (<see cref="CliticSplitter"/>, which is stricter than
/// Light10's prefix list), then the suffixes ها ان ات ون ين يه ية ه ة ي are tried once each, in that order, and
/// each is removed when the word ends with it and at least <see cref="MinStemLength"/> letters remain. Input
/// and output are folded (<see cref="ArabicFolding"/>), so ة arrives as ه and ية as يه. Deterministic: the same
/// folded word always gets the same stem. Words with non-Arabic characters (Latin, digits) are returned as is.
/// </summary>
public static class LightStemmer
{
    /// <summary>
    /// Light10 keeps two letters; we keep three because Arabic roots are triliteral and the stems feed name
    /// and event matching, where a two-letter stem (بيان → بي) collides with too many words.
    /// </summary>
    public const int MinStemLength = 3;

    // Light10's suffix list in its order, folded: ية → يه and ة → ه (so ه covers both ة and the pronoun ه).
    static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>The light stem of a folded word: proclitics split, then Light10 suffixes stripped.</summary>
    public static string Stem(string folded) => Stem(folded, CliticSplitter.PrefixLength(folded, [], out _));

    /// <summary>
    /// The light stem of a folded word whose first <paramref name="prefixLength"/> characters are proclitics.
    /// Returns <paramref name="folded"/> itself when nothing is removed.
    /// </summary>
    public static string Stem(string folded, int prefixLength)
    {
        var stem = StripSuffixes(folded.AsSpan(prefixLength));
        return stem.Length == folded.Length ? folded : new string(stem);
    }

    /// <summary>Strips the Light10 suffixes (one pass, in order, with the length guard) from a folded Arabic word.</summary>
    public static ReadOnlySpan<char> StripSuffixes(ReadOnlySpan<char> word)
    {
        if (word.Length <= MinStemLength || !ArabicLetters.IsArabicLetter(word[^1]))
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= MinStemLength && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
            }
        }

        return word;
    }
}
