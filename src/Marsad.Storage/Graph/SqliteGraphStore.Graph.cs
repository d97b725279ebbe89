using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Storage.Graph;

public sealed partial class SqliteGraphStore
{
    /// <summary>Evidence kept per edge: enough to show and check a relation; the article count covers the rest.</summary>
    const int EvidencePerEdge = 5;

    /// <summary>Event clusters listed per interaction edge.</summary>
    const int EventsPerEdge = 20;

    public Task<ActorGraph> LoadGraphAsync(GraphQuery query, CancellationToken ct = default)
    {
        var lookup = new Lookups(this);
        var facts = new List<EdgeFact>();
        using (var cmd = Command("""
            SELECT r.predicate, sl.global_id, ol.global_id, r.role, r.article_id, r.span_start, r.span_end, g.published
            FROM relations r JOIN graph_articles g ON g.article_id = r.article_id
            JOIN graph_entity_links sl ON sl.article_id = r.article_id AND sl.local_id = r.subject_id
            JOIN graph_entity_links ol ON ol.article_id = r.article_id AND ol.local_id = r.object_id
            WHERE ($from IS NULL OR g.published >= $from) AND ($to IS NULL OR g.published <= $to)
            """, ("$from", Iso(query.From)), ("$to", Iso(query.To))))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                facts.Add(new EdgeFact(r.GetString(1), r.GetString(2), EdgeKind.Relation, r.GetString(0), Str(r, 3),
                    r.GetString(4), r.GetInt32(5), r.GetInt32(6), Date(r, 7), null));
            }
        }

        var categories = query.Categories is { Count: > 0 } c ? string.Join(",", c.Select(x => $"'{FactNames.Of(x)}'")) : null;
        using (var cmd = Command($"""
            SELECT c.category, COALESCE(al.global_id, a.value), COALESCE(rl.global_id, t.value), e.article_id, e.span_start, e.span_end,
                   COALESCE(c.date_from, g.published), l.cluster_id
            FROM graph_event_links l
            JOIN graph_clusters c ON c.id = l.cluster_id
            JOIN events e ON e.id = l.event_id
            JOIN graph_articles g ON g.article_id = e.article_id
            JOIN json_each(e.actors) a
            JOIN json_each(e.recipients) t
            LEFT JOIN graph_entity_links al ON al.article_id = e.article_id AND al.local_id = a.value
            LEFT JOIN graph_entity_links rl ON rl.article_id = e.article_id AND rl.local_id = t.value
            WHERE ($from IS NULL OR COALESCE(c.date_to, g.published) >= $from) AND ($to IS NULL OR COALESCE(c.date_from, g.published) <= $to)
              AND e.flags NOT LIKE '%negated%'
              {(categories is null ? string.Empty : $"AND c.category IN ({categories})")}
            """, ("$from", Iso(query.From)), ("$to", Iso(query.To))))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var (source, target) = (r.GetString(1), r.GetString(2));
                if (IsActor(source) && IsActor(target) && source != target)
                {
                    facts.Add(new EdgeFact(source, target, EdgeKind.Interaction, r.GetString(0), null,
                        r.GetString(3), r.GetInt32(4), r.GetInt32(5), Date(r, 6), r.GetString(7)));
                }
            }
        }

        if (query.Actor is { } actor)
        {
            facts.RemoveAll(f => f.Source != actor && f.Target != actor);
        }

        var edges = facts
            .GroupBy(f => (f.Source, f.Target, f.Kind, f.Relation, Role: f.Role is null ? null : CrossDocument.EntityContext.RoleKey(f.Role)))
            .Select(g =>
            {
                var ordered = g.OrderBy(f => f.Date ?? DateOnly.MaxValue).ThenBy(f => f.ArticleId, StringComparer.Ordinal).ToList();
                var articles = ordered.Select(f => lookup.Article(f.ArticleId)).OfType<SourceArticle>().DistinctBy(a => a.Id).ToList();
                return new GraphEdge(
                    g.Key.Source,
                    g.Key.Target,
                    g.Key.Kind,
                    g.Key.Relation,
                    ordered[0].Role,
                    articles.Count,
                    articles.Select(lookup.Origin).Distinct(StringComparer.Ordinal).Count(),
                    ordered.Min(f => f.Date),
                    ordered.Max(f => f.Date),
                    [.. ordered.DistinctBy(f => f.ArticleId).Take(EvidencePerEdge).Select(f => lookup.Evidence(f.ArticleId, f.Start, f.End))],
                    [.. ordered.Select(f => f.Cluster).OfType<string>().Distinct(StringComparer.Ordinal).Take(EventsPerEdge)]);
            })
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal)
            .ToImmutableArray();

        var ids = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var nodes = ImmutableArray.CreateBuilder<GraphNode>();
        foreach (var id in ids)
        {
            var summary = GetActor(id);
            var named = lookup.Name(id);
            nodes.Add(new GraphNode(id, summary?.Kind ?? EntityKind.Misc, named.Name, named.NameEn, summary?.Articles ?? 0, summary?.FirstSeen, summary?.LastSeen));
        }

        return Task.FromResult(new ActorGraph(nodes.ToImmutable(), edges));
    }

    /// <summary>Entities are actors; source classes (unidentified-gunmen) are not nodes of the graph.</summary>
    static bool IsActor(string id) => id.StartsWith("kb:", StringComparison.Ordinal) || id.Contains('/', StringComparison.Ordinal);

    sealed record EdgeFact(string Source, string Target, EdgeKind Kind, string Relation, string? Role, string ArticleId, int Start, int End, DateOnly? Date, string? Cluster);
}
