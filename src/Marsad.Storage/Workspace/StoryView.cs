namespace Marsad.Storage.Workspace;

/// <summary>
/// A story: the articles that told it (found from the seed article by shared events and entities, close in time),
/// the outlets that told it, the facts they agree on and where they differ (an event's date, place or toll as each
/// outlet gave it; the actors only some outlets name).
/// </summary>
public sealed record StoryView(
    ArticleRef Seed,
    IReadOnlyList<StoryArticle> Articles,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<StoryFact> Facts,
    IReadOnlyList<StoryCoverage> Coverage);

/// <summary>An article of the story and the entities it shares with the seed.</summary>
public sealed record StoryArticle(ArticleRef Article, IReadOnlyList<EntityRef> Shared, int SharedEvents);

/// <summary>
/// One event as several outlets reported it: <see cref="Values"/> holds each outlet's date, place and toll;
/// <see cref="Agreed"/> is true when every outlet that reported it gave the same values.
/// </summary>
public sealed record StoryFact(string Category, IReadOnlyList<EntityRef> Actors, IReadOnlyList<EntityRef> Recipients, IReadOnlyList<OutletReport> Values, bool Agreed, IReadOnlyList<string> Differences);

/// <summary>How one outlet reported an event.</summary>
public sealed record OutletReport(string Outlet, string EventId, string ArticleId, string? Date, string? Place, int? Dead, int? Injured, string Sentence);

/// <summary>An actor of the story and which of its outlets name it.</summary>
public sealed record StoryCoverage(EntityRef Actor, IReadOnlyList<string> Outlets);
