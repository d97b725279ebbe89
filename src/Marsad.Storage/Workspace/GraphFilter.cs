namespace Marsad.Storage.Workspace;

/// <summary>Which edges the network graph shows: a date range, edge types (predicates or categories), and a size cap.</summary>
public sealed record GraphFilter
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Relation predicates (member_of …) and/or PLOVER categories (THREATEN …); empty means all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>"relations", "interactions" or null for both.</summary>
    public string? Kind { get; init; }

    /// <summary>Only edges touching this actor.</summary>
    public string? Actor { get; init; }

    public int MinWeight { get; init; } = 1;

    /// <summary>The heaviest edges kept: a graph of thousands of edges is unreadable.</summary>
    public int MaxEdges { get; init; } = 150;
}
