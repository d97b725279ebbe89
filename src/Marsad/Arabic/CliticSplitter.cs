using System.Collections.Frozen;
using Marsad.Resources;
using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Arabic;

/// <summary>
/// Splits the proclitics و ف ب ك ل ال س (and their combinations) from a folded Arabic word: وبالأمس → و+ب+ال+أمس,
/// للعراق → ل+(ال)+عراق, وسيعلن → و+س+يعلن. Many stems merely begin with those letters (بغداد، لبنان، وزير، كانون),
/// so every rule is guarded: a minimum base length, a morphological cue for the bare prepositions, and the table
/// <c>arabic/clitic-exceptions.tsv</c> (plus the number words of <c>arabic/number-words.tsv</c>) of words that are
/// never split. An optional surface form lets the splitter see hamzas that folding removed (ألف is not ال+ف).
/// Pure functions; the tables are read once and never change.
/// </summary>
public static class CliticSplitter
{
    // A triliteral root needs three letters: after a conjunction or a bare preposition a shorter rest is
    // almost always part of the stem (وقت، بعد، لكن), not a clitic and a word.
    const int MinBase = 3;

    // Light10's guard after the article: two-letter nouns do take it (الأب، الأم، اليد).
    const int MinBaseAfterArticle = 2;

    // A bare ب/ل before alef is kept only for masdars of forms IV, VII, VIII and X (بإطلاق، لانسحاب، باستخدام,
    // لاعتبار), which have five letters or more; shorter alef-initial rests are stems (باقي، بارز، كامل).
    const int MinBaseAfterPrepositionBeforeAlef = 5;

    // A bare ك is kept only before a mīm-initial participle or masdar of four letters or more (كمراقب، كمصدر);
    // ك-initial stems (كبير، كتائب، كلمة، كانون) outnumber bare ك more than four to one in news copy.
    const int MinBaseAfterKaf = 4;

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

    static readonly string[] Prefixes = BuildPrefixes();

    /// <summary>Splits a folded word (see <see cref="ArabicFolding"/>).</summary>
    public static CliticSplit Split(string folded) => Split(folded, []);

    /// <summary>
    /// Splits a folded word; <paramref name="surface"/> is the unfolded word it came from (or empty), used only
    /// to see hamzas on alef: the article's alef is hamzat al-wasl and never carries one, so أل/إل/آل is not ال.
    /// </summary>
    public static CliticSplit Split(string folded, ReadOnlySpan<char> surface)
    {
        var length = PrefixLength(folded, surface, out var proclitics);
        return length == 0
            ? new CliticSplit(string.Empty, folded, Proclitics.None)
            : new CliticSplit(PrefixOf(proclitics), folded[length..], proclitics);
    }

    /// <summary>The folded proclitics for a set of flags, as they are written (Lam | Article is "لل").</summary>
    public static string PrefixOf(Proclitics proclitics) => Prefixes[(int)proclitics & 127];

    /// <summary>How many folded characters of <paramref name="folded"/> are proclitics; 0 when none.</summary>
    public static int PrefixLength(ReadOnlySpan<char> folded, ReadOnlySpan<char> surface, out Proclitics proclitics)
    {
        proclitics = Proclitics.None;

        // Every proclitic starts with one of these letters; other words need no table lookups at all.
        if (folded.Length < MinBase || folded[0] is not (Waw or Feh or Beh or Kaf or Lam or Alef or Seen)
            || !IsArabicWord(folded) || IsProtected(folded))
        {
            return 0;
        }

        var p = 0;
        var conjunction = Proclitics.None;
        if (folded[0] is Waw or Feh && folded.Length - 1 >= MinBase)
        {
            conjunction = folded[0] == Waw ? Proclitics.Waw : Proclitics.Feh;
            p = 1;
            var mark = Mark(folded[1..]);
            if ((mark & TableMark.Entry) != 0)
            {
                // The rest is a table word (وزير in ووزير, لبنان in فلبنان): split the conjunction, nothing more.
                proclitics = conjunction;
                return 1;
            }

            if (mark != TableMark.None)
            {
                // The rest only looks like a table word's stem: و is still a safe conjunction, ف is not (فؤاد).
                proclitics = conjunction == Proclitics.Waw ? conjunction : Proclitics.None;
                return proclitics == Proclitics.None ? 0 : 1;
            }
        }

        var inner = InnerClitics(folded[p..], surface, p, out var innerLength);
        if (inner == Proclitics.None && conjunction == Proclitics.Feh)
        {
            // A bare ف before an unknown word is rarer than a ف-initial stem (فريق، فرصة، فيديو، فلسطين): ف is
            // split only before another clitic or a known stem.
            return 0;
        }

        proclitics = conjunction | inner;
        return p + innerLength;
    }

