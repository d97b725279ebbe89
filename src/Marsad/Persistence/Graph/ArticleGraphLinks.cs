using System.Collections.Immutable;

namespace Marsad.Persistence.Graph;

/// <summary>
/// One article's cross-document links as the export shows them: global ids of its entities, the clusters of its
/// events and quotes with the articles and outlets of each, its stories, and the article it copies.
/// </summary>
public sealed record ArticleGraphLinks(string ArticleId, string? DuplicateOf)
{
    /// <summary>Article-local entity id → global id.</summary>
    public ImmutableDictionary<string, string> Entities { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Event id → its cluster.</summary>
    public ImmutableDictionary<string, ClusterMembers> Events { get; init; } = ImmutableDictionary<string, ClusterMembers>.Empty;

    /// <summary>Quote position → its cluster.</summary>
    public ImmutableDictionary<int, ClusterMembers> Quotes { get; init; } = ImmutableDictionary<int, ClusterMembers>.Empty;

    public ImmutableArray<string> Stories { get; init; } = [];
}

/// <summary>A cluster's id with the articles and the distinct outlets of its members.</summary>
public sealed record ClusterMembers(string Id, ImmutableArray<string> Articles, ImmutableArray<string> Outlets);
