using System.Text.Json;
using Marsad.Export;
using Marsad.Persistence;
using Marsad.Storage.Workspace;

namespace Marsad.Web.Apis;

/// <summary>
/// Writes a list view's events as a download: CSV (the export's ACLED-like columns), GeoJSON (events with
/// coordinates, as points) or PLOVER JSONL. CSV and PLOVER use the engine's exporters unchanged.
/// </summary>
internal static class Downloads
{
    public static readonly string[] Formats = ["csv", "geojson", "plover"];

    public static string? Check(string? format) =>
        format is not null && Formats.Contains(format) ? null : $"format must be one of {string.Join(", ", Formats)}.";

    public static IResult Events(string format, IReadOnlyList<EventView> events, IWorkspace workspace, string name) => format switch
    {
        "csv" => TypedResults.Stream(
            async stream => await new CsvExporter(new SelectionStore(workspace, events), ActorCodes.Default).WriteAsync(stream, ArticleQuery.Current),
            "text/csv; charset=utf-8", $"{name}.csv"),
        "plover" => TypedResults.Stream(
            async stream => await new PloverExporter(new SelectionStore(workspace, events), ActorCodes.Default).WriteAsync(stream, ArticleQuery.Current),
            "application/x-ndjson; charset=utf-8", $"{name}.plover.jsonl"),
        _ => TypedResults.Stream(stream => GeoJsonAsync(stream, events), "application/geo+json", $"{name}.geojson"),
    };

    /// <summary>A GeoJSON FeatureCollection: one point per event whose place has coordinates ([lon, lat], RFC 7946).</summary>
    public static async Task GeoJsonAsync(Stream stream, IReadOnlyList<EventView> events)
    {
        await using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var e in events)
        {
            if (e.Place is not { Lat: { } lat, Lon: { } lon } place)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", e.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(lon);
            w.WriteNumberValue(lat);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", e.Category);
            w.WriteString("date", e.Date);
            w.WriteString("date_end", e.DateEnd);
            w.WriteString("precision", e.Precision);
            w.WriteString("place", place.Name);
            w.WriteString("place_id", place.Id);
            Names(w, "actors", e.Actors);
            Names(w, "recipients", e.Recipients);
            if (e.Dead is { } dead)
            {
                w.WriteNumber("dead", dead);
            }

            if (e.Injured is { } injured)
            {
                w.WriteNumber("injured", injured);
            }

            w.WriteStartArray("flags");
            e.Flags.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteString("sentence", e.Sentence);
            w.WriteString("article", e.ArticleId);
            w.WriteString("title", e.Article.Title);
            w.WriteString("outlet", e.Article.Outlet);
            w.WriteString("published", e.Article.Published);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync();
    }

    static void Names(Utf8JsonWriter w, string name, IReadOnlyList<EntityRef> refs)
    {
        w.WriteStartArray(name);
        foreach (var r in refs)
        {
            w.WriteStringValue(r.Name);
        }

        w.WriteEndArray();
    }
}
