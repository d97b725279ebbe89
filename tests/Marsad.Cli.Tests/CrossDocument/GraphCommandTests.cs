using System.Text.Json;
using System.Xml.Linq;

namespace Marsad.Cli.Tests.CrossDocument;

public class GraphCommandTests(LinkedStore store) : IClassFixture<LinkedStore>
{
    static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task GraphML_parses_and_declares_every_attribute_it_uses()
    {
        var path = store.File("graph.graphml");
        var run = await CliRun.Of("graph", "--db", store.Db, "--format", "graphml", "--out", path);

        Assert.Equal(0, run.ExitCode);
        var doc = XDocument.Load(path);
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.Equal(keys.Count, doc.Root.Elements(G + "key").Select(k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!)).Distinct().Count());
        var graph = doc.Root.Element(G + "graph")!;
        var nodes = graph.Elements(G + "node").ToList();
        var edges = graph.Elements(G + "edge").ToList();
        Assert.NotEmpty(nodes);
        Assert.NotEmpty(edges);
        foreach (var (element, domain) in nodes.Select(n => (n, "node")).Concat(edges.Select(e => (e, "edge"))))
        {
            foreach (var data in element.Elements(G + "data"))
            {
                var key = (string)data.Attribute("key")!;
                Assert.True(keys.TryGetValue(key, out var declaredFor), $"<data key=\"{key}\"> has no <key>");
                Assert.Equal(domain, declaredFor);
            }
        }

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, ids);
            Assert.Contains((string)e.Attribute("target")!, ids);
        });
        Assert.Contains(nodes, n => n.Elements(G + "data").Any(d => (string)d.Attribute("key")! == "label" && d.Value == "محمد جواد ظريف (Mohammad Javad Zarif)"));
    }

    [Fact]
    public async Task Json_graph_carries_the_same_nodes_and_edges_with_evidence()
    {
        var xml = await CliRun.Of("graph", "--db", store.Db);
        var json = await CliRun.Of("graph", "--db", store.Db, "--format", "json");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var graphml = XDocument.Parse(xml.Out).Root!.Element(G + "graph")!;
        Assert.Equal(graphml.Elements(G + "node").Count(), doc.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(graphml.Elements(G + "edge").Count(), doc.RootElement.GetProperty("edges").GetArrayLength());
        Assert.All(doc.RootElement.GetProperty("edges").EnumerateArray(), e => Assert.True(e.GetProperty("evidence").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Date_range_narrows_the_graph()
    {
        var all = await CliRun.Of("graph", "--db", store.Db, "--format", "json");
        var july = await CliRun.Of("graph", "--db", store.Db, "--format", "json", "--from", "2021-07");

        using var a = JsonDocument.Parse(all.Out);
        using var j = JsonDocument.Parse(july.Out);
        Assert.True(j.RootElement.GetProperty("edges").GetArrayLength() < a.RootElement.GetProperty("edges").GetArrayLength());
    }
}
