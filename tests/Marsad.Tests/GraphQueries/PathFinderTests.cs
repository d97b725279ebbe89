using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.GraphQueries;
using Marsad.Persistence.Graph;

namespace Marsad.Tests.GraphQueries;

public class PathFinderTests
{
    static GraphEdge Edge(string source, string target, string relation, int articles) =>
        new(source, target, EdgeKind.Interaction, relation, null, articles, 1, null, null,
            [new Evidence($"art-{source}-{target}", null, 0, 10)], []);

    static ActorGraph Graph(params GraphEdge[] edges) =>
        new([.. edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Select(id => new GraphNode(id, EntityKind.Person, id, null, 1, null, null))], [.. edges]);

    [Fact]
    public void Finds_the_fewest_hops_walking_edges_either_way()
    {
        // a attacked b, c met b: a–b–c is two hops although the second edge points at b.
        var graph = Graph(Edge("a", "b", "ASSAULT", 1), Edge("c", "b", "CONSULT", 1), Edge("a", "d", "CONSULT", 1), Edge("d", "e", "CONSULT", 1), Edge("e", "c", "CONSULT", 1));

        var path = PathFinder.Find(graph, "a", "c");

        Assert.Equal(["a", "b"], path.Select(h => h.From));
        Assert.Equal(["b", "c"], path.Select(h => h.To));
        Assert.True(path[0].Forward);
        Assert.False(path[1].Forward);
        Assert.Equal("art-c-b", Assert.Single(path[1].Edge.Evidence).ArticleId);
    }

    [Fact]
    public void Among_equally_short_paths_the_best_attested_wins()
    {
        // Two two-hop paths: through x (weakest hop 1 article) and through y (weakest hop 4 articles).
        var graph = Graph(Edge("a", "x", "CONSULT", 9), Edge("x", "b", "CONSULT", 1), Edge("a", "y", "CONSULT", 4), Edge("y", "b", "CONSULT", 5));

        var path = PathFinder.Find(graph, "a", "b");

        Assert.Equal("y", path[0].To);
    }

    [Fact]
    public void Unconnected_or_too_distant_actors_have_no_path()
    {
        var chain = Enumerable.Range(0, PathFinder.MaxHops + 1).Select(i => Edge($"n{i}", $"n{i + 1}", "CONSULT", 1)).ToArray();
        var graph = Graph([.. chain, Edge("p", "q", "CONSULT", 1)]);

        Assert.Empty(PathFinder.Find(graph, "n0", "q"));
        Assert.Empty(PathFinder.Find(graph, "n0", $"n{PathFinder.MaxHops + 1}"));
        Assert.Equal(PathFinder.MaxHops, PathFinder.Find(graph, "n0", $"n{PathFinder.MaxHops}").Length);
    }
}
