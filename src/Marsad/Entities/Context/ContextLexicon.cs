using System.Collections.Frozen;
using Marsad.Arabic;
using Marsad.Resources;

namespace Marsad.Entities.Context;

/// <summary>
/// The tables the context rules read (data/context): titles, organisation cue words, stop words, name particles,
/// person-name tokens, the common-noun readings of cue words, and the relation cue words. Everything is folded
/// (<see cref="ArabicFolding"/>) once here; look-ups take folded words. Immutable and thread-safe.
/// </summary>
public sealed class ContextLexicon
{
    /// <summary>The article: optional on the first word of a title or cue (رئيس = الرئيس).</summary>
    internal const string Article = "ال";

    /// <summary>The count a hand-listed given name gets: as much evidence as a common Wikidata name.</summary>
    const int ListedNameCount = 100;

    static readonly Lazy<ContextLexicon> Default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    readonly FrozenDictionary<string, TitleEntry[]> _titles;
    readonly FrozenDictionary<string, TitleEntry[]>.AlternateLookup<ReadOnlySpan<char>> _titleSpans;
    readonly FrozenDictionary<string, (OrgCueClass Class, string Key)> _orgCues;
    readonly FrozenDictionary<string, (OrgCueClass Class, string Key)>.AlternateLookup<ReadOnlySpan<char>> _orgCueSpans;
    readonly FrozenDictionary<string, WordClass> _stopWords;
    readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _stopSpans;
    readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nameSpans;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _particleSpans;
    readonly FrozenSet<string> _maksuraStops;
    readonly FrozenDictionary<string, int> _nameTokens;
    readonly FrozenSet<string> _particles;
    readonly FrozenSet<string> _genericComplements;
    readonly FrozenDictionary<string, DescriptorClass> _descriptors;
    readonly FrozenDictionary<string, Documents.EntityKind> _placeCues;
    readonly FrozenSet<string> _ellipticNames;
    readonly FrozenSet<string> _seatNames;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _miscCues;
    readonly FrozenDictionary<string, string> _diacriticNames;

