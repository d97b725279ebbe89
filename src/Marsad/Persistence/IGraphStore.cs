using Marsad.CrossDocument;
using Marsad.Persistence.Graph;

namespace Marsad.Persistence;

/// <summary>
/// The cross-document store (docs/graph.md): the linkers' state (<see cref="Index"/>), the articles still to link,
/// the batches they produce, and the queries the CLI and the web workspace ask of the knowledge graph. The
/// embedded SQLite implementation lives in Marsad.Storage (<c>SqliteGraphStore</c>). Ids are global ids: knowledge-
/// base ids (kb:…), the first local id of an unlisted actor, the first report's id of an event, story:… for stories.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>The linkers' read-through view of keys and profiles as stored.</summary>
    ILinkIndex Index { get; }

    /// <summary>Current articles not linked yet.</summary>
    Task<int> CountPendingAsync(CancellationToken ct = default);

    /// <summary>Up to <paramref name="max"/> current articles not linked yet, in ingestion order.</summary>
    Task<IReadOnlyList<ArticleDigest>> ReadPendingAsync(int max, CancellationToken ct = default);

    /// <summary>Writes one batch in one transaction.</summary>
    Task SaveAsync(GraphBatch batch, CancellationToken ct = default);

    /// <summary>Forgets every link (the fact tables stay), so the next update relinks every article from scratch.</summary>
    Task ResetAsync(CancellationToken ct = default);

    Task<GraphSummary> GetSummaryAsync(CancellationToken ct = default);

    /// <summary>Actors by how many articles name them (in the query's date range), most first.</summary>
    Task<IReadOnlyList<ActorSummary>> ListActorsAsync(GraphQuery query, CancellationToken ct = default);

    /// <summary>Actors one of whose spellings (folded) or canonical names equals <paramref name="name"/>, or contains it when none does.</summary>
    Task<IReadOnlyList<ActorSummary>> FindActorsAsync(string name, CancellationToken ct = default);

    Task<ActorSummary?> GetActorAsync(string id, CancellationToken ct = default);

    /// <summary>The actor's full profile (<paramref name="limit"/> items per list).</summary>
    Task<ActorProfile?> GetProfileAsync(string id, int limit = 20, CancellationToken ct = default);

    /// <summary>Global events matching the query, by date.</summary>
    Task<IReadOnlyList<EventSummary>> ListEventsAsync(GraphQuery query, CancellationToken ct = default);

    /// <summary>A global event with every report and the sources' disagreements.</summary>
    Task<EventDetail?> GetEventAsync(string id, CancellationToken ct = default);

    /// <summary>Stories matching the query (date range, actor, story id), most recent first.</summary>
    Task<IReadOnlyList<StorySummary>> ListStoriesAsync(GraphQuery query, CancellationToken ct = default);

    /// <summary>Statements matching the query (date range, speaker = actor, story), with their corroboration.</summary>
    Task<IReadOnlyList<QuoteSummary>> ListQuotesAsync(GraphQuery query, CancellationToken ct = default);

    /// <summary>The knowledge graph over the query's range (relations and interactions), for camps, paths and export.</summary>
    Task<ActorGraph> LoadGraphAsync(GraphQuery query, CancellationToken ct = default);

    /// <summary>The cross-document links of one article, for the export (null when it is not linked).</summary>
    Task<ArticleGraphLinks?> GetArticleLinksAsync(string articleId, CancellationToken ct = default);

    /// <summary>Citation data of articles (missing ids are left out).</summary>
    Task<IReadOnlyList<SourceArticle>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
}
