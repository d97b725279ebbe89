using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Persistence.Graph;

/// <summary>
/// The knowledge graph over a time range: actors as nodes; relations read from the articles (member_of, leads,
/// aligned_with …) and interactions from global events (who met, attacked, threatened, accused whom) as edges, each
/// with its weight (articles, outlets), first and last dates and its evidence.
/// </summary>
public sealed record ActorGraph(ImmutableArray<GraphNode> Nodes, ImmutableArray<GraphEdge> Edges);

/// <summary>An actor node.</summary>
public sealed record GraphNode(string Id, EntityKind Kind, string Name, string? NameEn, int Articles, DateOnly? FirstSeen, DateOnly? LastSeen);

/// <summary>
/// A directed edge. <see cref="Relation"/> is a relation predicate (snake_case) or an event category (PLOVER upper
/// case); <see cref="Role"/> the title for holds_role. Evidence is capped per edge; <see cref="Articles"/> counts all.
/// </summary>
public sealed record GraphEdge(
    string Source,
    string Target,
    EdgeKind Kind,
    string Relation,
    string? Role,
    int Articles,
    int Outlets,
    DateOnly? First,
    DateOnly? Last,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<string> Events);

/// <summary>Where an edge comes from.</summary>
public enum EdgeKind
{
    /// <summary>A relation an article states (apposition, role phrase).</summary>
    Relation,

    /// <summary>An event with the source as actor and the target as recipient.</summary>
    Interaction,
}
