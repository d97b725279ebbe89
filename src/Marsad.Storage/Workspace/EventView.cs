namespace Marsad.Storage.Workspace;

/// <summary>
/// One event as the timeline, map and actor pages list it: what (PLOVER category, modes), who, when, where, how many,
/// how it is asserted (flags; <see cref="Background"/> for reported history), the sentence it was read from, and
/// the article that reported it (with its outlet, so "who reported it" is always one click away).
/// </summary>
public sealed record EventView(
    string Id,
    string ArticleId,
    string Category,
    string? Date,
    string? DateEnd,
    string Precision,
    IReadOnlyList<EntityRef> Actors,
    IReadOnlyList<EntityRef> Recipients,
    EntityRef? Place,
    int? Dead,
    int? Injured,
    IReadOnlyList<string> Flags,
    IReadOnlyList<string> Modes,
    string Sentence,
    string Trigger,
    ArticleRef Article)
{
    public bool Background => Flags.Contains("background");
}

/// <summary>An article as lists cite it.</summary>
public sealed record ArticleRef(string Id, string? Title, string? Outlet, string? Published);
