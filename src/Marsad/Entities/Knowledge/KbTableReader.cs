using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Reads one entity table of data/kb (docs/knowledge-base.md gives the format): '#' lines are provenance
/// comments, the first other line is the header naming the columns, each further line is one entry. Every
/// problem is reported with the table name and its 1-based line number.
/// </summary>
internal static partial class KbTableReader
{
    /// <summary>The columns every entity table must have, in any order.</summary>
    public static readonly ImmutableArray<string> Columns =
        ["id", "type", "sector", "country", "name_ar", "name_en", "wikidata", "aliases_ar", "aliases_en",
         "affiliations", "roles", "lat", "lon", "parent", "note"];

    /// <summary>PLOVER sector codes (shared/PLOVER.md §4), the only values the sector column may hold.</summary>
    static readonly FrozenSet<string> Sectors = FrozenSet.ToFrozenSet(
    [
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU",
        "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO", "IMG", "MNC",
    ]);

    /// <summary>Marks an alias that is a real name of the entry but must not fire alone in running text.</summary>
    public const char AmbiguousMark = '~';

    public static IEnumerable<(int Line, KbEntry Entry)> Read(string table, TextReader reader)
    {
        Dictionary<string, int>? header = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = ReadHeader(table, lineNumber, fields);
                continue;
            }

