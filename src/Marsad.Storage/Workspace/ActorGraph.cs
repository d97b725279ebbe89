namespace Marsad.Storage.Workspace;

/// <summary>
/// The network of actors: nodes are entities and source classes; edges are relations read from appositions
/// (member_of, aligned_with …) and interactions (an event's actor toward its recipient, by PLOVER category),
/// weighted by how many articles or events support them.
/// </summary>
public sealed record ActorGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>An actor in the graph and how many edges' worth of evidence it carries.</summary>
public sealed record GraphNode(EntityRef Actor, int Weight);

/// <summary>A directed, typed edge: <see cref="Type"/> is a relation predicate or a PLOVER category; <see cref="Kind"/> says which.</summary>
public sealed record GraphEdge(string Source, string Target, string Type, string Kind, int Weight, string? First, string? Last);
