using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class GraphApiTests
{
    [Fact]
    public async Task Interactions_link_actor_to_recipient_weighted_by_events()
    {
        await using var api = new ApiClient();

        var graph = await api.GetJsonAsync("/api/graph");

        var edge = Assert.Single(graph.Items("edges"), e => e.Str("source") == "kb:kataib-hezbollah" && e.Str("target") == "kb:iraqi-government");
        Assert.Equal("ACCUSE", edge.Str("type"));
        Assert.Equal("interactions", edge.Str("kind"));
        Assert.Equal(2, edge.GetProperty("weight").GetInt32());
        Assert.Contains(graph.Items("nodes"), n => n.GetProperty("actor").Str("id") == "kb:iraqi-government");
    }

    [Theory]
    [InlineData("type=THREATEN")]              // by type: no threat has a recipient in these pages
    [InlineData("to=2020-12-31")]              // by time: every interaction is from April 2021
    [InlineData("kind=relations")]             // by kind: no apposition relations are read from these pages
    [InlineData("actor=kb:asaib-ahl-al-haq")]  // by actor: Asaib Ahl al-Haq threatens no one in particular
    public async Task Filters_remove_the_edges_they_exclude(string filter)
    {
        await using var api = new ApiClient();

        var graph = await api.GetJsonAsync("/api/graph?" + filter);

        Assert.Empty(graph.Items("edges"));
    }
}