            yield return (lineNumber, ReadRow(table, lineNumber, fields, header));
        }
    }

    static Dictionary<string, int> ReadHeader(string table, int line, string[] fields)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            header[fields[i].Trim()] = i;
        }

        foreach (var column in Columns)
        {
            if (!header.ContainsKey(column))
            {
                throw new KbFormatException(table, line, $"the header lacks the column '{column}' (expected: {string.Join(", ", Columns)})");
            }
        }

        return header;
    }

    static KbEntry ReadRow(string table, int line, string[] fields, Dictionary<string, int> header)
    {
        if (fields.Length != header.Count)
        {
            throw new KbFormatException(table, line, $"{fields.Length} fields, the header has {header.Count} (a missing or extra tab?)");
        }

        string Field(string column) => fields[header[column]].Trim();
        string? Optional(string column) => Field(column) is { Length: > 0 } v ? v : null;
        KbFormatException Bad(string problem) => new(table, line, problem);

        var id = Field("id");
        if (!IdPattern().IsMatch(id))
        {
            throw Bad($"id '{id}' is not a lower-case ASCII slug");
        }

        var kind = Field("type") switch
        {
            "PER" => EntityKind.Person,
            "ORG" => EntityKind.Organization,
            "GPE" => EntityKind.GeoPolitical,
            "LOC" => EntityKind.Location,
            var t => throw Bad($"type '{t}' is not PER, ORG, GPE or LOC"),
        };
        var sector = Optional("sector");
        if (sector is not null && !Sectors.Contains(sector))
        {
            throw Bad($"sector '{sector}' is not a PLOVER sector code");
        }

        var country = Optional("country");
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            throw Bad($"country '{country}' is not an ISO 3166 alpha-3 code");
        }

        var nameAr = Field("name_ar");
        var nameEn = Field("name_en");
        if (nameAr.Length == 0 || nameEn.Length == 0)
        {
            throw Bad("name_ar and name_en are required");
        }

        var wikidata = Optional("wikidata");
        if (wikidata is not null && !QidPattern().IsMatch(wikidata))
        {
            throw Bad($"wikidata '{wikidata}' is not a QID (Q followed by digits)");
        }

        var (aliasesAr, ambiguous) = ReadArabicAliases(Field("aliases_ar"));
        var (lat, lon) = ReadCoordinates(Optional("lat"), Optional("lon"), Bad);
        var note = Field("note");
        if (note.Length == 0)
        {
            throw Bad("every row needs a note saying why it is here");
        }

        return new KbEntry(
            id, kind, nameAr, nameEn, wikidata, sector, country, aliasesAr, Split(Field("aliases_en"), '|'),
            [.. Split(Field("affiliations"), ';').Select(a => ReadAffiliation(a, Bad))],
            [.. Split(Field("roles"), ';').Select(r => ReadRole(r, Bad))],
            lat, lon, Optional("parent"), note)
        {
            AmbiguousAliasesAr = ambiguous,
            Origin = $"{table} line {line}",
        };
    }

    static (ImmutableArray<string> All, ImmutableArray<string> Ambiguous) ReadArabicAliases(string field)
    {
        var all = ImmutableArray.CreateBuilder<string>();
        var ambiguous = ImmutableArray.CreateBuilder<string>();
        foreach (var alias in Split(field, '|'))
        {
            if (alias[0] == AmbiguousMark)
            {
                var name = alias[1..].Trim();
                all.Add(name);
                ambiguous.Add(name);
            }
            else
            {
                all.Add(alias);
            }
        }

        return (all.ToImmutable(), ambiguous.ToImmutable());
    }

    static (double? Lat, double? Lon) ReadCoordinates(string? lat, string? lon, Func<string, KbFormatException> bad)
    {
        if (lat is null && lon is null)
        {
            return (null, null);
        }

        var inv = CultureInfo.InvariantCulture;
        if (!double.TryParse(lat, NumberStyles.Float, inv, out var la) || !double.TryParse(lon, NumberStyles.Float, inv, out var lo))
        {
            throw bad($"lat '{lat}' and lon '{lon}' must both be decimal degrees");
        }

        if (la is < -90 or > 90 || lo is < -180 or > 180)
        {
            throw bad($"coordinates ({la}, {lo}) are out of range");
        }

        return (la, lo);
    }

    static KbAffiliation ReadAffiliation(string text, Func<string, KbFormatException> bad)
    {
        var (head, from, to) = SplitDates(text, bad);
        var arrow = head.IndexOf('>', StringComparison.Ordinal);
        if (arrow <= 0 || arrow == head.Length - 1)
        {
            throw bad($"affiliation '{text}' is not predicate>target-id[@from..to]");
        }

        var predicate = head[..arrow].Trim() switch
        {
            "holds_role" => RelationPredicate.HoldsRole,
            "member_of" => RelationPredicate.MemberOf,
            "leads" => RelationPredicate.Leads,
            "spokesperson_of" => RelationPredicate.SpokespersonOf,
            "part_of" => RelationPredicate.PartOf,
            "aligned_with" => RelationPredicate.AlignedWith,
            "succeeded" => RelationPredicate.Succeeded,
            "opposes" => RelationPredicate.Opposes,
            var p => throw bad($"affiliation predicate '{p}' is not a RelationPredicate in snake_case"),
        };
        return new KbAffiliation(predicate, head[(arrow + 1)..].Trim(), from, to);
    }

    static KbRole ReadRole(string text, Func<string, KbFormatException> bad)
    {
        var (head, from, to) = SplitDates(text, bad);
        var arrow = head.IndexOf('>', StringComparison.Ordinal);
        var title = (arrow < 0 ? head : head[..arrow]).Trim();
        var of = arrow < 0 ? null : head[(arrow + 1)..].Trim();
        if (title.Length == 0)
        {
            throw bad($"role '{text}' has no title");
        }

        return new KbRole(title, ArabicFolding.Fold(title), of is { Length: > 0 } ? of : null, from, to);
    }

    static (string Head, DateOnly? From, DateOnly? To) SplitDates(string text, Func<string, KbFormatException> bad)
    {
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return (text, null, null);
        }

        if (!KbDates.TryParseRange(text[(at + 1)..].Trim(), out var from, out var to))
        {
            throw bad($"'{text}' has a bad date range (use yyyy, yyyy-MM or yyyy-MM-dd, from..to, from not after to)");
        }

        return (text[..at], from, to);
    }

    static ImmutableArray<string> Split(string field, char separator) =>
        [.. field.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex QidPattern();
}
