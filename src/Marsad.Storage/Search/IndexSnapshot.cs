using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Storage.Search;

/// <summary>
/// One point-in-time view of the index: a reader, its searcher and its facet table. Reference-counted through the
/// reader, so a search holding it keeps it open while a newer snapshot replaces it (Lucene's SearcherManager rule).
/// </summary>
internal sealed class IndexSnapshot(DirectoryReader reader)
{
    public DirectoryReader Reader { get; } = reader;

    public IndexSearcher Searcher { get; } = new(reader);

    public FacetTable Facets { get; } = FacetTable.Build(reader);

    /// <summary>The store fingerprint the index was last synchronised with (commit user data).</summary>
    public string? Fingerprint => Reader.IndexCommit.UserData.TryGetValue(SearchIndex.FingerprintKey, out var f) ? f : null;

    public string? Analysis => Reader.IndexCommit.UserData.TryGetValue(SearchIndex.AnalysisKey, out var a) ? a : null;

    public bool TryAcquire() => Reader.TryIncRef();

    public void Release() => Reader.DecRef();
}
