namespace Marsad.Storage.Workspace;

/// <summary>
/// Which events a list view shows. Values within one list are alternatives; the lists combine with AND. Dates
/// compare with the event's date (its interval overlaps [From, To]); events without a date pass only when no
/// date is asked. <see cref="WithAffiliates"/> also takes the groups the knowledge base and the articles say are
/// part of, members of or aligned with the chosen actors (transitively): "Iran-aligned factions" from Quds Force.
/// </summary>
public sealed record EventFilter
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Entity ids or source classes, as actor or recipient.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    public bool WithAffiliates { get; init; }

    public IReadOnlyList<string> Places { get; init; } = [];

    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Only events of these articles (a search result, a story).</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    public bool IncludeBackground { get; init; } = true;

    /// <summary>Only events with coordinates (the map).</summary>
    public bool MappedOnly { get; init; }

    public int Limit { get; init; } = 500;
}
