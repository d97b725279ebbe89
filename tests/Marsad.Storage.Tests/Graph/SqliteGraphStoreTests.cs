using Marsad.CrossDocument;
using Marsad.Persistence.Graph;

namespace Marsad.Storage.Tests.Graph;

public class SqliteGraphStoreTests
{
    [Fact]
    public async Task Two_batches_linked_incrementally_equal_one_rebuild_in_the_same_order()
    {
        await using var fx = new GraphFixture();
        string incremental;
        await using (var graph = fx.OpenGraph())
        {
            await fx.SaveAllAsync(Article.Week.Take(3));
            var first = await GraphFixture.Updater(graph).UpdateAsync();
            await fx.SaveAllAsync(Article.Week.Skip(3));
            var second = await GraphFixture.Updater(graph).UpdateAsync();
            Assert.Equal((3, 3), (first.Articles, second.Articles));
            incremental = graph.Fingerprint();
        }

        // A fresh process (new connection, cold caches) rebuilding everything, one article per transaction.
        await using var reopened = fx.OpenGraph();
        var rebuilt = await GraphFixture.Updater(reopened, chunk: 1).RebuildAsync();

        Assert.Equal(Article.Week.Count, rebuilt.Articles);
        Assert.Equal(incremental, reopened.Fingerprint());
        Assert.Equal(0, await reopened.CountPendingAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Any_split_into_two_batches_equals_a_rebuild(int split)
    {
        await using var fx = new GraphFixture();
        await using var graph = fx.OpenGraph();
        await fx.SaveAllAsync(Article.Week.Take(split));
        await GraphFixture.Updater(graph).UpdateAsync();
        await fx.SaveAllAsync(Article.Week.Skip(split));
        await GraphFixture.Updater(graph).UpdateAsync();
        var incremental = graph.Fingerprint();

        await GraphFixture.Updater(graph).RebuildAsync();

        Assert.Equal(incremental, graph.Fingerprint());
    }

    [Fact]
    public async Task A_batch_that_fails_leaves_the_graph_as_it_was_and_linking_goes_on()
    {
        await using var fx = new GraphFixture();
        await fx.SaveAllAsync(Article.Week.Take(2));
        await using var graph = fx.OpenGraph();
        await GraphFixture.Updater(graph).UpdateAsync();
        await fx.SaveAllAsync(Article.Week.Skip(2));
        var before = (graph.Fingerprint(), await graph.GetSummaryAsync());

        // Link the next articles, then write a batch that repeats the first one: the insert fails half-way through.
        var state = new LinkState(graph.Index);
        var linked = (await graph.ReadPendingAsync(10)).Select(d => GraphFixture.Linker.Link(d, state)).ToList();
        var batch = GraphBatch.From([.. linked, linked[0]], state);

        await Assert.ThrowsAnyAsync<Exception>(() => graph.SaveAsync(batch));

        Assert.Equal(before, (graph.Fingerprint(), await graph.GetSummaryAsync()));
        Assert.Equal(Article.Week.Count - 2, await graph.CountPendingAsync());

        // The next update picks the same articles up, and the result equals a rebuild.
        await GraphFixture.Updater(graph).UpdateAsync();
        var after = graph.Fingerprint();
        await GraphFixture.Updater(graph).RebuildAsync();
        Assert.Equal(graph.Fingerprint(), after);
    }

    [Fact]
    public async Task A_wire_copy_is_flagged_and_counts_once_in_corroboration()
    {
        await using var fx = new GraphFixture();
        var ids = new Dictionary<string, string>();
        foreach (var a in Article.Week)
        {
            ids[a.Name] = (await fx.SaveAsync(a)).Id;
        }

        await using var graph = fx.OpenGraph();
        await GraphFixture.Updater(graph).UpdateAsync();

        var wire = await graph.GetArticleLinksAsync(ids["ain-wire"]);
        Assert.Equal(ids["ain-a"], wire!.DuplicateOf);
        var events = await graph.ListEventsAsync(GraphQuery.All with { IncludeBackground = true });
        var reported = Assert.Single(events, e => e.Articles.Contains(ids["ain-a"]) && e.Articles.Contains(ids["ain-wire"]) && e.Category == Documents.EventCategory.Assault);
        // Two outlets printed it, but the wire copy is not an independent source.
        Assert.True(reported.IndependentOutlets < reported.Outlets.Length);
    }

    [Fact]
    public async Task An_actor_is_found_by_its_English_name_and_by_a_folded_Arabic_spelling()
    {
        await using var fx = new GraphFixture();
        await fx.SaveAllAsync(Article.Week);
        await using var graph = fx.OpenGraph();
        await GraphFixture.Updater(graph).UpdateAsync();

        Assert.Contains(await graph.FindActorsAsync("Kadhimi"), a => a.Id == "kb:kadhimi");
        Assert.Contains(await graph.FindActorsAsync("مصطفى الكاظمى"), a => a.Id == "kb:kadhimi");
        var profile = await graph.GetProfileAsync("kb:kadhimi");
        Assert.True(profile!.Actor.Articles >= 2);
        Assert.NotEmpty(profile.Quotes);
    }
}
