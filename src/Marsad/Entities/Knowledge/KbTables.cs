using System.Collections.Immutable;
using Marsad.Resources;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Everything read from the data/kb tables before indexing: the entity rows (ids unique across tables), the
/// nationality adjectives, the stop list of words that must not fire alone, and Wikidata's name spellings.
/// Which reader a table gets follows from its file name.
/// </summary>
internal sealed record KbTables(
    ImmutableArray<KbEntry> Entries,
    NationalityTable Nationalities,
    IReadOnlySet<string> StopWords,
    IReadOnlyDictionary<string, string> WikidataSpellings)
{
    public const string Folder = "kb/";
    public const string NationalitiesTable = "nationalities.tsv";
    public const string StopListTable = "ambiguous-tokens.tsv";
    public const string WikidataTable = "wikidata-name-tokens.tsv";

    /// <summary>The embedded tables under kb/, in name order so that loading is deterministic.</summary>
    public static IEnumerable<string> DefaultTableNames() =>
        typeof(DataFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Folder, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static KbTables FromEmbedded(IEnumerable<string> names) =>
        Read(names.Select(n => (n, (Func<TextReader>)(() => new StreamReader(DataFile.Open(n))))));

    /// <summary>Reads tables given as (name, open) pairs; the name decides the reader.</summary>
    public static KbTables Read(IEnumerable<(string Name, Func<TextReader> Open)> tables)
    {
        var entries = ImmutableArray.CreateBuilder<KbEntry>();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        var nationalities = NationalityTable.Empty;
        var stop = new HashSet<string>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, open) in tables)
        {
            using var reader = open();
            var file = name[(name.LastIndexOf('/') + 1)..];
            switch (file)
            {
                case NationalitiesTable:
                    nationalities = NationalityTable.Read(name, reader);
                    break;
                case StopListTable:
                    stop.UnionWith(KbAuxiliaryTables.ReadStopList(name, reader));
                    break;
                case WikidataTable:
                    foreach (var (k, v) in KbAuxiliaryTables.ReadSpellings(name, reader))
                    {
                        spellings[k] = v;
                    }

                    break;
                default:
                    foreach (var (line, entry) in KbTableReader.Read(name, reader))
                    {
                        if (!origins.TryAdd(entry.Id, entry.Origin))
                        {
                            throw new KbFormatException(name, line, $"duplicate id '{entry.Id}' (first at {origins[entry.Id]})");
                        }

                        entries.Add(entry);
                    }

                    break;
            }
        }

        return new KbTables(entries.ToImmutable(), nationalities, stop, spellings);
    }
}
