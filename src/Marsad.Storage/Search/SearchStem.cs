using Marsad.Arabic;

namespace Marsad.Storage.Search;

/// <summary>
/// The terms a word becomes in the search index, computed the same way at index and at query time (Lucene's
/// analyzer rule) and the same way the engine's tokenizer computes <see cref="Documents.Token.Stem"/>:
/// <see cref="ArabicFolding"/> (hamza seats, alef maqsura, ta marbuta, doubled alef of قاآني …), then
/// <see cref="CliticSplitter"/> (و ف ب ك ل ال س) and <see cref="LightStemmer"/> (Light10 suffixes).
/// <see cref="Skeleton"/> goes one step further for spellings that differ in a long vowel letter.
/// </summary>
public static class SearchStem
{
    /// <summary>
    /// Stems shorter than this keep their vowel letters in the skeleton: a three-letter stem is a bare root, and
    /// dropping its one long vowel would conflate too many words (دين، دون، دن). The spellings that differ in a
    /// written vowel are transliterated names and loanwords (أميركية/أمريكية، الميليشيات/المليشيات: stems of four
    /// letters and more).
    /// </summary>
    public const int MinSkeletonStem = 4;

    /// <summary>The stem of one surface word: folded, proclitics split off, light suffixes stripped.</summary>
    public static string Of(ReadOnlySpan<char> surface)
    {
        var folded = ArabicFolding.Fold(surface);
        var prefixLength = CliticSplitter.PrefixLength(folded, surface, out _);
        return LightStemmer.Stem(folded, prefixLength);
    }

    /// <summary>
    /// The base of one surface word: folded and proclitics split off, suffixes kept (the engine's
    /// <see cref="Documents.Token.Base"/>). Light stemming conflates some short words (قاني and قانون both stem to
    /// قان), so names and exact words are matched on bases.
    /// </summary>
    public static string Base(ReadOnlySpan<char> surface)
    {
        var folded = ArabicFolding.Fold(surface);
        var prefixLength = CliticSplitter.PrefixLength(folded, surface, out _);
        return prefixLength == 0 ? folded : folded[prefixLength..];
    }

    /// <summary>The term a word becomes in a field of the given form.</summary>
    public static string Term(ReadOnlySpan<char> surface, TermForm form) => form switch
    {
        TermForm.Base => Base(surface),
        TermForm.Skeleton => Skeleton(Of(surface)),
        _ => Of(surface),
    };

    /// <summary>
    /// The stem without the vowel letters و and ي between its first and last letters (امريك and اميرك both become
    /// امرك; مليش and ميليش both become ملش), for stems of <see cref="MinSkeletonStem"/> letters or more that are
    /// all Arabic; any other stem is returned as it is. Alef stays: it marks the productive native patterns فاعل and
    /// فعال (كاتب، كتاب), which must not fall together with the bare root; transliterations vary in و and ي.
    /// </summary>
    public static string Skeleton(string stem)
    {
        if (stem.Length < MinSkeletonStem || !IsArabic(stem))
        {
            return stem;
        }

        Span<char> buffer = stackalloc char[stem.Length];
        var n = 0;
        for (var i = 0; i < stem.Length; i++)
        {
            var c = stem[i];
            var inner = i > 0 && i < stem.Length - 1;
            if (inner && c is ArabicLetters.Waw or ArabicLetters.Yeh)
            {
                continue;
            }

            buffer[n++] = c;
        }

        return n == stem.Length ? stem : new string(buffer[..n]);
    }

    static bool IsArabic(string word)
    {
        foreach (var c in word)
        {
            if (!ArabicLetters.IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
