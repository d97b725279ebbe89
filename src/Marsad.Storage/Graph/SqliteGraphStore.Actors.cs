using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.CrossDocument;
using Marsad.Documents;
using Marsad.Persistence.Graph;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Graph;

public sealed partial class SqliteGraphStore
{
    const string ActorColumns = """
        SELECT e.id, e.kind, e.name, e.name_en, e.in_kb, COUNT(DISTINCT l.article_id), COUNT(DISTINCT COALESCE(o.outlet, g.outlet, l.article_id)),
               MIN(g.published), MAX(g.published)
        FROM graph_entities e
        JOIN graph_entity_links l ON l.global_id = e.id
        JOIN graph_articles g ON g.article_id = l.article_id
        LEFT JOIN graph_articles o ON o.article_id = g.duplicate_of
        """;

    public Task<IReadOnlyList<ActorSummary>> ListActorsAsync(GraphQuery query, CancellationToken ct = default)
    {
        var kinds = query.Kinds is { Count: > 0 } k ? string.Join(",", k.Select(x => $"'{FactNames.Of(x)}'")) : null;
        using var cmd = Command($"""
            {ActorColumns}
            WHERE ($from IS NULL OR g.published >= $from) AND ($to IS NULL OR g.published <= $to)
              {(kinds is null ? string.Empty : $"AND e.kind IN ({kinds})")}
            GROUP BY e.id
            ORDER BY COUNT(DISTINCT l.article_id) DESC, e.id
            LIMIT $limit
            """, ("$from", Iso(query.From)), ("$to", Iso(query.To)), ("$limit", query.Limit));
        return Task.FromResult<IReadOnlyList<ActorSummary>>(Actors(cmd));
    }

    public Task<IReadOnlyList<ActorSummary>> FindActorsAsync(string name, CancellationToken ct = default)
    {
        var folded = ArabicFolding.Fold(name.Trim());
        var ids = new List<string>();
        using (var cmd = Command("""
            SELECT DISTINCT global_id FROM graph_entity_names WHERE folded = $f
            UNION SELECT id FROM graph_entities WHERE lower(name_en) = lower($n)
            """, ("$f", folded), ("$n", name.Trim())))
        {
            ids.AddRange(Column(cmd));
        }

        if (ids.Count == 0 && folded.Length >= 3)
        {
            using var cmd = Command("""
                SELECT DISTINCT global_id FROM graph_entity_names WHERE instr(folded, $f) > 0
                UNION SELECT id FROM graph_entities WHERE instr(lower(name_en), lower($n)) > 0
                """, ("$f", folded), ("$n", name.Trim()));
            ids.AddRange(Column(cmd));
        }

        var actors = ids.Distinct(StringComparer.Ordinal).Select(id => GetActor(id)).OfType<ActorSummary>()
            .OrderByDescending(a => a.Articles).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult<IReadOnlyList<ActorSummary>>(actors);
    }

    public Task<ActorSummary?> GetActorAsync(string id, CancellationToken ct = default) => Task.FromResult(GetActor(id));

    public Task<ActorProfile?> GetProfileAsync(string id, int limit = 20, CancellationToken ct = default)
    {
        if (GetActor(id) is not { } actor)
        {
            return Task.FromResult<ActorProfile?>(null);
        }

        var lookup = new Lookups(this);
        var names = new List<NameCount>();
        using (var cmd = Command("SELECT surface, articles FROM graph_entity_names WHERE global_id = $id ORDER BY articles DESC, surface LIMIT $n", ("$id", id), ("$n", limit)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                names.Add(new NameCount(r.GetString(0), r.GetInt32(1)));
            }
        }

        var (roles, affiliations) = RelationsOf(id, lookup, limit);
        var coActors = new List<CoActor>();
        using (var cmd = Command("""
            SELECT o.global_id, e.kind, COUNT(DISTINCT o.article_id) AS n
            FROM graph_entity_links me JOIN graph_entity_links o ON o.article_id = me.article_id AND o.global_id <> me.global_id
            JOIN graph_entities e ON e.id = o.global_id
            WHERE me.global_id = $id AND e.kind IN ('PER', 'ORG')
            GROUP BY o.global_id ORDER BY n DESC, o.global_id LIMIT $n
            """, ("$id", id), ("$n", limit)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                coActors.Add(new CoActor(lookup.Name(r.GetString(0)), FactNames.Kind(r.GetString(1)), r.GetInt32(2)));
            }
        }

        var storyIds = new List<string>();
        using (var cmd = Command("""
            SELECT s.story_id FROM graph_story_links s JOIN graph_entity_links l ON l.article_id = s.article_id
            WHERE l.global_id = $id GROUP BY s.story_id ORDER BY COUNT(*) DESC, s.story_id LIMIT $n
            """, ("$id", id), ("$n", limit)))
        {
            storyIds.AddRange(Column(cmd));
        }

        var resolution = new List<ResolutionNote>();
        using (var cmd = Command("SELECT article_id, local_id, confidence, reasons FROM graph_entity_links WHERE global_id = $id AND reasons <> 'kb' ORDER BY confidence, article_id LIMIT $n", ("$id", id), ("$n", limit)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                resolution.Add(new ResolutionNote(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3)));
            }
        }

