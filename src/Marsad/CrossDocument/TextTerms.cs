using Marsad.Arabic;

namespace Marsad.CrossDocument;

/// <summary>
/// Turns text into the hashed features cross-document matching compares: content terms (folded words with the
/// article and conjunction prefixes removed, function words left out), word shingles (every folded word, in
/// order) and the ordinals that number an event (الجولة الثالثة). Hashes are 64-bit FNV-1a over folded letters,
/// so the same word hashes the same in every article and in every run.
/// </summary>
public static class TextTerms
{
    /// <summary>Shorter words are particles or letters cut off by bad scrapes, never a topic.</summary>
    public const int MinTermLength = 2;

    /// <summary>A stem shorter than this after prefix removal was not prefixed (بغداد is not ب + غداد).</summary>
    public const int MinStemAfterPrefix = 3;

    // Prefixes stripped from content terms, longest first: و/ف (and), ب/ك/ل (prepositions) with the article ال.
    // Bare ب/ل/ك are not stripped: too many words begin with those letters (بغداد، لبنان، كركوك).
    static readonly string[] Prefixes = ["وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف"];

    const ulong FnvOffset = 14695981039346656037UL;
    const ulong FnvPrime = 1099511628211UL;

    /// <summary>Adds the content terms of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void AddTerms(ReadOnlySpan<char> text, WordLists words, HashSet<ulong> into)
    {
        Span<char> buffer = stackalloc char[FoldedWordReader.MaxWordLength];
        var reader = new FoldedWordReader(text, buffer);
        while (reader.Next(out var word))
        {
            if (Term(word, words) is { } hash)
            {
                into.Add(hash);
            }
        }
    }

    /// <summary>The content terms of a text as a new set.</summary>
    public static HashSet<ulong> Terms(ReadOnlySpan<char> text, WordLists words)
    {
        var set = new HashSet<ulong>();
        AddTerms(text, words, set);
        return set;
    }

    /// <summary>The hash of one folded word as a content term, or null for a function word or a fragment.</summary>
    public static ulong? Term(ReadOnlySpan<char> folded, WordLists words)
    {
        if (folded.Length < MinTermLength || words.StopLookup.Contains(folded))
        {
            return null;
        }

        var stem = Stem(folded);
        return stem.Length < MinTermLength || words.StopLookup.Contains(stem) ? null : Hash(stem);
    }

    /// <summary>The word without its conjunction, preposition and article prefixes.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> folded)
    {
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length - prefix.Length >= MinStemAfterPrefix)
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }

    /// <summary>Hashes of every run of <paramref name="width"/> consecutive folded words (all words, in order).</summary>
    public static List<ulong> Shingles(ReadOnlySpan<char> text, int width)
    {
        var result = new List<ulong>(text.Length / 5);
        Span<char> buffer = stackalloc char[FoldedWordReader.MaxWordLength];
        Span<ulong> window = stackalloc ulong[width];
        var reader = new FoldedWordReader(text, buffer);
        var seen = 0;
        while (reader.Next(out var word))
        {
            window[seen % width] = Hash(word);
            seen++;
            if (seen >= width)
            {
                var h = FnvOffset;
                for (var k = 0; k < width; k++)
                {
                    // In text order: the oldest word of the window first.
                    h = (h ^ window[(seen + k) % width]) * FnvPrime;
                }

                result.Add(h);
            }
        }

        return result;
    }

    /// <summary>Numbers that ordinals give an event in <paramref name="text"/>: an ordinal right after a noun that counts occurrences.</summary>
    public static SortedSet<int> Ordinals(ReadOnlySpan<char> text, WordLists words)
    {
        var result = new SortedSet<int>();
        Span<char> buffer = stackalloc char[FoldedWordReader.MaxWordLength];
        Span<char> previous = stackalloc char[FoldedWordReader.MaxWordLength];
        var previousLength = 0;
        var reader = new FoldedWordReader(text, buffer);
        while (reader.Next(out var word))
        {
            if (previousLength > 0 && words.OrdinalLookup.TryGetValue(StripConjunction(word), out var value)
                && words.NounLookup.Contains(NounStem(previous[..previousLength])))
            {
                result.Add(value);
            }

            word.CopyTo(previous);
            previousLength = word.Length;
        }

        return result;
    }

    /// <summary>64-bit FNV-1a of folded letters.</summary>
    public static ulong Hash(ReadOnlySpan<char> folded)
    {
        var h = FnvOffset;
        foreach (var c in folded)
        {
            h = (h ^ c) * FnvPrime;
        }

        return h;
    }

    static ReadOnlySpan<char> StripConjunction(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[0] is ArabicLetters.Waw or ArabicLetters.Feh && word[1] == ArabicLetters.Alef ? word[1..] : word;

    // زيارته، جولتها: a pronoun suffix turns the final ة into ت; للمرة، الجولة: prefixes go as for terms.
    static ReadOnlySpan<char> NounStem(ReadOnlySpan<char> word)
    {
        var stem = Stem(word);
        foreach (var suffix in (ReadOnlySpan<string>)["تهما", "تهم", "تها", "ته"])
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length > suffix.Length + 1)
            {
                Span<char> restored = stackalloc char[stem.Length - suffix.Length + 1];
                stem[..^suffix.Length].CopyTo(restored);
                restored[^1] = ArabicLetters.Heh;
                return restored.ToArray();
            }
        }

        return stem;
    }
}
