using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.CrossDocument;
using Marsad.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Graph;

/// <summary>
/// Reads the articles still to link, a chunk at a time, with the facts linking needs (mentions, entities,
/// relations, quotes, events): one statement per fact table per chunk, joined through a temporary table of the
/// chunk's ids, instead of one per article. Keeps its place, so successive chunks do not rescan linked articles.
/// </summary>
internal sealed class DigestReader(SqliteConnection connection)
{
    // The current version of a path is its highest version; an article is current when its input is one.
    const string Current = """
        SELECT DISTINCT v.input_id FROM input_versions v
        WHERE v.version = (SELECT MAX(w.version) FROM input_versions w WHERE w.full_path = v.full_path)
        """;

    // The same test per article, by index look-ups only: reading the next chunk must not evaluate the whole current
    // set again (IN (Current) did, once per chunk, which made a 75,000-article rebuild spend two minutes here).
    const string IsCurrent = """
        EXISTS (SELECT 1 FROM input_versions v WHERE v.input_id = a.input_id
                AND v.version = (SELECT MAX(w.version) FROM input_versions w WHERE w.full_path = v.full_path))
        """;

    // The chunk's facts, one statement per table. CROSS JOIN makes the chunk's ids the outer loop (SQLite never
    // reorders a CROSS JOIN). With a plain JOIN the planner scanned the whole fact table in key order to spare a sort
    // and probed the ids for each row: one full scan per chunk, quadratic in the store (a 10x rebuild spent 134 s of
    // 481 s here).
    internal const string MentionsSql = """
        SELECT m.article_id, m.span_start, m.span_end, m.kind, m.source, m.entity_id, m.cue
        FROM temp.lookup_ids p CROSS JOIN mentions m ON m.article_id = p.id ORDER BY m.article_id, m.ord
        """;

    internal const string EntitiesSql = """
        SELECT DISTINCT m.article_id, e.id, e.kind, e.name, e.name_en, e.wikidata, e.in_kb, e.sector, e.country, e.lat, e.lon, e.aliases
        FROM temp.lookup_ids p CROSS JOIN mentions m ON m.article_id = p.id JOIN entities e ON e.id = m.entity_id
        ORDER BY m.article_id, e.id
        """;

    internal const string RelationsSql = """
        SELECT r.article_id, r.predicate, r.subject_id, r.object_id, r.span_start, r.span_end, r.text, r.role
        FROM temp.lookup_ids p CROSS JOIN relations r ON r.article_id = p.id ORDER BY r.article_id, r.ord
        """;

    internal const string QuotesSql = """
        SELECT q.article_id, q.content_start, q.content_end, q.direct, q.cue_verb, q.speaker_id, q.speaker_class, q.medium, q.via_outlet
        FROM temp.lookup_ids p CROSS JOIN quotes q ON q.article_id = p.id ORDER BY q.article_id, q.ord
        """;

    internal const string EventsSql = """
        SELECT e.article_id, e.id, e.category, e.span_start, e.span_end, e.trigger_start, e.trigger_end, e.actors, e.recipients,
               e.date_start, e.date_end, e.date_precision, e.date_rule, e.place_id, e.dead, e.injured, e.flags
        FROM temp.lookup_ids p CROSS JOIN events e ON e.article_id = p.id ORDER BY e.article_id, e.ord
        """;

    /// <summary>Every per-chunk fact statement (for the plan test).</summary>
    internal static readonly string[] FactQueries = [MentionsSql, EntitiesSql, RelationsSql, QuotesSql, EventsSql];

    long _afterInput = long.MinValue;
    int _afterIndex = int.MinValue;