    /// <summary>The clitics after the conjunction: article, preposition (+ article), or future س.</summary>
    static Proclitics InnerClitics(ReadOnlySpan<char> rest, ReadOnlySpan<char> surface, int offset, out int length)
    {
        length = 0;
        if (rest.Length < MinBase)
        {
            return Proclitics.None;
        }

        if (rest[0] == Alef && rest[1] == Lam && rest.Length - 2 >= MinBaseAfterArticle && !HasHamza(surface, offset))
        {
            length = 2;
            return Proclitics.Article;
        }

        var first = rest[0];
        if (first is Beh or Kaf && rest.Length - 3 >= MinBaseAfterArticle && rest[1] == Alef && rest[2] == Lam
            && !HasHamza(surface, offset + 1) && !IsKnownStem(rest[1..]))
        {
            // A table word that opens with ال (الذي، آلاف folded to الاف) keeps it: only the preposition comes off below.
            length = 3;
            return (first == Beh ? Proclitics.Beh : Proclitics.Kaf) | Proclitics.Article;
        }

        if (first == Lam && rest[1] == Lam && rest.Length - 2 >= MinBaseAfterArticle)
        {
            // ل + ال drops the alef (للعراق). Before an ل-initial stem the article's lam merges too (للجنة is
            // ل+ال+لجنة, للبنان is ل+لبنان): then only the first ل is a clitic.
            length = IsKnownStem(rest[1..]) ? 1 : 2;
            return length == 1 ? Proclitics.Lam : Proclitics.Lam | Proclitics.Article;
        }

        var stem = rest[1..];
        if (stem.Length < MinBase)
        {
            return Proclitics.None;
        }

        length = 1;
        switch (first)
        {
            // A known stem from the table is a word, whatever its first letter (ببغداد، لفرنسا، كوزير).
            case Beh when IsDerivedNoun(stem) || IsKnownStem(stem):
                return Proclitics.Beh;
            case Lam when IsDerivedNoun(stem) || stem[0] is Yeh or Teh or Noon || IsKnownStem(stem):
                // ل also precedes imperfect verbs (lām al-taʿlīl: ليعلن، لتكون).
                return Proclitics.Lam;
            case Kaf when (stem[0] == Meem && stem.Length >= MinBaseAfterKaf) || IsKnownStem(stem):
                return Proclitics.Kaf;
            case Seen when IsFutureVerb(stem, surface, offset + 1):
                return Proclitics.Future;
            default:
                length = 0;
                return Proclitics.None;
        }
    }

    /// <summary>
    /// The morphological cue for a bare ب/ل: derived nouns begin with م (participles and mīmī masdars: بموجب,
    /// لمدة), ت (tafʿīl masdars: بتنفيذ، لتعزيز) or, when long enough, alef (forms IV, VII, VIII, X).
    /// </summary>
    static bool IsDerivedNoun(ReadOnlySpan<char> stem) =>
        stem[0] is Meem or Teh || (stem[0] == Alef && stem.Length >= MinBaseAfterPrepositionBeforeAlef);

    /// <summary>
    /// س marks the future only on an imperfect verb: the stem opens with ي/ت/ن or a hamzated أ (folding makes it
    /// a bare alef, so أ needs the surface form), and does not end like a noun (ة, ات, ين): سيارة، سنوات، ستين.
    /// </summary>
    static bool IsFutureVerb(ReadOnlySpan<char> stem, ReadOnlySpan<char> surface, int stemOffset)
    {
        var imperfect = stem[0] is Yeh or Teh or Noon || (stem[0] == Alef && HasHamza(surface, stemOffset));
        return imperfect && stem[^1] != Heh && !stem.EndsWith("ات") && !stem.EndsWith("ين");
    }

    /// <summary>True when the surface letter at folded position <paramref name="foldedIndex"/> is an alef with a hamza or madda.</summary>
    static bool HasHamza(ReadOnlySpan<char> surface, int foldedIndex)
    {
        if (surface.IsEmpty)
        {
            return false;
        }

        var i = FoldedPositions.SurfaceIndex(surface, foldedIndex);
        return i >= 0 && i < surface.Length && surface[i] is AlefWithHamzaAbove or AlefWithHamzaBelow or AlefWithMadda;
    }

    /// <summary>
    /// A table word, possibly with a Light10 suffix, a pronoun or tanwin alef (وزيرة، وجودهم، وحدتهم، واحداً): a
    /// known stem, in front of which a clitic may be split.
    /// </summary>
    static bool IsKnownStem(ReadOnlySpan<char> word) => (Mark(word) & TableMark.Entry) != 0;

    /// <summary>A word that is never split: a known stem, or a word whose light stem is a table word's stem (وزارات).</summary>
    static bool IsProtected(ReadOnlySpan<char> word) => Mark(word) != TableMark.None;

    /// <summary>What the table says about a word: looked up as written, by its Light10 stem, and without an ending.</summary>
    static TableMark Mark(ReadOnlySpan<char> word)
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

    static bool IsArabicWord(ReadOnlySpan<char> folded)
    {
        foreach (var c in folded)
        {
            if (!IsArabicLetter(c))
            {
                return false;
            }
        }

        return true;
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

    static string[] BuildPrefixes()
    {
        var prefixes = new string[128];
        for (var flags = 0; flags < prefixes.Length; flags++)
        {
            var p = (Proclitics)flags;
            var text = string.Concat(
                p.HasFlag(Proclitics.Waw) ? "و" : "",
                p.HasFlag(Proclitics.Feh) ? "ف" : "",
                p.HasFlag(Proclitics.Beh) ? "ب" : "",
                p.HasFlag(Proclitics.Kaf) ? "ك" : "",
                p.HasFlag(Proclitics.Lam) ? "ل" : "",
                p.HasFlag(Proclitics.Future) ? "س" : "");
            prefixes[flags] = text + (!p.HasFlag(Proclitics.Article) ? "" : p.HasFlag(Proclitics.Lam) ? "ل" : "ال");
        }

        return prefixes;
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
