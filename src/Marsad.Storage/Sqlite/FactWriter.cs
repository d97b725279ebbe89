using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Writes an article's facts (entities, mentions, relations, quotes, events, quantities) with statements prepared once
/// per store, like <see cref="LayerWriter"/>. Knowledge-base entities are shared across articles: the first article
/// that names one inserts its row, later ones leave it.
/// </summary>
internal sealed class FactWriter : IDisposable
{
    readonly SqliteCommand _entity;
    readonly SqliteCommand _mention;
    readonly SqliteCommand _relation;
    readonly SqliteCommand _quote;
    readonly SqliteCommand _event;
    readonly SqliteCommand _quantity;

    public FactWriter(SqliteConnection c)
    {
        _entity = LayerWriter.Prepare(c, """
            INSERT INTO entities(id, kind, name, name_en, wikidata, in_kb, sector, country, lat, lon, aliases)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT(id) DO NOTHING
            """, 11);
        _mention = LayerWriter.Prepare(c, "INSERT INTO mentions(article_id, ord, span_start, span_end, kind, source, entity_id, cue) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", 8);
        _relation = LayerWriter.Prepare(c, "INSERT INTO relations(article_id, ord, predicate, subject_id, object_id, role, span_start, span_end, text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", 9);
        _quote = LayerWriter.Prepare(c, """
            INSERT INTO quotes(article_id, ord, content_start, content_end, direct, cue_start, cue_end, cue_verb, speaker_id,
                               speaker_start, speaker_end, speaker_class, medium, via_outlet)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            """, 14);
        _event = LayerWriter.Prepare(c, """
            INSERT INTO events(id, article_id, ord, category, span_start, span_end, trigger_start, trigger_end, modes, contexts,
                               actors, recipients, date_start, date_end, date_precision, date_rule, place_id, place_start,
                               place_end, dead, injured, flags)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
            """, 22);
        _quantity = LayerWriter.Prepare(c, """
            INSERT INTO quantities(article_id, ord, event_id, span_start, span_end, value, max_value, unit, what, approximate)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """, 10);
    }

    public void Bind(SqliteTransaction tx)
    {
        foreach (var cmd in new[] { _entity, _mention, _relation, _quote, _event, _quantity })
        {
            cmd.Transaction = tx;
        }
    }

    public void Add(Document doc)
    {
        var id = doc.Id;
        foreach (var e in doc.Entities)
        {
            LayerWriter.Run(_entity, e.Id, FactNames.Of(e.Kind), e.Name, e.NameEn, e.Wikidata, e.InKnowledgeBase ? 1 : 0, e.Sector, e.Country,
                e.Latitude, e.Longitude, JsonSerializer.Serialize(e.Aliases));
        }

        var i = 0;
        foreach (var m in doc.Mentions)
        {
            LayerWriter.Run(_mention, id, i++, m.Span.Start, m.Span.End, FactNames.Of(m.Kind), FactNames.Of(m.Source), m.EntityId, m.Cue);
        }

        i = 0;
        foreach (var r in doc.Relations)
        {
            LayerWriter.Run(_relation, id, i++, FactNames.Of(r.Predicate), r.SubjectId, r.ObjectId, r.Role, r.Span.Start, r.Span.End, r.Text);
        }

        i = 0;
        foreach (var q in doc.Quotes)
        {
            LayerWriter.Run(_quote, id, i++, q.Content.Start, q.Content.End, q.Direct ? 1 : 0, q.Cue?.Start, q.Cue?.End, q.CueVerb, q.SpeakerId,
                q.SpeakerSpan?.Start, q.SpeakerSpan?.End, q.SpeakerClass, FactNames.Of(q.Medium) ?? "unknown", q.ViaOutlet);
        }

        i = 0;
        foreach (var e in doc.Events)
        {
            LayerWriter.Run(_event, e.Id, id, i++, FactNames.Of(e.Category), e.Span.Start, e.Span.End, e.Trigger.Start, e.Trigger.End,
                Json(e.Modes), Json(e.Contexts), Json(e.Actors), Json(e.Recipients), SqliteArticleStore.Iso(e.Date), SqliteArticleStore.Iso(e.DateEnd),
                SqliteArticleStore.Name(e.DatePrecision), e.DateRule, e.PlaceId, e.PlaceSpan?.Start, e.PlaceSpan?.End, e.Dead, e.Injured,
                Json(FactNames.Of(e.Flags)));
        }

        i = 0;
        foreach (var q in doc.Quantities)
        {
            var owner = doc.Events.FirstOrDefault(e => e.Quantities.Contains(q))?.Id;
            LayerWriter.Run(_quantity, id, i++, owner, q.Span.Start, q.Span.End, q.Value.ToString(CultureInfo.InvariantCulture),
                q.Max?.ToString(CultureInfo.InvariantCulture), q.Unit, q.What, q.Approximate ? 1 : 0);
        }
    }

    public void Dispose()
    {
        foreach (var cmd in new[] { _entity, _mention, _relation, _quote, _event, _quantity })
        {
            cmd.Dispose();
        }
    }

    static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);
}
