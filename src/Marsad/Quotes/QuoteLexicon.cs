using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Resources;

namespace Marsad.Quotes;

/// <summary>
/// The words the quote finder reads, from the tables under data/quotes (each row says why it is there): reporting
/// cues with their inflected forms, function words, head nouns, source-class phrases and medium words. Every
/// spelling is folded once here; lookups are by folded form and never allocate. Immutable and shared.
/// </summary>
public sealed class QuoteLexicon
{
    static readonly Lazy<QuoteLexicon> DefaultLexicon = new(() => new QuoteLexicon(
        "quotes/cue-verbs.tsv", "quotes/particles.tsv", "quotes/heads.tsv", "quotes/source-classes.tsv", "quotes/media.tsv"));

    readonly FrozenDictionary<string, CueWord> _cues;
    readonly FrozenDictionary<string, ParticleRoles> _particles;
    readonly FrozenDictionary<string, ParticleRoles> _heads;
    readonly bool[] _singleSources;
    readonly QuoteMedium[] _media;
    readonly int[] _mediumPriorities;

    public QuoteLexicon(string cueTable, string particleTable, string headTable, string sourceClassTable, string mediumTable)
    {
        _cues = ReadCues(cueTable, DataFile.ReadTsv(cueTable));
        _particles = ReadRoles(particleTable, ArabicFolding.Fold);
        _heads = ReadRoles(headTable, WordKeys.Bare);
        Cues = _cues.GetAlternateLookup<ReadOnlySpan<char>>();
        Particles = _particles.GetAlternateLookup<ReadOnlySpan<char>>();
        Heads = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        SourceClasses = PhraseTable.Read(sourceClassTable);
        Media = PhraseTable.Read(mediumTable);
        _singleSources = [.. SourceClasses.Entries.Select(e => e.Tag switch
        {
            "one" => true,
            "source" or "many" => false,
            _ => throw new FormatException($"{sourceClassTable}: number must be one, source or many, not '{e.Tag}'"),
        })];
        _media = [.. Media.Entries.Select(e => Enum.Parse<QuoteMedium>(e.Value, ignoreCase: true))];
        _mediumPriorities = [.. Media.Entries.Select(e => int.Parse(e.Tag, System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>The shipped tables.</summary>
    public static QuoteLexicon Default => DefaultLexicon.Value;

    /// <summary>Cue forms by folded surface, conjunction variants (وقال، فقال) included.</summary>
    public FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> Cues { get; }

    /// <summary>Function words by exact folded surface.</summary>
    public FrozenDictionary<string, ParticleRoles>.AlternateLookup<ReadOnlySpan<char>> Particles { get; }

    /// <summary>Head nouns by bare folded word (looked up through <see cref="WordKeys"/>).</summary>
    public FrozenDictionary<string, ParticleRoles>.AlternateLookup<ReadOnlySpan<char>> Heads { get; }

    /// <summary>Unnamed-speaker phrases → source class ids (مصادر أمنية → security-sources).</summary>
    public PhraseTable SourceClasses { get; }

    /// <summary>Medium words → <see cref="Documents.QuoteMedium"/> names, with a priority.</summary>
    public PhraseTable Media { get; }

    /// <summary>True when a source-class row names one speaker who may have been named before (المسؤول الأمريكي); false
    /// for an anonymous source (المصدر) and for several (مصادر أمنية).</summary>
    public bool IsSingleSource(int entry) => _singleSources[entry];

    /// <summary>The medium of a row of <see cref="Media"/>.</summary>
    public QuoteMedium MediumOf(int entry) => _media[entry];

    /// <summary>The priority of a row of <see cref="Media"/>: when a sentence names several media the lowest number wins.</summary>
    public int MediumPriority(int entry) => _mediumPriorities[entry];

    /// <summary>Reads the rows of a cue table (<paramref name="table"/> names it in errors).</summary>
    internal static FrozenDictionary<string, CueWord> ReadCues(string table, IEnumerable<string[]> rows)
    {
        var forms = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach (var cells in rows)
        {
            if (cells.Length is not (4 or 5))
            {
                throw new FormatException($"{table}: expected lemma, kind, indirect, forms and optional not-before: '{string.Join('\t', cells)}'");
            }

            ImmutableArray<string> notBefore = cells.Length == 5 ? [.. cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicFolding.Fold)] : [];
            var lemma = ArabicFolding.Fold(cells[0]);
            var kind = Enum.Parse<CueKind>(cells[1], ignoreCase: true);
            var clause = cells[2] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new FormatException($"{table}: indirect must be yes or no, not '{cells[2]}'"),
            };

            // A conjunction is written joined to the cue (وقال، فأضاف); before an attribution only و, since فحسب is "only".
            var conjunctions = kind == CueKind.Attribution ? "و" : "وف";
            foreach (var form in cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicFolding.Fold))
            {
                Add(forms, table, form, new CueWord(lemma, kind, clause, 0, notBefore));
                foreach (var conjunction in conjunctions)
                {
                    // A form that itself starts with و (وصف، وعد) keeps its plain reading; ووصف is the conjunction form.
                    forms.TryAdd(conjunction + form, new CueWord(lemma, kind, clause, 1, notBefore));
                }

                // The lām of result before an imperfect (تراجعت أنقرة، ليعلن أردوغان أن …): "and then he announced".
                if (kind == CueKind.Verb && IsImperfect(form, lemma))
                {
                    forms.TryAdd("ل" + form, new CueWord(lemma, kind, clause, 1, notBefore));
                }
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // An imperfect third person starts with ي or ت; a lemma that itself starts with ت (تابع) has past forms that do too.
    static bool IsImperfect(string form, string lemma) => form[0] == 'ي' || (form[0] == 'ت' && lemma[0] != 'ت');

    static void Add(Dictionary<string, CueWord> forms, string table, string form, CueWord word)
    {
        // The same form under two lemmas would make the CueVerb depend on table order.
        if (forms.TryGetValue(form, out var existing) && existing.ConjunctionLength == 0 && existing.Lemma != word.Lemma)
        {
            throw new FormatException($"{table}: the form '{form}' is listed under both {existing.Lemma} and {word.Lemma}");
        }

        forms[form] = word;
    }

    /// <summary>Reads form → role rows; <paramref name="key"/> makes the lookup form (exact folded, or bare).</summary>
    static FrozenDictionary<string, ParticleRoles> ReadRoles(string table, Func<string, string> key)
    {
        var roles = new Dictionary<string, ParticleRoles>(StringComparer.Ordinal);
        foreach (var cells in DataFile.ReadTsv(table))
        {
            if (cells.Length != 2)
            {
                throw new FormatException($"{table}: expected form, role: '{string.Join('\t', cells)}'");
            }

            var role = Enum.Parse<ParticleRoles>(cells[1].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            var form = key(cells[0]);
            roles[form] = roles.GetValueOrDefault(form) | role;
        }

        return roles.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
