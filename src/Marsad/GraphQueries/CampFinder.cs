using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.GraphQueries;

/// <summary>
/// Groups actors into camps over a signed graph. Every edge between two actors gets a sign: alignment relations
/// (member_of, part_of, aligned_with, leads, spokesperson_of, a role held in an organisation) and cooperative events
/// (PLOVER AGREE, SUPPORT, COOPERATE, AID, CONCEDE) are positive; opposes and hostile events (ACCUSE, REJECT, THREATEN,
/// PROTEST, SANCTION, COERCE, ASSAULT) negative; meetings, requests and statements neutral (adversaries hold talks
/// too). A pair of actors is tied when its positive articles outnumber its negative ones. Ties are merged strongest
/// first (union–find), but two groups join only while the balance of all edges between them stays positive, so a
/// shared ally does not pull two enemies into one camp. Rivalries are the negative edges between two camps.
/// Explainable by design: each camp carries the ties that made it, each rivalry the edges that show it.
/// </summary>
public static class CampFinder
{
    /// <summary>Actors that take sides; places without government (LOC) and MISC do not.</summary>
    static bool Takes(EntityKind kind) => kind is EntityKind.Person or EntityKind.Organization or EntityKind.GeoPolitical;

    public static CampMap Find(ActorGraph graph)
    {
        var nodes = graph.Nodes.Where(n => Takes(n.Kind)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = graph.Edges.Where(e => e.Source != e.Target && nodes.ContainsKey(e.Source) && nodes.ContainsKey(e.Target)).ToList();
        var balance = new Dictionary<(string, string), int>();
        foreach (var e in edges)
        {
            var pair = Pair(e);
            balance[pair] = balance.GetValueOrDefault(pair) + Sign(e) * Math.Max(1, e.Articles);
        }

        var neighbours = nodes.Keys.ToDictionary(id => id, _ => new List<(string Other, int Balance)>(), StringComparer.Ordinal);
        foreach (var ((a, b), weight) in balance)
        {
            neighbours[a].Add((b, weight));
            neighbours[b].Add((a, weight));
        }

        var parent = nodes.Keys.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        var members = nodes.Keys.ToDictionary(id => id, id => new List<string> { id }, StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }

            return id;
        }

        // Strongest ties first (ties broken by id, so the partition does not depend on edge order). Two groups merge
        // only when everything between them still balances positive: a shared ally does not pull two enemies into
        // one camp (a greedy take on correlation clustering).
        foreach (var ((a, b), _) in balance.Where(p => p.Value > 0).OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra == rb)
            {
                continue;
            }

            var (small, large) = members[ra].Count <= members[rb].Count ? (ra, rb) : (rb, ra);
            var between = 0;
            foreach (var u in members[small])
            {
                foreach (var (v, weight) in neighbours[u])
                {
                    if (Root(v) == large)
                    {
                        between += weight;
                    }
                }
            }

            if (between <= 0)
            {
                continue;
            }

            // The smaller id becomes the root, so the result does not depend on which side was larger.
            var (keep, drop) = string.CompareOrdinal(ra, rb) < 0 ? (ra, rb) : (rb, ra);
            parent[drop] = keep;
            members[keep].AddRange(members[drop]);
            members.Remove(drop);
        }

        var camps = nodes.Keys.GroupBy(Root, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(id => nodes[id].Articles).ThenBy(id => id, StringComparer.Ordinal).ToImmutableArray();
                var set = ordered.ToHashSet(StringComparer.Ordinal);
                var ties = edges.Where(e => Sign(e) > 0 && balance[Pair(e)] > 0 && set.Contains(e.Source) && set.Contains(e.Target))
                    .OrderByDescending(e => e.Articles).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToImmutableArray();
                return new Camp(ordered, ties);
            })
            .OrderByDescending(c => c.Members.Length).ThenByDescending(c => c.Ties.Sum(t => t.Articles)).ThenBy(c => c.Members[0], StringComparer.Ordinal)
            .ToImmutableArray();

        var campOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < camps.Length; i++)
        {
            foreach (var m in camps[i].Members)
            {
                campOf[m] = i;
            }
        }

        var rivalries = edges.Where(e => Sign(e) < 0 && balance[Pair(e)] < 0 && campOf.TryGetValue(e.Source, out var cs) && campOf.TryGetValue(e.Target, out var ct) && cs != ct)
            .GroupBy(e => (Math.Min(campOf[e.Source], campOf[e.Target]), Math.Max(campOf[e.Source], campOf[e.Target])))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => new Rivalry(g.Key.Item1, g.Key.Item2, [.. g.OrderByDescending(e => e.Articles).ThenBy(e => e.Source, StringComparer.Ordinal)]))
            .ToImmutableArray();
        var nodeList = nodes.Values.ToImmutableDictionary(n => n.Id, n => n, StringComparer.Ordinal);
        return new CampMap(camps, rivalries, nodeList);
    }

    /// <summary>+1 for alignment and cooperation, −1 for opposition and hostility, 0 for the rest.</summary>
    public static int Sign(GraphEdge e) => e.Kind == EdgeKind.Relation
        ? e.Relation switch
        {
            "member_of" or "part_of" or "aligned_with" or "leads" or "spokesperson_of" or "holds_role" => 1,
            "opposes" => -1,
            _ => 0,
        }
        : Enum.TryParse<EventCategory>(e.Relation, ignoreCase: true, out var category) ? category switch
        {
            EventCategory.Agree or EventCategory.Support or EventCategory.Cooperate or EventCategory.Aid or EventCategory.Concede => 1,
            EventCategory.Accuse or EventCategory.Reject or EventCategory.Threaten or EventCategory.Protest
                or EventCategory.Sanction or EventCategory.Coerce or EventCategory.Assault => -1,
            _ => 0,
        }
        : 0;

    static (string, string) Pair(GraphEdge e) => string.CompareOrdinal(e.Source, e.Target) < 0 ? (e.Source, e.Target) : (e.Target, e.Source);
}

/// <summary>The camps (largest first), the rivalries between them (indexes into <see cref="Camps"/>), and the actor nodes by id.</summary>
public sealed record CampMap(ImmutableArray<Camp> Camps, ImmutableArray<Rivalry> Rivalries, ImmutableDictionary<string, GraphNode> Nodes);

/// <summary>A camp: its members (most reported first) and the positive edges tying them.</summary>
public sealed record Camp(ImmutableArray<string> Members, ImmutableArray<GraphEdge> Ties);

/// <summary>Hostile edges between two camps.</summary>
public sealed record Rivalry(int First, int Second, ImmutableArray<GraphEdge> Edges);