    ContextLexicon(
        IEnumerable<TitleEntry> titles,
        IEnumerable<(string Cue, OrgCueClass Class)> orgCues,
        IEnumerable<(string Word, WordClass Class)> stopWords,
        IEnumerable<(string Token, int Count)> nameTokens,
        IEnumerable<string> particles,
        IEnumerable<(string Cue, string Word)> genericComplements,
        IEnumerable<(string Word, DescriptorClass Class, string Kind)> descriptors,
        IEnumerable<string> ellipticNames,
        IEnumerable<string> seatNames,
        IEnumerable<string> miscCues,
        IEnumerable<(string Printed, string Id)> diacriticNames)
    {
        // Longest title first, so رئيس الوزراء wins over رئيس.
        _titles = titles.GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);
        _titleSpans = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _orgCues = orgCues.Select(c => (Key: Bare(ArabicFolding.Fold(c.Cue)), c.Class)).ToFrozenDictionary(c => c.Key, c => (c.Class, c.Key), StringComparer.Ordinal);
        _orgCueSpans = _orgCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var stops = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var maksura = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, cls) in stopWords)
        {
            var folded = ArabicFolding.Fold(word);
            stops.TryAdd(folded, cls);
            if (word.EndsWith(ArabicLetters.AlefMaksura))
            {
                maksura.Add(folded);
            }
        }

        _stopWords = stops.ToFrozenDictionary(StringComparer.Ordinal);
        _stopSpans = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _maksuraStops = maksura.ToFrozenSet(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (token, count) in nameTokens)
        {
            var folded = ArabicFolding.Fold(token);
            names[folded] = names.GetValueOrDefault(folded) + count;
        }

        _nameTokens = names.ToFrozenDictionary(StringComparer.Ordinal);
        _nameSpans = _nameTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        _particles = particles.Select(ArabicFolding.Fold).ToFrozenSet(StringComparer.Ordinal);
        _particleSpans = _particles.GetAlternateLookup<ReadOnlySpan<char>>();
        _genericComplements = genericComplements
            .Select(p => Bare(ArabicFolding.Fold(p.Cue)) + " " + Bare(ArabicFolding.Fold(p.Word)))
            .ToFrozenSet(StringComparer.Ordinal);
        _descriptors = descriptors.ToFrozenDictionary(d => ArabicFolding.Fold(d.Word), d => d.Class, StringComparer.Ordinal);
        _placeCues = descriptors.Where(d => d.Kind.Length > 0).ToFrozenDictionary(
            d => Bare(ArabicFolding.Fold(d.Word)),
            d => d.Kind == "GPE" ? Documents.EntityKind.GeoPolitical : Documents.EntityKind.Location,
            StringComparer.Ordinal);
        _ellipticNames = ellipticNames.Select(ArabicFolding.Fold).ToFrozenSet(StringComparer.Ordinal);
        _seatNames = seatNames.Select(ArabicFolding.Fold).ToFrozenSet(StringComparer.Ordinal);
        _miscCues = miscCues.Select(ArabicFolding.Fold).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _diacriticNames = diacriticNames.ToFrozenDictionary(d => d.Printed, d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The shipped tables, read once per process.</summary>
    public static ContextLexicon LoadDefault() => Default.Value;

    /// <summary>The titles whose first word (folded, without its article) is <paramref name="bare"/>, longest first.</summary>
    internal ReadOnlySpan<TitleEntry> TitlesStartingWith(ReadOnlySpan<char> bare) =>
        _titleSpans.TryGetValue(bare, out var entries) ? entries : [];

    internal bool IsTitleWord(ReadOnlySpan<char> bare) => _titleSpans.ContainsKey(bare);

    /// <summary>The class of an organisation cue word given folded without its article, if it is one.</summary>
    internal OrgCueClass? OrgCue(ReadOnlySpan<char> bare) => _orgCueSpans.TryGetValue(bare, out var c) ? c.Class : null;

    /// <summary>The cue word as the table writes it (folded, without its article), for a cue found by <see cref="OrgCue"/>.</summary>
    internal string OrgCueKey(ReadOnlySpan<char> bare) => _orgCueSpans.TryGetValue(bare, out var c) ? c.Key : new string(bare);

    /// <summary>The stop-word class of a folded word as it would be printed without proclitics (الرسمي, قال).</summary>
    internal WordClass StopClass(string folded) => _stopWords.GetValueOrDefault(folded);

    internal WordClass StopClass(ReadOnlySpan<char> folded) => _stopSpans.TryGetValue(folded, out var c) ? c : WordClass.None;

    /// <summary>
    /// True when the stop word is spelled with a final ى (على، إلى): folding makes على and the name علي one word, so a
    /// word printed with ي is not this stop word.
    /// </summary>
    internal bool EndsWithMaksura(string folded) => _maksuraStops.Contains(folded);

    internal bool EndsWithMaksura(ReadOnlySpan<char> folded) => _maksuraStops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>True when Wikidata knows the folded word as a person-name token (given name or surname).</summary>
    internal bool IsNameToken(string folded) => _nameTokens.ContainsKey(folded);

    internal bool IsNameToken(ReadOnlySpan<char> folded) => _nameSpans.ContainsKey(folded);

    /// <summary>How often Wikidata's person names use the folded word (0 when never): rare tokens are often noise.</summary>
    internal int NameCount(ReadOnlySpan<char> folded) => _nameSpans.TryGetValue(folded, out var n) ? n : 0;

    /// <summary>True for أبو، عبد، بن … which only occur inside names and join the next word.</summary>
    internal bool IsParticle(string folded) => _particles.Contains(folded);

    internal bool IsParticle(ReadOnlySpan<char> folded) => _particleSpans.Contains(folded);

    /// <summary>True when the cue followed by this word is an ordinary phrase (حركة الاحتجاجات), not a name.</summary>
    internal bool IsGenericComplement(string cueBare, string wordBare) => _genericComplements.Contains(cueBare + " " + wordBare);

    /// <summary>
    /// The descriptor words (folded, one or two words) a listed name may start with: محافظة، قاعدة، تنظيم، قوات …
    /// </summary>
    internal DescriptorClass? Descriptor(string folded) => _descriptors.TryGetValue(folded, out var c) ? c : null;

    /// <summary>The kind of place a place word announces (بلدة → GPE, حي → LOC), given folded without its article.</summary>
    internal Documents.EntityKind? PlaceCue(string bare) => _placeCues.TryGetValue(bare, out var k) ? k : null;

    /// <summary>The first words of group names used alone for the group once it was named (التحالف، الحشد).</summary>
    internal IReadOnlySet<string> EllipticNames => _ellipticNames;

    /// <summary>True for the folded name of a body named after its seat (البيت الأبيض، الكرملين).</summary>
    internal bool IsSeatName(string folded) => _seatNames.Contains(folded);

    /// <summary>True for a folded word (as printed without proclitics) that announces a quoted operation or vessel name.</summary>
    internal bool IsMiscCue(ReadOnlySpan<char> folded) => _miscCues.Contains(folded);

    /// <summary>The knowledge-base id a word printed with its diacritics names (عمّان → amman), or null.</summary>
    internal string? DiacriticName(string printed) => _diacriticNames.GetValueOrDefault(printed);

    /// <summary>A folded word without its article.</summary>
    internal static string Bare(string folded) =>
        folded.Length > Article.Length + 1 && folded.StartsWith(Article, StringComparison.Ordinal) ? folded[Article.Length..] : folded;

    static ContextLexicon Load()
    {
        var titles = DataFile.ReadTsv("context/titles.tsv").Skip(1).Select(row =>
        {
            var words = ArabicFolding.Fold(row[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var definite = words[0] != Bare(words[0]);
            words[0] = Bare(words[0]);
            var sameAs = row[2].Length == 0 ? null : Bare(ArabicFolding.Fold(row[2]));
            return new TitleEntry(row[0], [.. words], Enum.Parse<TitleClass>(row[1], ignoreCase: true), sameAs, definite);
        });
        var cues = DataFile.ReadTsv("context/org-cues.tsv").Skip(1)
            .Select(row => (row[0], Enum.Parse<OrgCueClass>(row[1], ignoreCase: true)));

        // Relation cue words (التابعة، الموالية) end a name too: "حسن سالم التابعة لعصائب…" is not a longer name.
        var stops = DataFile.ReadTsv("context/stop-words.tsv").Skip(1)
            .Select(row => (row[0], Enum.Parse<WordClass>(row[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true)))
            .Concat(DataFile.ReadTsv("context/relation-cues.tsv").Skip(1).Select(row => (row[0], WordClass.Adjective)));
        // Hand-listed given names count as common (see given-names.tsv).
        var names = DataFile.ReadTsv("context/name-tokens.tsv").Skip(1)
            .Select(row => (row[0], int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(DataFile.ReadTsv("context/given-names.tsv").Skip(1).Select(row => (row[0], ListedNameCount)));
        var particles = DataFile.ReadTsv("context/name-particles.tsv").Skip(1).Select(row => row[0]);
        var generic = DataFile.ReadTsv("context/generic-complements.tsv").Skip(1).Select(row => (row[0], row[1]));
        var descriptors = DataFile.ReadTsv("context/descriptors.tsv").Skip(1)
            .Select(row => (row[0], Enum.Parse<DescriptorClass>(row[1], ignoreCase: true), row[2]));
        var elliptic = DataFile.ReadTsv("context/elliptic-names.tsv").Skip(1).Select(row => row[0]);
        var seats = DataFile.ReadTsv("context/seat-names.tsv").Skip(1).Select(row => row[0]);
        var misc = DataFile.ReadTsv("context/misc-cues.tsv").Skip(1).Select(row => row[0]);
        var diacritics = DataFile.ReadTsv("context/diacritic-names.tsv").Skip(1).Select(row => (row[0], row[1]));
        return new ContextLexicon(titles, cues, stops, names, particles, generic, descriptors, elliptic, seats, misc, diacritics);
    }
}
