using Marsad.Persistence;

namespace Marsad.Storage.Workspace;

/// <summary>
/// The read queries the web workspace needs, behind one small interface: the SQLite implementation
/// (<see cref="SqliteWorkspace"/>) aggregates the per-article tables by entity id; a cross-document resolver can
/// implement the story, actor and graph queries from its own model without the web changing.
/// </summary>
public interface IWorkspace
{
    Task<WorkspaceSummary> SummaryAsync(CancellationToken ct = default);

    /// <summary>An article for the reader; null when no current article has this id.</summary>
    Task<ArticleView?> ArticleAsync(string id, CancellationToken ct = default);

    /// <summary>An actor page; null when no article mentions the id and the knowledge base does not know it.</summary>
    Task<ActorView?> ActorAsync(string id, CancellationToken ct = default);

    /// <summary>The actors most articles mention, optionally of one kind or matching a name.</summary>
    Task<IReadOnlyList<CoActor>> ActorsAsync(string? kind, string? name, int limit, CancellationToken ct = default);

    Task<EventList> EventsAsync(EventFilter filter, CancellationToken ct = default);

    Task<ActorGraph> GraphAsync(GraphFilter filter, CancellationToken ct = default);

    /// <summary>The story of an article; null when the article does not exist.</summary>
    Task<StoryView?> StoryAsync(string articleId, CancellationToken ct = default);

    /// <summary>The stored articles behind a list of events, each with only those events: what the exporters write.</summary>
    IAsyncEnumerable<StoredArticle> ExportAsync(IReadOnlyList<EventView> events, CancellationToken ct = default);
}
