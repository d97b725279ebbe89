using System.Collections.Frozen;
using Marsad.Arabic;

namespace Marsad.Dates;

/// <summary>
/// The date vocabulary (month and weekday names, ordinals, number words, units, relative words, guards)
/// read once from the embedded tables in <c>data/dates/</c> and folded with <see cref="ArabicFolding"/>.
/// Immutable and safe to share between threads; lookups take folded spans and allocate nothing.
/// </summary>
public sealed class DateLexicon
{
    static readonly Lazy<DateLexicon> DefaultLexicon = new(Load);

    readonly FrozenDictionary<string, int> _ids;
    readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly DateWord[] _entries;
    readonly bool[] _takesPreposition;
    readonly PhraseEntry[][] _phrases;

    // Hashed endings of lexicon words: the last three letters of longer words, the two letters of two-letter
    // words, and single-letter words. Proclitics are prefixes, so a word whose ending is in none of these sets
    // cannot match: most words of a news text cost one or two bit tests instead of several lookups.
    readonly ulong[] _endings = new ulong[EndingBits / 64];
    readonly int _longestWord;

    DateLexicon(Dictionary<string, DateWord> words, Dictionary<string, DateWord> phrases)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<DateWord>();
        foreach (var (form, word) in words)
        {
            ids[form] = entries.Count;
            entries.Add(word);
        }

        // Every word of a phrase needs an id, even when it means nothing alone (جمادى، القعدة).
        foreach (var phrase in phrases.Keys)
        {
            foreach (var part in phrase.Split(' '))
            {
                if (ids.TryAdd(part, entries.Count))
                {
                    entries.Add(default);
                }
            }
        }

        var byHead = new Dictionary<int, List<PhraseEntry>>();
        foreach (var (phrase, word) in phrases)
        {
            var parts = phrase.Split(' ');
            var tail = new int[parts.Length - 1];
            for (var i = 1; i < parts.Length; i++)
            {
                tail[i - 1] = ids[parts[i]];
            }

            var head = ids[parts[0]];
            if (!byHead.TryGetValue(head, out var list))
            {
                byHead[head] = list = [];
            }

            list.Add(new PhraseEntry(tail, entries.Count));
            entries.Add(word);
        }

        _entries = [.. entries];
        _ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrases = new PhraseEntry[_entries.Length][];
        for (var id = 0; id < _phrases.Length; id++)
        {
            // Longest phrase first, so "أول من أمس" wins over "أول أمس"-like prefixes.
            _phrases[id] = byHead.TryGetValue(id, out var list) ? [.. list.OrderByDescending(p => p.Tail.Length)] : [];
        }

