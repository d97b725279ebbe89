using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.GraphQueries;

/// <summary>
/// The shortest path between two actors in the knowledge graph, with its evidence (docs/graph.md, "Paths"): a
/// breadth-first search over relations and interactions read in either direction (an attack links attacker and target
/// whichever way one walks it), so the path has the fewest hops; among paths of equal length the one whose weakest hop
/// has the most articles behind it wins, since a hop one article states is the likeliest misreading. Each hop keeps the
/// edge with its evidence (article, date, span).
/// </summary>
public static class PathFinder
{
    /// <summary>Paths longer than this say little about how two actors relate (everyone is six hops from everyone).</summary>
    public const int MaxHops = 6;

    /// <summary>The hops from <paramref name="from"/> to <paramref name="to"/>; empty when they are not connected within <see cref="MaxHops"/>.</summary>
    public static ImmutableArray<PathHop> Find(ActorGraph graph, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (from == to)
        {
            return [];
        }

        var neighbours = new Dictionary<string, List<(string Next, GraphEdge Edge, bool Forward)>>(StringComparer.Ordinal);
        foreach (var e in graph.Edges)
        {
            if (e.Source == e.Target)
            {
                continue;
            }

            Add(e.Source, (e.Target, e, true));
            Add(e.Target, (e.Source, e, false));
        }

        // Per node: hops from the start and the best "weakest hop" strength over shortest paths, with the hop taken.
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var strength = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = int.MaxValue };
        var via = new Dictionary<string, PathHop>(StringComparer.Ordinal);
        var frontier = new List<string> { from };
        for (var hops = 1; hops <= MaxHops && frontier.Count > 0 && !depth.ContainsKey(to); hops++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var (other, edge, forward) in neighbours.GetValueOrDefault(node) ?? [])
                {
                    if (depth.TryGetValue(other, out var seen) && seen < hops)
                    {
                        continue;
                    }

                    var weakest = Math.Min(strength[node], edge.Articles);
                    if (!depth.ContainsKey(other))
                    {
                        depth[other] = hops;
                        next.Add(other);
                    }
                    else if (weakest <= strength[other])
                    {
                        continue;
                    }

                    strength[other] = weakest;
                    via[other] = new PathHop(node, other, edge, forward);
                }
            }

            frontier = next;
        }

        if (!via.ContainsKey(to))
        {
            return [];
        }

        var path = new List<PathHop>();
        for (var node = to; node != from; node = via[node].From)
        {
            path.Add(via[node]);
        }

        path.Reverse();
        return [.. path];

        void Add(string node, (string, GraphEdge, bool) item)
        {
            if (!neighbours.TryGetValue(node, out var list))
            {
                neighbours[node] = list = [];
            }

            list.Add(item);
        }
    }
}

/// <summary>One hop of a path: from one actor to the next over <see cref="Edge"/>, walked along its direction or against it.</summary>
public sealed record PathHop(string From, string To, GraphEdge Edge, bool Forward);
