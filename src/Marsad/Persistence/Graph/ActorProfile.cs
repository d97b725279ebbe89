using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Persistence.Graph;

/// <summary>
/// Everything the store knows of one actor: its spellings, its roles over time (from the articles' dates), its
/// affiliations, what it said, the events it took part in, who is named with it, the stories it is in, and how its
/// article-local mentions were resolved.
/// </summary>
public sealed record ActorProfile(ActorSummary Actor)
{
    public ImmutableArray<NameCount> Names { get; init; } = [];

    public ImmutableArray<RoleSpell> Roles { get; init; } = [];

    public ImmutableArray<Affiliation> Affiliations { get; init; } = [];

    public ImmutableArray<QuoteSummary> Quotes { get; init; } = [];

    public ImmutableArray<EventSummary> Events { get; init; } = [];

    public ImmutableArray<CoActor> CoActors { get; init; } = [];

    public ImmutableArray<StorySummary> Stories { get; init; } = [];

    /// <summary>Resolution of its article-local ids (unlisted actors): confidence and reasons, one per article.</summary>
    public ImmutableArray<ResolutionNote> Resolution { get; init; } = [];
}

/// <summary>A spelling and how many articles used it.</summary>
public sealed record NameCount(string Surface, int Articles);

/// <summary>A title held, of what, between the first and last article dates saying so.</summary>
public sealed record RoleSpell(string Title, NamedId? Of, DateOnly? From, DateOnly? To, int Articles, Evidence First);

/// <summary>A relation to another entity (member_of, leads, aligned_with …) between the first and last article dates saying so.</summary>
public sealed record Affiliation(RelationPredicate Predicate, NamedId Other, bool Outgoing, DateOnly? From, DateOnly? To, int Articles, Evidence First);

/// <summary>Another actor named in the same articles.</summary>
public sealed record CoActor(NamedId Actor, EntityKind Kind, int Articles);

/// <summary>How one article's local entity joined this global one.</summary>
public sealed record ResolutionNote(string ArticleId, string LocalId, double Confidence, string Reasons);