        _takesPreposition = new bool[_entries.Length];
        foreach (var (form, id) in ids)
        {
            _takesPreposition[id] = TakesPreposition(form, _entries[id]);
            _longestWord = Math.Max(_longestWord, form.Length);
            var ending = EndingHash(form, Math.Min(form.Length, TrigramLength));
            _endings[ending >> 6] |= 1UL << (ending & 63);
        }
    }

    /// <summary>The lexicon built from the tables embedded in the engine, loaded once.</summary>
    public static DateLexicon Default => DefaultLexicon.Value;

    /// <summary>Reads and folds every table in <c>data/dates/</c>.</summary>
    public static DateLexicon Load()
    {
        var tables = new DateTables();
        tables.ReadAll();
        return new DateLexicon(tables.Words, tables.Phrases);
    }

    internal ref readonly DateWord this[int id] => ref _entries[id];

    internal ReadOnlySpan<PhraseEntry> PhrasesStartingWith(int id) => _phrases[id];

    /// <summary>False when no lexicon word, with or without proclitics, can be <paramref name="folded"/>.</summary>
    internal bool MightContain(ReadOnlySpan<char> folded)
    {
        if (folded.Length == 0 || folded.Length > _longestWord + MaxCliticLength)
        {
            return false;
        }

        // A word may be a longer lexicon word (its last three letters) or a proclitic on a two-letter one (وفي).
        return HasEnding(folded, Math.Min(folded.Length, TrigramLength)) || (folded.Length > 2 && HasEnding(folded, 2));
    }

    bool HasEnding(ReadOnlySpan<char> word, int length)
    {
        var ending = EndingHash(word, length);
        return (_endings[ending >> 6] & (1UL << (ending & 63))) != 0;
    }

    /// <summary>The id of a folded word, or -1.</summary>
    internal int Find(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var id) ? id : -1;

    /// <summary>
    /// Finds a folded word, removing proclitics when the whole word is unknown: the conjunctions و/ف, then
    /// the prepositions ب/ل/ك. <paramref name="cliticLength"/> is the number of folded letters removed.
    /// </summary>
    internal int FindWithClitics(ReadOnlySpan<char> folded, out int cliticLength, out bool conjunction)
    {
        cliticLength = 0;
        conjunction = false;
        if (!MightContain(folded))
        {
            return -1;
        }

        var id = Find(folded);
        if (id >= 0 || folded.Length < MinCliticHostLength + 1)
        {
            return id;
        }

        var rest = folded;
        if (rest[0] is ArabicLetters.Waw or ArabicLetters.Feh)
        {
            rest = rest[1..];
            cliticLength = 1;
            conjunction = true;
            id = Find(rest);
            if (id >= 0)
            {
                return id;
            }
        }

        if (rest.Length < MinCliticHostLength + 1 || rest[0] is not (ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf))
        {
            return -1;
        }

        // ل + ال is written لل with the article's alef dropped (للعام = ل + العام).
        if (rest[0] == ArabicLetters.Lam && rest[1] == ArabicLetters.Lam && rest.Length <= MaxWordLength)
        {
            Span<char> buffer = stackalloc char[rest.Length];
            buffer[0] = ArabicLetters.Alef;
            rest[1..].CopyTo(buffer[1..]);
            id = Find(buffer);
            if (id >= 0 && _takesPreposition[id])
            {
                cliticLength++;
                return id;
            }
        }

        id = Find(rest[1..]);
        if (id >= 0 && _takesPreposition[id])
        {
            cliticLength++;
            return id;
        }

        return -1;
    }

    /// <summary>Longest folded word worth looking up; longer runs are never date words.</summary>
    internal const int MaxWordLength = 24;

    // A proclitic is only split off a host of at least two letters (و + م is not "and م").
    const int MinCliticHostLength = 2;

    // و/ف then ب/ل/ك: at most two proclitic letters are removed.
    const int MaxCliticLength = 2;

    // 2^16 bits (8 KB) keep hash collisions among the lexicon's few hundred endings rare.
    const int EndingBits = 1 << 16;
    const int TrigramLength = 3;

    /// <summary>A hash of the last <paramref name="length"/> letters (1-3), distinct per length.</summary>
    static int EndingHash(ReadOnlySpan<char> word, int length)
    {
        var hash = length;
        foreach (var c in word[^length..])
        {
            hash = (hash * 31) + c;
        }

        return (int)((uint)(hash * -1640531535) >> 16);
    }

    static bool TakesPreposition(string form, DateWord word)
    {
        // باليوم/لليوم mean "in/for the day" (باليوم العالمي), never "today".
        if (word.Has(WordRoles.DayOffset) && word.DayOffset == 0)
        {
            return false;
        }

        // Prepositions attach to nouns with the article (بالأمس، للعام) and to the nouns that head a year or
        // month (لعام 2020، بشهر آب), not to bare adverbs (بأمس الحاجة is "in dire need").
        return form.StartsWith("ال", StringComparison.Ordinal)
            || word.Has(WordRoles.YearNoun | WordRoles.MonthNoun | WordRoles.Month | WordRoles.Season);
    }
}

/// <summary>A fixed phrase that starts with some word: the ids of its other words and its own entry id.</summary>
internal readonly record struct PhraseEntry(int[] Tail, int EntryId);
