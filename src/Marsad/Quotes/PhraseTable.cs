using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Resources;

namespace Marsad.Quotes;

/// <summary>
/// A table of short word patterns (source classes like مصادر أمنية, medium words like مؤتمر صحفي) matched over a
/// document's tokens. Each pattern word lists its spellings; words are matched folded and without proclitics
/// (<see cref="WordKeys"/>). At a token the longest matching pattern wins; a tie goes to the earlier row.
/// Built once from a table; immutable and safe to share.
/// </summary>
public sealed class PhraseTable
{
    readonly FrozenDictionary<string, int> _wordIds;
    readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly int[][][] _patterns;
    readonly FrozenDictionary<int, int[]> _byFirstWord;

    PhraseTable(ImmutableArray<PhraseEntry> entries)
    {
        Entries = entries;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _patterns = new int[entries.Length][][];
        var byFirst = new Dictionary<int, List<int>>();
        for (var e = 0; e < entries.Length; e++)
        {
            var words = entries[e].Words;
            _patterns[e] = new int[words.Length][];
            for (var w = 0; w < words.Length; w++)
            {
                _patterns[e][w] = [.. words[w].Select(spelling => Id(ids, spelling))];
            }

            foreach (var first in _patterns[e][0])
            {
                if (!byFirst.TryGetValue(first, out var list))
                {
                    byFirst[first] = list = [];
                }

                list.Add(e);
            }
        }

        _wordIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstWord = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The rows, in table order.</summary>
    public ImmutableArray<PhraseEntry> Entries { get; }

    /// <summary>
    /// Reads a table whose columns are: pattern, value, a tag (the table says what it holds: a number, a priority),
    /// and an English gloss.
    /// Spellings are folded and stripped of proclitics here (<see cref="WordKeys.Bare"/>), so the table may write إ/أ/ة
    /// or their folded letters, with or without the article.
    /// </summary>
    public static PhraseTable Read(string tableName)
    {
        var rows = ImmutableArray.CreateBuilder<PhraseEntry>();
        foreach (var cells in DataFile.ReadTsv(tableName))
        {
            if (cells.Length != 4)
            {
                throw new FormatException($"{tableName}: a row needs pattern, value, tag and gloss: '{string.Join('\t', cells)}'");
            }

            var words = cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Split('|').Select(WordKeys.Bare).ToImmutableArray())
                .ToImmutableArray();
            rows.Add(new PhraseEntry(words, cells[1], cells[2], cells[3]));
        }

        return new PhraseTable(rows.ToImmutable());
    }

    /// <summary>The longest pattern starting at token <paramref name="index"/> and ending before token <paramref name="end"/>.</summary>
    public PhraseMatch? MatchAt(ImmutableArray<Token> tokens, int index, int end)
    {
        var first = WordId(tokens[index], out var governed);
        if (first < 0 || !_byFirstWord.TryGetValue(first, out var candidates))
        {
            return null;
        }

        PhraseMatch? best = null;
        foreach (var e in candidates)
        {
            var pattern = _patterns[e];
            if (index + pattern.Length > end || (best is { } b && pattern.Length <= b.TokenCount))
            {
                continue;
            }

            var all = true;
            for (var w = 1; w < pattern.Length && all; w++)
            {
                all = Array.IndexOf(pattern[w], WordId(tokens[index + w], out _)) >= 0;
            }

            if (all)
            {
                best = new PhraseMatch(e, Entries[e].Value, pattern.Length, governed);
            }
        }

        return best;
    }

    int WordId(in Token token, out bool governed) => WordKeys.TryGet(_lookup, token, out var id, out governed) ? id : -1;

    static int Id(Dictionary<string, int> ids, string spelling)
    {
        if (!ids.TryGetValue(spelling, out var id))
        {
            ids[spelling] = id = ids.Count;
        }

        return id;
    }
}

/// <summary>One row of a <see cref="PhraseTable"/>: the spellings of each word, the value, its tag and gloss.</summary>
public sealed record PhraseEntry(ImmutableArray<ImmutableArray<string>> Words, string Value, string Tag, string Gloss);

/// <summary>
/// A pattern found at a token: which row, its value, how many tokens it covers, and whether its first word carried a
/// preposition (لمصادر): a governed phrase is an adjunct, not a subject.
/// </summary>
public readonly record struct PhraseMatch(int Entry, string Value, int TokenCount, bool Governed);
