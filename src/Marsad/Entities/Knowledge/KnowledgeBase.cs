using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// The knowledge base of actors and places (data/kb, docs/knowledge-base.md): look-up by id, by any name or
/// spelling variant, by role at a date, nationality adjectives, and the gazetteer matcher over all names.
/// Immutable and thread-safe once built; <see cref="LoadDefault"/> builds the shipped one once per process.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>The prefix knowledge-base ids carry in mentions and entities (kb:kadhimi).</summary>
    public const string IdPrefix = "kb:";

    static readonly Lazy<KnowledgeBase> Default = new(() => Load(KbTables.DefaultTableNames()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Countries whose people's names are Arabic: names from elsewhere are transliterations whose vowel
    /// letters vary between outlets (see <see cref="VariantGenerator.LongVowelDrops"/>).</summary>
    static readonly FrozenSet<string> ArabicNameCountries = FrozenSet.ToFrozenSet(
    [
        "IRQ", "SYR", "LBN", "JOR", "PSE", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "EGY", "LBY", "TUN", "DZA",
        "MAR", "SDN", "MRT", "SOM", "DJI", "COM",
    ]);

    readonly FrozenDictionary<string, KbEntry> _byId;
    readonly FrozenDictionary<string, int[]> _byArabic;
    readonly FrozenDictionary<string, int[]> _byEnglish;
    readonly FrozenDictionary<string, (int Entry, KbRole Role)[]> _byTitle;
    readonly NationalityTable _nationalities;
    readonly FrozenSet<(string Name, int Entry)> _guarded;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _guardedWords;

    readonly ImmutableArray<KbEntry> _entries;

    KnowledgeBase(KbTables tables)
    {
        _entries = tables.Entries;
        _nationalities = tables.Nationalities;
        _byId = _entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);

        var arabic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var english = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var titles = new Dictionary<string, List<(int, KbRole)>>(StringComparer.Ordinal);
        var trie = new NameTrie.Builder();
        var guarded = new HashSet<(string, int)>();
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            var profile = new NameProfile(entry.Kind, IsTransliterated(entry), entry.NameEn);
            foreach (var name in entry.AliasesAr.Prepend(entry.NameAr))
            {
                var ambiguous = entry.AmbiguousAliasesAr.Contains(name);
                foreach (var variant in VariantGenerator.Generate(name, profile, tables.WikidataSpellings))
                {
                    Add(arabic, variant, i);
                    var words = variant.Split(' ');
                    var single = words.Length == 1;
                    var notAlone = single && (ambiguous || tables.StopWords.Contains(variant));
                    if (notAlone || ambiguous)
                    {
                        guarded.Add((variant, i));
                    }

                    trie.Add(words, new NameTarget(i, NotAlone: notAlone, Nisba: single && _nationalities.IsNisba(variant)));
                }
            }

            foreach (var name in entry.AliasesEn.Prepend(entry.NameEn))
            {
                foreach (var key in EnglishNames.Keys(name))
                {
                    Add(english, key, i);
                }
            }

            // A person is looked up by surname alone (FindByName("Kadhimi")); that never drives text matching.
            if (entry.Kind == EntityKind.Person && EnglishNames.Tokens(entry.NameEn) is [.., var surname])
            {
                Add(english, surname, i);
            }

            foreach (var role in entry.Roles)
            {
                Add(titles, TitleKey(role.TitleFolded), (i, role));
            }
        }

        _byArabic = arabic.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byEnglish = english.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byTitle = titles.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _guarded = guarded.ToFrozenSet();
        _guardedWords = guarded.Where(g => !g.Item1.Contains(' ', StringComparison.Ordinal)).Select(g => g.Item1)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var built = trie.Build();
        NameTokens = built.Words.ToFrozenSet(StringComparer.Ordinal);
        Matcher = new GazetteerMatcher(built, _entries);
    }

    /// <summary>The shipped knowledge base (every table under data/kb), built once, thread-safe.</summary>
    public static KnowledgeBase LoadDefault() => Default.Value;

    /// <summary>A knowledge base from some embedded tables (e.g. <c>kb/orgs-iraq.tsv</c>), for tests.</summary>
    public static KnowledgeBase Load(IEnumerable<string> tableNames) => new(KbTables.FromEmbedded(tableNames));

    /// <summary>A knowledge base from tables given as text (name decides the reader), for tests of the format.</summary>
    internal static KnowledgeBase FromText(params (string Name, string Text)[] tables) =>
        new(KbTables.Read(tables.Select(t => (t.Name, (Func<TextReader>)(() => new StringReader(t.Text))))));

    public IReadOnlyList<KbEntry> Entries => _entries;

    public GazetteerMatcher Matcher { get; }

    /// <summary>Folded words that occur in some name or generated variant (for taggers and context rules).</summary>
    public IReadOnlySet<string> NameTokens { get; }

    /// <summary>The entry with this id, given with or without the <c>kb:</c> prefix.</summary>
    public KbEntry? Get(string id) =>
        _byId.GetValueOrDefault(id.StartsWith(IdPrefix, StringComparison.Ordinal) ? id[IdPrefix.Length..] : id);

    /// <summary>
    /// Entries with this name: Arabic in any spelling the variant rules accept (ambiguous aliases included), or
    /// English case- and diacritic-insensitively, with or without "al-", or a person's surname alone.
    /// </summary>
    public IEnumerable<KbEntry> FindByName(string anyName)
    {
        var hits = new SortedSet<int>();
        if (anyName.Any(ArabicLetters.IsArabicScript))
        {
            if (_byArabic.TryGetValue(VariantGenerator.Normalize(anyName), out var found))
            {
                hits.UnionWith(found);
            }
        }
        else
        {
            foreach (var key in EnglishNames.Keys(anyName))
            {
                if (_byEnglish.TryGetValue(key, out var found))
                {
                    hits.UnionWith(found);
                }
            }
        }

        return hits.Select(i => Entries[i]);
    }

    /// <summary>
    /// True when <paramref name="name"/> (any spelling) names <paramref name="entry"/> unambiguously: a listed name, not
    /// an alias marked ~ (~الحشد، ~مجلس النواب) nor a one-word name that is a common word (الدورة).
    /// </summary>
    public bool NamesUnambiguously(string name, KbEntry entry)
    {
        var key = VariantGenerator.Normalize(name);
        if (!_byArabic.TryGetValue(key, out var found))
        {
            return false;
        }

        foreach (var i in found)
        {
            if (ReferenceEquals(_entries[i], entry))
            {
                return !_guarded.Contains((key, i));
            }
        }

        return false;
    }

    /// <summary>
    /// True when the folded word is a one-word name the matcher reads only inside a longer name: an alias marked ~
    /// (~حرير) or a name that is a common word (القائم، الدورة).
    /// </summary>
    public bool IsGuardedWord(ReadOnlySpan<char> folded) => _guardedWords.Contains(folded);

    /// <summary>
    /// Who held a title (folded or not; the article on its first word is ignored, so رئيس = الرئيس) of
    /// <paramref name="ofId"/> (any, when null) on <paramref name="at"/> (ever, when null).
    /// </summary>
    public IEnumerable<KbEntry> HoldersOf(string titleFolded, string? ofId, DateOnly? at)
    {
        var of = ofId is null ? null : Get(ofId)?.Id ?? ofId;
        if (!_byTitle.TryGetValue(TitleKey(VariantGenerator.Normalize(titleFolded)), out var holders))
        {
            return [];
        }

        return holders.Where(h => (of is null || h.Role.OfId == of) && h.Role.HoldsAt(at))
            .Select(h => Entries[h.Entry]).Distinct();
    }

    /// <summary>The country id of a nationality adjective (العراقي، الأمريكية، الإيرانيين → iraq, usa, iran).</summary>
    public string? CountryOfNationality(string foldedAdjective) => _nationalities.CountryOf(ArabicFolding.Fold(foldedAdjective));

    /// <summary>The document-model entity for an entry (<see cref="Entity.InKnowledgeBase"/> set).</summary>
    public Entity ToEntity(KbEntry e) =>
        new(e.EntityId, e.Kind, e.NameAr, e.NameEn, e.Wikidata, InKnowledgeBase: true)
        {
            Aliases = e.AliasesAr,
            Sector = e.Sector,
            Country = e.Country,
            Latitude = e.Latitude,
            Longitude = e.Longitude,
        };

    /// <summary>Ids referenced by affiliations, roles and parents that no entry has, and other cross-row problems.</summary>
    public IReadOnlyList<string> FindIntegrityProblems()
    {
        var problems = new List<string>();
        foreach (var e in Entries)
        {
            void Check(string? id, string what)
            {
                if (id is not null && !_byId.ContainsKey(id))
                {
                    problems.Add($"{e.Origin}: {what} '{id}' of '{e.Id}' is not an id in the knowledge base");
                }
            }

            Check(e.Parent, "parent");
            foreach (var a in e.Affiliations)
            {
                Check(a.TargetId, a.Predicate.ToString());
            }

            foreach (var r in e.Roles)
            {
                Check(r.OfId, "role " + r.Title);
            }

            if (e.Kind is EntityKind.GeoPolitical or EntityKind.Location && e.Latitude is null)
            {
                problems.Add($"{e.Origin}: place '{e.Id}' has no coordinates");
            }
        }

        return problems;
    }

    static bool IsTransliterated(KbEntry e) => e.Kind == EntityKind.Person && e.Country is { } c && !ArabicNameCountries.Contains(c);

    /// <summary>Titles compare without the article of their first word: الرئيس الأميركي and رئيس الولايات المتحدة
    /// both hold الرئيس/رئيس.</summary>
    static string TitleKey(string folded) => folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;

    static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
