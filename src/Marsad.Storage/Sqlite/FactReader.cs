using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>Reads one article's facts back, with statements prepared once per scan.</summary>
internal sealed class FactReader(SqliteConnection connection) : IDisposable
{
    readonly SqliteCommand _mentions = LayerReader.Prepare(connection, "SELECT span_start, span_end, kind, source, entity_id, cue FROM mentions WHERE article_id = $id ORDER BY ord");
    readonly SqliteCommand _entities = LayerReader.Prepare(connection, """
        SELECT id, kind, name, name_en, wikidata, in_kb, sector, country, lat, lon, aliases FROM entities
        WHERE id IN (SELECT entity_id FROM mentions WHERE article_id = $id) ORDER BY id
        """);
    readonly SqliteCommand _relations = LayerReader.Prepare(connection, "SELECT predicate, subject_id, object_id, span_start, span_end, text, role FROM relations WHERE article_id = $id ORDER BY ord");
    readonly SqliteCommand _quotes = LayerReader.Prepare(connection, """
        SELECT content_start, content_end, direct, cue_start, cue_end, cue_verb, speaker_id, speaker_start, speaker_end, speaker_class, medium, via_outlet
        FROM quotes WHERE article_id = $id ORDER BY ord
        """);
    readonly SqliteCommand _events = LayerReader.Prepare(connection, """
        SELECT id, category, span_start, span_end, trigger_start, trigger_end, modes, contexts, actors, recipients, date_start, date_end,
               date_precision, date_rule, place_id, place_start, place_end, dead, injured, flags
        FROM events WHERE article_id = $id ORDER BY ord
        """);
    readonly SqliteCommand _quantities = LayerReader.Prepare(connection, "SELECT span_start, span_end, value, unit, what, max_value, approximate, event_id FROM quantities WHERE article_id = $id ORDER BY ord");

    public ImmutableArray<Mention> Mentions(string id) => LayerReader.Read(_mentions, id, r => new Mention(
        Span(r, 0), FactNames.Kind(r.GetString(2)), FactNames.Source(r.GetString(3)), Str(r, 4), Str(r, 5)));

    public ImmutableArray<Entity> Entities(string id) => LayerReader.Read(_entities, id, r => new Entity(
        r.GetString(0), FactNames.Kind(r.GetString(1)), r.GetString(2), Str(r, 3), Str(r, 4), r.GetInt32(5) != 0)
    {
        Sector = Str(r, 6),
        Country = Str(r, 7),
        Latitude = r.IsDBNull(8) ? null : r.GetDouble(8),
        Longitude = r.IsDBNull(9) ? null : r.GetDouble(9),
        Aliases = [.. Strings(r.GetString(10))],
    });

    public ImmutableArray<Relation> Relations(string id) => LayerReader.Read(_relations, id, r => new Relation(
        FactNames.Predicate(r.GetString(0)), r.GetString(1), Str(r, 2), Span(r, 3), r.GetString(5), Str(r, 6)));

    public ImmutableArray<Quote> Quotes(string id) => LayerReader.Read(_quotes, id, r => new Quote(
        Span(r, 0), r.GetInt32(2) != 0, OptionalSpan(r, 3), Str(r, 5), Str(r, 6), OptionalSpan(r, 7), Str(r, 9), FactNames.Medium(r.GetString(10) == "unknown" ? null : r.GetString(10)), Str(r, 11)));

    public ImmutableArray<Quantity> Quantities(string id) => LayerReader.Read(_quantities, id, Quantity);

    public ImmutableArray<NewsEvent> Events(string id, ImmutableArray<Quantity> quantities, ImmutableArray<string> owners) =>
        LayerReader.Read(_events, id, r =>
        {
            var eventId = r.GetString(0);
            return new NewsEvent(eventId, FactNames.Category(r.GetString(1)), Span(r, 2), Span(r, 4))
            {
                Modes = [.. Strings(r.GetString(6))],
                Contexts = [.. Strings(r.GetString(7))],
                Actors = [.. Strings(r.GetString(8))],
                Recipients = [.. Strings(r.GetString(9))],
                Date = Date(r, 10),
                DateEnd = Date(r, 11),
                DatePrecision = FactNames.Precision(r.GetString(12)),
                DateRule = Str(r, 13),
                PlaceId = Str(r, 14),
                PlaceSpan = OptionalSpan(r, 15),
                Dead = r.IsDBNull(17) ? null : r.GetInt32(17),
                Injured = r.IsDBNull(18) ? null : r.GetInt32(18),
                Flags = FactNames.Flags(Strings(r.GetString(19))),
                Quantities = [.. quantities.Where((q, i) => owners[i] == eventId)],
            };
        });

    /// <summary>The event each quantity belongs to (empty string when none), in quantity order.</summary>
    public ImmutableArray<string> QuantityOwners(string id) => LayerReader.Read(_quantities, id, r => Str(r, 7) ?? string.Empty);

    public void Dispose()
    {
        foreach (var cmd in new[] { _mentions, _entities, _relations, _quotes, _events, _quantities })
        {
            cmd.Dispose();
        }
    }

    static Quantity Quantity(SqliteDataReader r) => new(
        Span(r, 0), decimal.Parse(r.GetString(2), CultureInfo.InvariantCulture), r.GetString(3), Str(r, 4),
        r.IsDBNull(5) ? null : decimal.Parse(r.GetString(5), CultureInfo.InvariantCulture), r.GetInt32(6) != 0);

    static TextSpan Span(SqliteDataReader r, int at) => new(r.GetInt32(at), r.GetInt32(at + 1));

    static TextSpan? OptionalSpan(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : Span(r, at);

    static string? Str(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);

    static DateOnly? Date(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : DateOnly.ParseExact(r.GetString(at), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string[] Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
