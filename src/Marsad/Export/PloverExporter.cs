using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Persistence;

namespace Marsad.Export;

/// <summary>
/// Writes events as PLOVER JSONL, one event per line, with the field names of the PLOVER v2.0 manual as summarised
/// in ../shared/PLOVER.md §5 (id, date, actor, recipient, event, mode, context, event_loc, event_text, quad_code,
/// text_info, cite_info, size). Actor objects use the normative entity-table names (code, sector, entity_text,
/// identifier_id, identifier_text). Marsad's extensions are prefixed <c>marsad_</c>: flags, date precision and
/// rule, quantities, the entity id, and the sentence offsets into the Arabic original.
/// </summary>
public sealed class PloverExporter(IArticleStore store, ActorCodes codes)
{
    public const string Codebook = "plover-2.0";

    public async Task<int> WriteAsync(Stream output, ArticleQuery query, CancellationToken ct = default)
    {
        var count = 0;
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonExporter.WriterOptions.Encoder });
        await foreach (var article in store.ReadArticlesAsync(query, ct))
        {
            foreach (var e in article.Events)
            {
                Write(w, article, e);
                await w.FlushAsync(ct);
                w.Reset();
                await output.WriteAsync("\n"u8.ToArray(), ct);
                count++;
            }
        }

        return count;
    }

    void Write(Utf8JsonWriter w, StoredArticle a, NewsEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteBoolean("has_event", true);
        w.WriteString("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (e.DateEnd is { } end && end != e.Date)
        {
            w.WriteString("enddate", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Actors(w, "actor", e.Actors, a);
        Actors(w, "recipient", e.Recipients, a);
        Strings(w, "event", [e.Category.ToString().ToUpperInvariant()]);
        Strings(w, "mode", e.Modes);
        Strings(w, "context", e.Contexts);
        if (e.PlaceId is not null && a.Entities.FirstOrDefault(x => x.Id == e.PlaceId) is { } place)
        {
            w.WriteStartObject("event_loc");
            w.WriteString("extracted_place", e.PlaceSpan is { } ps ? a.Text[ps.Start..ps.End] : place.Name);
            w.WriteString("resolved_place", place.NameEn ?? place.Name);
            if (place.Latitude is { } lat && place.Longitude is { } lon)
            {
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
            }

            w.WriteString("country_code", place.Country);
            w.WriteNumber("resolution", place.Kind == EntityKind.Location ? 5 : 4);
            w.WriteEndObject();
        }

        Strings(w, "event_text", [a.Text[e.Trigger.Start..e.Trigger.End]]);
        if (QuadCode(e.Category) is { } quad)
        {
            w.WriteNumber("quad_code", quad);
        }

        w.WriteStartObject("size");
        Number(w, "dead", e.Dead);
        Number(w, "injured", e.Injured);
        w.WriteEndObject();
        w.WriteStartObject("text_info");
        w.WriteNumber("start", e.Span.Start);
        w.WriteNumber("end", e.Span.End);
        w.WriteString("text_story", a.Id);
        w.WriteEndObject();
        w.WriteStartObject("cite_info");
        w.WriteString("url", a.Url);
        w.WriteString("title", a.Title);
        w.WriteString("language", "ar");
        w.WriteString("publication", a.Outlet);
        w.WriteString("coder", "marsad");
        w.WriteString("codebook", Codebook);
        w.WriteEndObject();
        w.WriteString("coder", "marsad");
        w.WriteString("marsad_date_precision", e.DatePrecision.ToString().ToLowerInvariant());
        w.WriteString("marsad_date_rule", e.DateRule);
        Strings(w, "marsad_flags", FactNames.Of(e.Flags));
        w.WriteStartArray("marsad_quantities");
        foreach (var q in e.Quantities)
        {
            w.WriteStartObject();
            w.WriteNumber("value", q.Value);
            if (q.Max is { } max)
            {
                w.WriteNumber("max", max);
            }

            w.WriteString("unit", q.Unit);
            w.WriteString("text", a.Text[q.Span.Start..q.Span.End]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("marsad_sentence", a.Text[e.Span.Start..e.Span.End]);
        w.WriteEndObject();
    }

    void Actors(Utf8JsonWriter w, string name, IEnumerable<string> ids, StoredArticle a)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            var (entity, code, sector, text) = codes.Resolve(id, a.Entities);
            w.WriteStartObject();
            w.WriteString("code", code);
            w.WriteString("sector", sector);
            w.WriteString("entity_text", entity?.Name ?? text);
            w.WriteString("identifier_id", entity?.Wikidata);
            w.WriteString("identifier_text", entity?.NameEn ?? text);
            w.WriteString("marsad_id", id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>PLOVER's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    static int? QuadCode(EventCategory c) => c switch
    {
        EventCategory.Agree or EventCategory.Consult or EventCategory.Support or EventCategory.Concede => 1,
        EventCategory.Cooperate or EventCategory.Aid or EventCategory.Retreat => 2,
        EventCategory.Request or EventCategory.Accuse or EventCategory.Reject or EventCategory.Threaten => 3,
        EventCategory.Statement => null,
        _ => 4,
    };

    static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
