using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>
/// The query results a brief is built from (gathered by <see cref="BriefGatherer"/>, or by hand in tests): the
/// leading actors with their profiles, the knowledge graph for the camps, the events with every report, the
/// statements, the stories, and the citation data of every article they point to.
/// </summary>
public sealed record BriefInput(
    BriefScope Scope,
    ImmutableArray<ActorBrief> Actors,
    ActorGraph Graph,
    ImmutableArray<EventDetail> Events,
    ImmutableArray<QuoteSummary> Quotes,
    ImmutableArray<StorySummary> Stories,
    ImmutableArray<SourceArticle> Articles);

/// <summary>A leading actor: how widely it is named in the scope, and its profile.</summary>
public sealed record ActorBrief(ActorSummary Actor, ActorProfile Profile);
