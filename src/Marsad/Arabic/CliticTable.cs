using System.Collections.Frozen;
using Marsad.Resources;
using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Arabic;

/// <summary>
/// The words <see cref="CliticSplitter"/> knows as stems: <c>arabic/clitic-exceptions.tsv</c> and the number words
/// of <c>arabic/number-words.tsv</c>, folded, matched with their light suffixes, pronouns and tanwin alef. Read once;
/// immutable.
/// </summary>
static class CliticTable
{
    // Table words, folded, each marked Entry (a known stem: a clitic in front of it may be split, ببغداد) and/or
    // EntryStem (the Light10 stem of a table word: a word with that stem is never split, وزارات from وزارة, but
    // a stem is too short to license a split in front of it: واد from وادي must not make فؤاد ف+واد).
    static readonly FrozenDictionary<string, TableMark> Table = LoadTable();
    static readonly FrozenDictionary<string, TableMark>.AlternateLookup<ReadOnlySpan<char>> TableLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // A bit per hash of a table key's opening letters: most words share no opening with any key and are answered
    // without a dictionary lookup (see Mark). 4096 bits keep false hits rare for a table of a few thousand keys.
    const int FilterBits = 4096;
    static readonly ulong[] OpeningFilter = BuildOpeningFilter();

    // No table word is longer than this; longer runs (scrape text without spaces) are never table words.
    static readonly int LongestEntry = Table.Keys.Max(e => e.Length) + 4;

    // Endings Light10 does not strip: object and possessive pronouns (وجودهم) and the alef of accusative tanwin
    // (واحداً، سياسياً). A table word with one of them is still that word.
    static readonly string[] Endings = ["هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ا"];

    /// <summary>
    /// A table word, possibly with a Light10 suffix, a pronoun or tanwin alef (وزيرة، وجودهم، وحدتهم، واحداً): a
    /// known stem, in front of which a clitic may be split.
    /// </summary>
    public static bool IsKnownStem(ReadOnlySpan<char> word) => (Mark(word) & TableMark.Entry) != 0;

    /// <summary>A word that is never split: a known stem, or a word whose light stem is a table word's stem (وزارات).</summary>
    public static bool IsProtected(ReadOnlySpan<char> word) => Mark(word) != TableMark.None;

    /// <summary>What the table says about a word: looked up as written, by its Light10 stem, and without an ending.</summary>
    public static TableMark Mark(ReadOnlySpan<char> word)
    {
        // Every form looked up below is a prefix of the word of at least three letters (its last letter may turn
        // ت into ه), so a key it could match opens with the word's first three or four letters.
        if (word.Length > LongestEntry || !(MayOpen(word, 4) || MayOpen(word, 3)))
        {
            return TableMark.None;
        }

        TableLookup.TryGetValue(word, out var mark);
        var stripped = LightStemmer.StripSuffixes(word);
        if (stripped.Length != word.Length && TableLookup.TryGetValue(stripped, out var stemMark))
        {
            mark |= stemMark;
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= LightStemmer.MinStemLength && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var host = word[..^ending.Length];

                // Before a pronoun ة is written ت (وحدة → وحدتهم): try the host with its ة (folded ه) restored.
                return mark | HostMark(host) | (host[^1] == Teh ? TehMarbutaMark(host) : TableMark.None);
            }
        }

        return mark;
    }

    static bool MayOpen(ReadOnlySpan<char> word, int letters)
    {
        if (word.Length < letters)
        {
            return false;
        }

        var bit = OpeningHash(word[..letters]);
        return (OpeningFilter[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A hash of a key's opening (its first three letters if it has three, else its first four).</summary>
    static int OpeningHash(ReadOnlySpan<char> opening)
    {
        var h = opening.Length;
        foreach (var c in opening)
        {
            h = (h * 31) + c;
        }

        return h & (FilterBits - 1);
    }

    static ulong[] BuildOpeningFilter()
    {
        var filter = new ulong[FilterBits / 64];
        foreach (var key in Table.Keys)
        {
            var opening = key.Length == 3 ? key : key[..Math.Min(4, key.Length)];
            foreach (var variant in key.Length <= 4 && opening[^1] == Heh ? [opening, opening[..^1] + Teh] : new[] { opening })
            {
                var bit = OpeningHash(variant);
                filter[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        return filter;
    }

    static TableMark HostMark(ReadOnlySpan<char> host) => TableLookup.TryGetValue(host, out var mark) ? mark : TableMark.None;

    static TableMark TehMarbutaMark(ReadOnlySpan<char> host)
    {
        Span<char> restored = stackalloc char[host.Length];
        host.CopyTo(restored);
        restored[^1] = Heh;
        return HostMark(restored);
    }

    static FrozenDictionary<string, TableMark> LoadTable()
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.ReadTsv("arabic/clitic-exceptions.tsv"))
        {
            foreach (var word in row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // The table is written in ordinary spelling; match it the way tokens are matched: folded.
                entries.Add(ArabicFolding.Fold(word));
            }
        }

        // Cardinal number words are known stems too: بخمسة is ب+خمسة, ستون is not س+تون.
        foreach (var row in DataFile.ReadTsv("arabic/number-words.tsv"))
        {
            entries.Add(ArabicFolding.Fold(row[0]));
        }

        var table = entries.ToDictionary(e => e, _ => TableMark.Entry, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var stem = new string(LightStemmer.StripSuffixes(entry));
            table[stem] = table.GetValueOrDefault(stem) | TableMark.EntryStem;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>What the clitic table says about a folded word.</summary>
[Flags]
enum TableMark : byte
{
    None = 0,
    Entry = 1,
    EntryStem = 2,
}
