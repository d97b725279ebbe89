using Marsad.Inputs;

namespace Marsad.Persistence;

/// <summary>
/// The store the engine writes to and reads from. The embedded SQLite store (Marsad.Storage) is the default;
/// a server-backed store implements the same contract. Every <see cref="SaveAsync"/> is one transaction: either
/// the input and all it produced are stored, or nothing is.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>Whether these bytes are new, already stored, or a new version of a known path.</summary>
    Task<InputStatus> GetStatusAsync(string fullPath, string sha256, CancellationToken ct = default);

    /// <summary>The content hashes already stored, so a re-run skips known bytes before analysing them.</summary>
    Task<IReadOnlySet<string>> LoadKnownHashesAsync(CancellationToken ct = default);

    /// <summary>
    /// Notes that <paramref name="fullPath"/> now holds bytes that are already stored (a re-run, a revert or a copy):
    /// adds a version row only when the path's current version differs. Stores no content.
    /// </summary>
    Task RecordKnownAsync(string fullPath, string sha256, CancellationToken ct = default);

    /// <summary>Stores one input and everything derived from it in one transaction.</summary>
    Task<SaveOutcome> SaveAsync(AnalyzedInput input, CancellationToken ct = default);

    /// <summary>Records an input that could not be used, so <c>stats</c> and <c>report</c> can show it.</summary>
    Task RecordFailureAsync(InputError error, CancellationToken ct = default);

    /// <summary>Streams stored articles with their layers, in ingestion order.</summary>
    IAsyncEnumerable<StoredArticle> ReadArticlesAsync(ArticleQuery query, CancellationToken ct = default);

    /// <summary>Failures recorded so far, newest last.</summary>
    IAsyncEnumerable<InputError> ReadFailuresAsync(CancellationToken ct = default);

    Task<StoreStats> GetStatsAsync(CancellationToken ct = default);
}