    public int CountPending()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT COUNT(*) FROM articles a
            WHERE a.input_id IN ({Current}) AND NOT EXISTS (SELECT 1 FROM graph_articles g WHERE g.article_id = a.id)
            """;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Starts again from the first article (after the links were reset).</summary>
    public void Rewind() => (_afterInput, _afterIndex) = (long.MinValue, int.MinValue);

    public IReadOnlyList<ArticleDigest> Read(int max)
    {
        var heads = new List<(ArticleDigest Digest, long Input, int Index)>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT a.id, a.outlet, a.published, a.title, a.text, a.input_id, a.index_in_file FROM articles a
                WHERE (a.input_id > $i OR (a.input_id = $i AND a.index_in_file > $n))
                  AND NOT EXISTS (SELECT 1 FROM graph_articles g WHERE g.article_id = a.id)
                  AND {IsCurrent}
                ORDER BY a.input_id, a.index_in_file
                LIMIT $max
                """;
            cmd.Parameters.AddWithValue("$i", _afterInput);
            cmd.Parameters.AddWithValue("$n", _afterIndex);
            cmd.Parameters.AddWithValue("$max", max);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var published = r.IsDBNull(2) ? (DateOnly?)null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                heads.Add((new ArticleDigest(r.GetString(0), Str(r, 1), published, Str(r, 3), r.GetString(4)), r.GetInt64(5), r.GetInt32(6)));
            }
        }

        if (heads.Count == 0)
        {
            return [];
        }

        (_afterInput, _afterIndex) = (heads[^1].Input, heads[^1].Index);
        FillIds(heads.Select(h => h.Digest.Id));

        var mentions = Group(MentionsSql, r => new Mention(Span(r, 1), FactNames.Kind(r.GetString(3)), FactNames.Source(r.GetString(4)), Str(r, 5), Str(r, 6)));
        var entities = Group(EntitiesSql, r => new Entity(r.GetString(1), FactNames.Kind(r.GetString(2)), r.GetString(3), Str(r, 4), Str(r, 5), r.GetInt32(6) != 0)
            {
                Sector = Str(r, 7),
                Country = Str(r, 8),
                Latitude = r.IsDBNull(9) ? null : r.GetDouble(9),
                Longitude = r.IsDBNull(10) ? null : r.GetDouble(10),
                Aliases = [.. Strings(r.GetString(11))],
            });
        var relations = Group(RelationsSql, r => new Relation(FactNames.Predicate(r.GetString(1)), r.GetString(2), Str(r, 3), Span(r, 4), r.GetString(6), Str(r, 7)));
        var quotes = Group(QuotesSql, r => new Quote(Span(r, 1), r.GetInt32(3) != 0, null, Str(r, 4), Str(r, 5), null, Str(r, 6), FactNames.Medium(r.GetString(7)), Str(r, 8)));
        var events = Group(EventsSql, r => new NewsEvent(r.GetString(1), FactNames.Category(r.GetString(2)), Span(r, 3), Span(r, 5))
            {
                Actors = [.. Strings(r.GetString(7))],
                Recipients = [.. Strings(r.GetString(8))],
                Date = Date(r, 9),
                DateEnd = Date(r, 10),
                DatePrecision = Enum.Parse<DatePrecision>(r.GetString(11), ignoreCase: true),
                DateRule = Str(r, 12),
                PlaceId = Str(r, 13),
                Dead = r.IsDBNull(14) ? null : r.GetInt32(14),
                Injured = r.IsDBNull(15) ? null : r.GetInt32(15),
                Flags = FactNames.Flags(Strings(r.GetString(16))),
            });

        return [.. heads.Select(h => h.Digest with
        {
            Mentions = mentions.GetValueOrDefault(h.Digest.Id, []),
            Entities = entities.GetValueOrDefault(h.Digest.Id, []),
            Relations = relations.GetValueOrDefault(h.Digest.Id, []),
            Quotes = quotes.GetValueOrDefault(h.Digest.Id, []),
            Events = events.GetValueOrDefault(h.Digest.Id, []),
        })];
    }

    void FillIds(IEnumerable<string> ids)
    {
        using var tx = connection.BeginTransaction();
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = tx;
            clear.CommandText = "DELETE FROM temp.lookup_ids";
            clear.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT OR IGNORE INTO temp.lookup_ids(id) VALUES ($id)";
        var parameter = insert.Parameters.Add(new SqliteParameter("$id", SqliteType.Text));
        insert.Prepare();
        foreach (var id in ids)
        {
            parameter.Value = id;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    Dictionary<string, ImmutableArray<T>> Group<T>(string sql, Func<SqliteDataReader, T> row)
    {
        var groups = new Dictionary<string, ImmutableArray<T>.Builder>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(0);
            if (!groups.TryGetValue(id, out var list))
            {
                groups[id] = list = ImmutableArray.CreateBuilder<T>();
            }

            list.Add(row(r));
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToImmutable(), StringComparer.Ordinal);
    }

    static TextSpan Span(SqliteDataReader r, int at) => new(r.GetInt32(at), r.GetInt32(at + 1));

    static string? Str(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);

    static DateOnly? Date(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : DateOnly.ParseExact(r.GetString(at), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string[] Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