        var query = new GraphQuery(Actor: id, IncludeBackground: true, Limit: limit);
        return Task.FromResult<ActorProfile?>(new ActorProfile(actor)
        {
            Names = [.. names],
            Roles = roles,
            Affiliations = affiliations,
            Quotes = [.. Quotes(query, lookup)],
            Events = [.. Events(query, lookup)],
            CoActors = [.. coActors],
            Stories = [.. storyIds.Select(s => Story(s, lookup)).OfType<StorySummary>()],
            Resolution = [.. resolution],
        });
    }

    ActorSummary? GetActor(string id)
    {
        using var cmd = Command($"{ActorColumns} WHERE e.id = $id GROUP BY e.id", ("$id", id));
        if (Actors(cmd) is [var found])
        {
            return found;
        }

        // Named by the knowledge base but by no linked article (e.g. an organisation only ever an object).
        using var bare = Command("SELECT id, kind, name, name_en, in_kb, 0, 0, NULL, NULL FROM graph_entities WHERE id = $id", ("$id", id));
        return Actors(bare) is [var listed] ? listed : null;
    }

    (ImmutableArray<RoleSpell> Roles, ImmutableArray<Affiliation> Affiliations) RelationsOf(string id, Lookups lookup, int limit)
    {
        var rows = new List<(RelationPredicate Predicate, string Other, bool Outgoing, string? Role, Evidence Evidence)>();
        using (var cmd = Command("""
            SELECT r.predicate, COALESCE(ol.global_id, r.object_id), 1, r.role, r.article_id, r.span_start, r.span_end
            FROM graph_entity_links l JOIN relations r ON r.article_id = l.article_id AND r.subject_id = l.local_id
            LEFT JOIN graph_entity_links ol ON ol.article_id = r.article_id AND ol.local_id = r.object_id
            WHERE l.global_id = $id
            UNION ALL
            SELECT r.predicate, sl.global_id, 0, r.role, r.article_id, r.span_start, r.span_end
            FROM graph_entity_links l JOIN relations r ON r.article_id = l.article_id AND r.object_id = l.local_id
            JOIN graph_entity_links sl ON sl.article_id = r.article_id AND sl.local_id = r.subject_id
            WHERE l.global_id = $id
            """, ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((FactNames.Predicate(r.GetString(0)), Str(r, 1) ?? string.Empty, r.GetInt32(2) == 1, Str(r, 3),
                    lookup.Evidence(r.GetString(4), r.GetInt32(5), r.GetInt32(6))));
            }
        }

        var roles = rows.Where(x => x.Predicate == RelationPredicate.HoldsRole && x.Outgoing && x.Role is not null)
            .GroupBy(x => (Title: EntityContext.RoleKey(x.Role!), x.Other))
            .Select(g => new RoleSpell(
                g.OrderBy(x => x.Evidence.Date ?? DateOnly.MaxValue).First().Role!,
                g.Key.Other.Length == 0 ? null : lookup.Name(g.Key.Other),
                g.Min(x => x.Evidence.Date),
                g.Max(x => x.Evidence.Date),
                g.Select(x => x.Evidence.ArticleId).Distinct(StringComparer.Ordinal).Count(),
                g.OrderBy(x => x.Evidence.Date ?? DateOnly.MaxValue).First().Evidence))
            .OrderByDescending(r => r.Articles).ThenBy(r => r.From ?? DateOnly.MaxValue).Take(limit).ToImmutableArray();
        var affiliations = rows.Where(x => x.Predicate != RelationPredicate.HoldsRole && x.Other.Length > 0)
            .GroupBy(x => (x.Predicate, x.Other, x.Outgoing))
            .Select(g => new Affiliation(
                g.Key.Predicate,
                lookup.Name(g.Key.Other),
                g.Key.Outgoing,
                g.Min(x => x.Evidence.Date),
                g.Max(x => x.Evidence.Date),
                g.Select(x => x.Evidence.ArticleId).Distinct(StringComparer.Ordinal).Count(),
                g.OrderBy(x => x.Evidence.Date ?? DateOnly.MaxValue).First().Evidence))
            .OrderByDescending(a => a.Articles).ThenBy(a => a.Other.Id, StringComparer.Ordinal).Take(limit).ToImmutableArray();
        return (roles, affiliations);
    }

    static List<ActorSummary> Actors(SqliteCommand cmd)
    {
        var list = new List<ActorSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new ActorSummary(r.GetString(0), FactNames.Kind(r.GetString(1)), r.GetString(2), Str(r, 3), r.GetInt32(4) != 0,
                r.GetInt32(5), r.GetInt32(6), Date(r, 7), Date(r, 8)));
        }

        return list;
    }

    static List<string> Column(SqliteCommand cmd)
    {
        var list = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }
}
