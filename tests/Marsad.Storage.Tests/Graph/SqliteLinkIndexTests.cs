using Marsad.CrossDocument;
using Marsad.Persistence;
using Marsad.Persistence.Graph;

namespace Marsad.Storage.Tests.Graph;

public class SqliteLinkIndexTests
{
    [Fact]
    public async Task A_busy_key_read_back_gives_the_same_candidates_as_the_batch_that_wrote_it()
    {
        // One article can put many items under one key with the same sequence number; past the cap, the store
        // must cut the list exactly where the in-memory state does, or incremental linking drifts from a rebuild.
        await using var fx = new GraphFixture();
        await using var graph = fx.OpenGraph();
        var written = new LinkState(graph.Index);
        var seq = written.NextSeq();
        const long key = 7;
        foreach (var n in Enumerable.Range(0, LinkState.MaxPerKey + 8).Reverse())
        {
            written.AddKey(key, $"item-{n:00}", seq);
        }

        var expected = written.Candidates(key);
        await graph.SaveAsync(GraphBatch.From([], written));

        var read = new LinkState(graph.Index).Candidates(key);

        Assert.Equal(LinkState.MaxPerKey, read.Count);
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task Items_come_back_newest_first()
    {
        await using var fx = new GraphFixture();
        await using var graph = fx.OpenGraph();
        var state = new LinkState(graph.Index);
        state.AddKey(9, "old", state.NextSeq());
        state.AddKey(9, "new", state.NextSeq());
        await graph.SaveAsync(GraphBatch.From([], state));

        var rows = graph.Index.Keys([9L], 10)[9L];

        Assert.Equal(["new", "old"], rows.Select(r => r.Item));
    }
}
