using System.Diagnostics;
using Marsad.Persistence;
using Marsad.Persistence.Graph;

namespace Marsad.CrossDocument;

/// <summary>
/// Brings the cross-document picture up to date after a batch was analysed: reads the articles not linked yet in
/// ingestion order, links them one by one against the stored state (<see cref="LinkState"/> over the store's
/// index), and saves each chunk in one transaction. Only the new articles are compared, through the stored
/// blocking keys; nothing is recomputed. <see cref="RebuildAsync"/> forgets every link first and relinks all
/// articles in the same order, which gives the same result as the incremental path.
/// </summary>
public sealed class CrossDocumentUpdater(IGraphStore store, CrossDocumentLinker linker)
{
    /// <summary>
    /// Articles per transaction: large enough to amortise the commit, small enough to bound memory. Each article adds
    /// rows at random places of every graph table (ids are hashes), so once the store outgrows the batch, a commit
    /// writes about one page per row; more rows per commit share pages. On a 75,000-article store, 2,000 instead of 500
    /// cut the time spent writing by about a third for some 120 MB more peak memory.
    /// </summary>
    public const int DefaultChunk = 2000;

    public int Chunk { get; init; } = DefaultChunk;

    /// <summary>
    /// Keys kept cached between chunks of one run (with the profiles read alongside): about 100 MB. Past it the
    /// cache starts afresh; the store holds everything, so results do not depend on what is cached.
    /// </summary>
    public const int MaxCachedKeys = 1_000_000;

    /// <summary>Links every article not linked yet; <paramref name="progress"/> gets the running article count.</summary>
    public async Task<UpdateSummary> UpdateAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var summary = UpdateSummary.Empty;
        var batches = 0;
        var state = new LinkState(store.Index);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var read = Stopwatch.GetTimestamp();
            var digests = await store.ReadPendingAsync(Chunk, ct);
            summary = summary with { Reading = summary.Reading + Stopwatch.GetElapsedTime(read) };
            if (digests.Count == 0)
            {
                break;
            }

            if (state.CachedKeys > MaxCachedKeys)
            {
                state = new LinkState(store.Index);
            }

            var linked = new List<ArticleLinks>(digests.Count);
            foreach (var digest in digests)
            {
                var links = linker.Link(digest, state);
                linked.Add(links);
                summary = summary.Add(links);
            }

            var save = Stopwatch.GetTimestamp();
            await store.SaveAsync(GraphBatch.From(linked, state), ct);
            state.Commit();
            summary = summary with { Saving = summary.Saving + Stopwatch.GetElapsedTime(save) };
            batches++;
            progress?.Report(summary.Articles);
        }

        return summary with { Batches = batches, Elapsed = clock.Elapsed };
    }

    /// <summary>Forgets every link and relinks all current articles from scratch, in ingestion order.</summary>
    public async Task<UpdateSummary> RebuildAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await store.ResetAsync(ct);
        var summary = await UpdateAsync(progress, ct);
        return summary with { Elapsed = clock.Elapsed };
    }
}
