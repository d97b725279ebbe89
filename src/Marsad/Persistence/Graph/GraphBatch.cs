using Marsad.CrossDocument;

namespace Marsad.Persistence.Graph;

/// <summary>
/// What one batch of cross-document linking changed, written in one transaction: the articles it linked (with all
/// their links), the blocking keys it added, the profiles it created or changed, and the last sequence number.
/// </summary>
public sealed record GraphBatch(
    IReadOnlyList<ArticleLinks> Articles,
    IReadOnlyList<(long Key, KeyedItem Item)> Keys,
    IReadOnlyList<EntityProfile> Entities,
    IReadOnlyList<EventCluster> Clusters,
    IReadOnlyList<StoryProfile> Stories,
    IReadOnlyList<QuoteCluster> Quotes,
    IReadOnlyList<ArticleSketch> Sketches,
    long LastSeq)
{
    /// <summary>The batch a <see cref="LinkState"/> holds after linking <paramref name="articles"/>.</summary>
    public static GraphBatch From(IReadOnlyList<ArticleLinks> articles, LinkState state) => new(
        articles,
        [.. state.NewKeys],
        [.. state.ChangedEntities],
        [.. state.ChangedClusters],
        [.. state.ChangedStories],
        [.. state.ChangedQuotes],
        [.. state.ChangedSketches],
        state.Seq);
}
