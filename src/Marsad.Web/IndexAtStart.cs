using Marsad.Storage;
using Marsad.Storage.Search;

namespace Marsad.Web;

/// <summary>
/// Brings the search index in step with the store before the server answers (incrementally: only articles not yet
/// indexed are read). A failure (another process updating the index, a damaged folder) is logged and shown by the
/// index state in every search response; the server still starts.
/// </summary>
public sealed class IndexAtStart(SearchIndex index, ILogger<IndexAtStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var update = await Task.Run(() => index.Update(cancellationToken), cancellationToken);
            log.LogInformation("Search index {Folder}: {Added} added, {Removed} removed, {Articles} articles", index.Folder, update.Added, update.Removed, update.StoreArticles);
        }
        catch (Exception ex) when (ex is StoreException or IOException or Lucene.Net.Store.LockObtainFailedException)
        {
            log.LogError(ex, "The search index could not be updated");
            index.CheckFreshness(force: true);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
