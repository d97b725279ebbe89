using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// A global entity nobody listed in the knowledge base, as resolution knows it so far: its spellings and the
/// context it appeared in (titles, organisations, the actors named beside it), to tell namesakes apart.
/// <see cref="Id"/> is the article-local id of its first mention. Sets are capped so a much-quoted actor costs
/// no more than a rare one.
/// </summary>
public sealed record EntityProfile(string Id, EntityKind Kind, string Name, long Seq)
{
    /// <summary>Cap on each context set: beyond a few dozen, new values no longer change a decision.</summary>
    public const int MaxSet = 24;

    /// <summary>Normalised (folded, single-spaced) names the entity was written as.</summary>
    public ImmutableArray<string> Names { get; init; } = [];

    /// <summary>Titles (folded, article removed), e.g. محلل سياسي، لواء.</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>Global ids of the organisations it leads, belongs to or speaks for.</summary>
    public ImmutableArray<string> Orgs { get; init; } = [];

    /// <summary>Global ids of people and organisations named in the same articles.</summary>
    public ImmutableArray<string> CoActors { get; init; } = [];

    public int Articles { get; init; }

    public DateOnly? FirstSeen { get; init; }

    public DateOnly? LastSeen { get; init; }
}
