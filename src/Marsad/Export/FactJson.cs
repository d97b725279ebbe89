using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Persistence;

namespace Marsad.Export;

/// <summary>
/// Writes one article's rows of the marsad/1 arrays (dates, numbers, entities, mentions, relations, quotes, events,
/// quantities). Key names are the contract of docs/export.md: add keys, never rename.
/// </summary>
internal static class FactJson
{
    public static void Entity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", FactNames.Of(e.Kind));
        w.WriteString("name", e.Name);
        w.WriteString("name_en", e.NameEn);
        w.WriteString("wikidata", e.Wikidata);
        Strings(w, "aliases", e.Aliases);
        w.WriteBoolean("in_kb", e.InKnowledgeBase);
        w.WriteString("sector", e.Sector);
        w.WriteString("country", e.Country);
        Number(w, "lat", e.Latitude);
        Number(w, "lon", e.Longitude);
        w.WriteEndObject();
    }

    public static void Mentions(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var m in a.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("entity", m.EntityId);
            w.WriteString("article", a.Id);
            Span(w, a.Text, m.Span);
            w.WriteString("type", FactNames.Of(m.Kind));
            w.WriteString("source", FactNames.Of(m.Source));
            w.WriteString("cue", m.Cue);
            w.WriteEndObject();
        }
    }

    public static void Relations(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var r in a.Relations)
        {
            w.WriteStartObject();
            w.WriteString("subject", r.SubjectId);
            w.WriteString("predicate", FactNames.Of(r.Predicate));
            w.WriteString("object", r.ObjectId);
            w.WriteString("role", r.Role);
            w.WriteString("article", a.Id);
            Span(w, a.Text, r.Span);
            w.WriteEndObject();
        }
    }

    public static void Quotes(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var q in a.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.SpeakerId);
            w.WriteString("speaker_text", q.SpeakerSpan is { } s ? Slice(a.Text, s) : null);
            w.WriteString("speaker_class", q.SpeakerClass);
            w.WriteString("article", a.Id);
            Span(w, a.Text, q.Content);
            w.WriteBoolean("direct", q.Direct);
            w.WriteString("cue", q.CueVerb);
            w.WriteString("medium", FactNames.Of(q.Medium));
            w.WriteString("via_outlet", q.ViaOutlet);
            w.WriteEndObject();
        }
    }

    public static void Events(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var e in a.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("category", e.Category.ToString().ToUpperInvariant());
            Strings(w, "mode", e.Modes);
            Strings(w, "context", e.Contexts);
            Strings(w, "actors", e.Actors);
            Strings(w, "recipients", e.Recipients);
            w.WriteString("date", FactNames.DateValue(e.Date, e.DateEnd, e.DatePrecision));
            w.WriteString("date_precision", e.DatePrecision.ToString().ToLowerInvariant());
            w.WriteString("date_rule", e.DateRule);
            w.WriteString("place", e.PlaceId);
            var place = e.PlaceId is null ? null : a.Entities.FirstOrDefault(x => x.Id == e.PlaceId);
            w.WriteString("place_name", place?.Name);
            Number(w, "lat", place?.Latitude);
            Number(w, "lon", place?.Longitude);
            Number(w, "dead", e.Dead);
            Number(w, "injured", e.Injured);
            w.WriteStartArray("quantities");
            foreach (var q in e.Quantities)
            {
                Quantity(w, a, q);
            }

            w.WriteEndArray();
            Strings(w, "flags", FactNames.Of(e.Flags));
            w.WriteString("article", a.Id);
            Span(w, a.Text, e.Span);
            w.WriteString("trigger", Slice(a.Text, e.Trigger));
            w.WriteNumber("trigger_start", e.Trigger.Start);
            w.WriteNumber("trigger_end", e.Trigger.End);
            w.WriteEndObject();
        }
    }

    public static void Quantities(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var q in a.Quantities)
        {
            Quantity(w, a, q);
        }
    }

    public static void Dates(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var d in a.Dates)
        {
            w.WriteStartObject();
            w.WriteString("article", a.Id);
            Span(w, a.Text, d.Span);
            w.WriteString("value", d.Value);
            w.WriteString("precision", d.Precision.ToString().ToLowerInvariant());
            w.WriteString("rule", d.Rule);
            w.WriteBoolean("relative", d.Relative);
            w.WriteEndObject();
        }
    }

    public static void Numbers(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var n in a.Numbers)
        {
            w.WriteStartObject();
            w.WriteString("article", a.Id);
            Span(w, a.Text, n.Span);
            w.WriteNumber("value", n.Value);
            w.WriteBoolean("approximate", n.Approximate);
            w.WriteEndObject();
        }
    }

    static void Quantity(Utf8JsonWriter w, StoredArticle a, Quantity q)
    {
        w.WriteStartObject();
        w.WriteString("article", a.Id);
        Span(w, a.Text, q.Span);
        w.WriteNumber("value", q.Value);
        if (q.Max is { } max)
        {
            w.WriteNumber("max", max);
        }
        else
        {
            w.WriteNull("max");
        }

        w.WriteString("unit", q.Unit);
        w.WriteString("what", q.What);
        w.WriteBoolean("approximate", q.Approximate);
        w.WriteEndObject();
    }

    static void Span(Utf8JsonWriter w, string text, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", Slice(text, span));
    }

    static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End ? text[span.Start..span.End] : string.Empty;

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
