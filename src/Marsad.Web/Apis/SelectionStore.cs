using Marsad.Inputs;
using Marsad.Persistence;
using Marsad.Storage.Workspace;

namespace Marsad.Web.Apis;

/// <summary>
/// The engine's exporters read an <see cref="IArticleStore"/>; this one holds only the articles of a selection of
/// events, each with only those events, so a filtered view downloads with the very exporters `marsad export` uses.
/// It is read-only: every other member refuses.
/// </summary>
internal sealed class SelectionStore(IWorkspace workspace, IReadOnlyList<EventView> events) : IArticleStore
{
    public IAsyncEnumerable<StoredArticle> ReadArticlesAsync(ArticleQuery query, CancellationToken ct = default) => workspace.ExportAsync(events, ct);

    public Task<InputStatus> GetStatusAsync(string fullPath, string sha256, CancellationToken ct = default) => throw ReadOnly();

    public Task<IReadOnlySet<string>> LoadKnownHashesAsync(CancellationToken ct = default) => throw ReadOnly();

    public Task RecordKnownAsync(string fullPath, string sha256, CancellationToken ct = default) => throw ReadOnly();

    public Task<SaveOutcome> SaveAsync(AnalyzedInput input, CancellationToken ct = default) => throw ReadOnly();

    public Task RecordFailureAsync(InputError error, CancellationToken ct = default) => throw ReadOnly();

    public IAsyncEnumerable<InputError> ReadFailuresAsync(CancellationToken ct = default) => AsyncEnumerable.Empty<InputError>();

    public Task<StoreStats> GetStatsAsync(CancellationToken ct = default) => throw ReadOnly();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    static NotSupportedException ReadOnly() => new("a download selection is read-only");
}
