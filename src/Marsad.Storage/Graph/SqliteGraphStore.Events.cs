using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Storage.Graph;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<EventSummary>> ListEventsAsync(GraphQuery query, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<EventSummary>>(Events(query, new Lookups(this)));

    public Task<EventDetail?> GetEventAsync(string id, CancellationToken ct = default)
    {
        var lookup = new Lookups(this);
        var reports = Reports(id, lookup);
        if (reports.Count == 0 || Summary(id, reports, lookup) is not { } summary)
        {
            return Task.FromResult<EventDetail?>(null);
        }

        var list = reports.Select(m => new EventReport(
            m.EventId,
            m.Article,
            FactDate(m),
            m.Precision,
            m.Dead,
            m.Injured,
            m.Flags,
            lookup.Slice(m.Article.Id, m.Start, m.End),
            m.Start,
            m.End,
            m.Score,
            m.Reasons)).ToImmutableArray();
        return Task.FromResult<EventDetail?>(new EventDetail(summary, list) { Disagreements = Disagreements(reports) });
    }

    List<EventSummary> Events(GraphQuery query, Lookups lookup)
    {
        var categories = query.Categories is { Count: > 0 } c ? string.Join(",", c.Select(x => $"'{FactNames.Of(x)}'")) : null;
        var restrict = new List<HashSet<string>>();
        if (query.Actor is { } actor)
        {
            restrict.Add(ClustersOf("""
                SELECT DISTINCT gl.cluster_id FROM graph_entity_links l
                JOIN events e ON e.article_id = l.article_id
                JOIN graph_event_links gl ON gl.event_id = e.id
                WHERE l.global_id = $x AND (EXISTS (SELECT 1 FROM json_each(e.actors) j WHERE j.value = l.local_id)
                                         OR EXISTS (SELECT 1 FROM json_each(e.recipients) j WHERE j.value = l.local_id))
                """, actor));
        }

        if (query.Places is { Count: > 0 } places)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in places)
            {
                set.UnionWith(ClustersOf("SELECT DISTINCT gl.cluster_id FROM events e JOIN graph_event_links gl ON gl.event_id = e.id WHERE e.place_id = $x", p));
            }

            restrict.Add(set);
        }

        if (query.Story is { } story)
        {
            restrict.Add(ClustersOf("""
                SELECT DISTINCT gl.cluster_id FROM graph_story_links s JOIN graph_event_links gl ON gl.article_id = s.article_id
                WHERE s.story_id = $x
                """, story));
        }

        using var cmd = Command($"""
            SELECT id FROM graph_clusters
            WHERE ($from IS NULL OR (date_to IS NOT NULL AND date_to >= $from))
              AND ($to IS NULL OR (date_from IS NOT NULL AND date_from <= $to))
              AND ($background = 1 OR background_only = 0)
              {(categories is null ? string.Empty : $"AND category IN ({categories})")}
            ORDER BY COALESCE(date_from, date_to), seq
            """, ("$from", Iso(query.From)), ("$to", Iso(query.To)), ("$background", query.IncludeBackground ? 1 : 0));
        var result = new List<EventSummary>();
        foreach (var id in Column(cmd))
        {
            if (result.Count >= query.Limit)
            {
                break;
            }

            if (restrict.Any(set => !set.Contains(id)))
            {
                continue;
            }

            var reports = Reports(id, lookup);
            if (reports.Count > 0 && Summary(id, reports, lookup) is { } summary)
            {
                result.Add(summary);
            }
        }

        return result;
    }

    HashSet<string> ClustersOf(string sql, string value)
    {
        using var cmd = Command(sql, ("$x", value));
        return [.. Column(cmd)];
    }

    List<Report> Reports(string clusterId, Lookups lookup)
    {
        var list = new List<Report>();
        using var cmd = Command("""
            SELECT l.event_id, l.article_id, l.score, l.reasons, e.actors, e.recipients, e.place_id, e.span_start, e.span_end,
                   e.date_start, e.date_end, e.date_precision, e.date_rule, e.dead, e.injured, e.flags
            FROM graph_event_links l JOIN events e ON e.id = l.event_id JOIN graph_articles g ON g.article_id = l.article_id
            WHERE l.cluster_id = $c ORDER BY g.seq, e.ord
            """, ("$c", clusterId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var articleId = r.GetString(1);
            if (lookup.Article(articleId) is not { } article)
            {
                continue;
            }

            list.Add(new Report(
                r.GetString(0),
                article,
                r.GetDouble(2),
                r.GetString(3),
                [.. Json(r.GetString(4)).Select(a => lookup.Global(articleId, a))],
                [.. Json(r.GetString(5)).Select(a => lookup.Global(articleId, a))],
                Str(r, 6),
                r.GetInt32(7),
                r.GetInt32(8),
                Date(r, 9),
                Date(r, 10),
                Enum.Parse<DatePrecision>(r.GetString(11), ignoreCase: true),
                Str(r, 12),
                r.IsDBNull(13) ? null : r.GetInt32(13),
                r.IsDBNull(14) ? null : r.GetInt32(14),
                FactNames.Flags(Json(r.GetString(15)))));
        }

        return list;
    }

    EventSummary? Summary(string id, List<Report> reports, Lookups lookup)
    {
        using var cmd = Command("SELECT category, date_from, date_to, background_only FROM graph_clusters WHERE id = $id", ("$id", id));
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var first = reports.OrderBy(m => m.Article.Published ?? DateOnly.MaxValue).First();
        var place = reports.Select(m => m.Place).OfType<string>().GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return new EventSummary(
            id,
            FactNames.Category(r.GetString(0)),
            Date(r, 1),
            Date(r, 2),
            place is null ? null : lookup.Name(place),
            [.. Participants(reports.SelectMany(m => m.Actors), lookup)],
            [.. Participants(reports.SelectMany(m => m.Recipients), lookup)],
            reports.Count,
            [.. reports.Select(m => m.Article.Id).Distinct(StringComparer.Ordinal)],
            [.. reports.Select(m => m.Article.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
            reports.Select(m => lookup.Origin(m.Article)).Distinct(StringComparer.Ordinal).Count(),
            first.Article.Id,
            first.Article.Published,
            r.GetInt32(3) != 0,
            lookup.Slice(reports[0].Article.Id, reports[0].Start, reports[0].End));
    }

    static IEnumerable<NamedId> Participants(IEnumerable<string> ids, Lookups lookup) =>
        ids.GroupBy(i => i, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => lookup.Name(g.Key));

    /// <summary>Where independent reports (one per copy family) give different dates or counts: each value with the outlets giving it.</summary>
    static ImmutableArray<string> Disagreements(List<Report> reports)
    {
        var independent = reports.GroupBy(m => m.Article.DuplicateOf ?? m.Article.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var lines = new List<string>();
        void Compare(string what, Func<Report, string?> value)
        {
            var values = independent.Where(m => value(m) is not null)
                .GroupBy(m => value(m)!, StringComparer.Ordinal)
                .Select(g => (Value: g.Key, Outlets: g.Select(m => m.Article.Outlet ?? m.Article.Id).Distinct(StringComparer.Ordinal).ToList()))
                .ToList();
            if (values.Count > 1)
            {
                lines.Add($"{what}: " + string.Join("; ", values.Select(v => $"{v.Value} ({string.Join(", ", v.Outlets)})")));
            }
        }

        Compare("date", m => m.Rule == "article-date" ? null : FactDate(m));
        Compare("dead", m => m.Dead?.ToString(CultureInfo.InvariantCulture));
        Compare("injured", m => m.Injured?.ToString(CultureInfo.InvariantCulture));
        return [.. lines];
    }

    static string? FactDate(Report m) => m.Date is null ? null : new DateMention(default, m.Precision, m.Date, m.DateEnd ?? m.Date, string.Empty, false).Value;

    static string[] Json(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>One report of a cluster as read for a query.</summary>
    sealed record Report(
        string EventId,
        SourceArticle Article,
        double Score,
        string Reasons,
        ImmutableArray<string> Actors,
        ImmutableArray<string> Recipients,
        string? Place,
        int Start,
        int End,
        DateOnly? Date,
        DateOnly? DateEnd,
        DatePrecision Precision,
        string? Rule,
        int? Dead,
        int? Injured,
        EventFlags Flags);
}
