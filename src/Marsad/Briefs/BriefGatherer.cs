using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Persistence;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>
/// Asks the graph store what a brief needs for a scope (events with their reports, statements, stories, the
/// knowledge graph, the leading actors' profiles) and the citation data of every article those results point to.
/// The only I/O of a brief; <see cref="BriefBuilder"/> does the rest.
/// </summary>
public sealed class BriefGatherer(IGraphStore graph)
{
    /// <summary>Events in the timeline: a brief is read in minutes; `marsad events` lists the rest.</summary>
    public const int MaxEvents = 40;

    /// <summary>Events of the range read to choose the timeline from: the most widely reported win, not the earliest.</summary>
    const int EventCandidates = 500;

    public const int MaxQuotes = 20;

    public const int MaxStories = 10;

    public const int MaxActors = 10;

    /// <summary>Items per list of each actor profile (roles, affiliations …).</summary>
    const int ProfileItems = 10;

    public async Task<BriefInput> GatherAsync(BriefScope scope, CancellationToken ct = default)
    {
        var query = new GraphQuery(scope.From, scope.To, Actor: scope.Actor?.Id, Story: scope.Story?.Id);
        var events = new List<EventDetail>();
        var candidates = await graph.ListEventsAsync(query with { Limit = EventCandidates }, ct);
        var chosen = candidates.OrderByDescending(e => e.IndependentOutlets).ThenByDescending(e => e.Reports)
            .ThenBy(e => e.Id, StringComparer.Ordinal).Take(MaxEvents);
        foreach (var e in chosen)
        {
            if (await graph.GetEventAsync(e.Id, ct) is { } detail)
            {
                events.Add(detail);
            }
        }

        var quotes = await graph.ListQuotesAsync(query with { Limit = MaxQuotes }, ct);
        IReadOnlyList<StorySummary> stories = scope.Story is { } story ? [story] : await graph.ListStoriesAsync(query with { Limit = MaxStories }, ct);
        var loaded = await graph.LoadGraphAsync(new GraphQuery(scope.From, scope.To, Actor: scope.Actor?.Id, Limit: int.MaxValue), ct);
        if (scope.Story is { } only)
        {
            loaded = Within(loaded, only.Articles.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal));
        }

        var actors = new List<ActorBrief>();
        foreach (var summary in await LeadingActorsAsync(scope, events, quotes, ct))
        {
            if (await graph.GetProfileAsync(summary.Id, ProfileItems, ct) is { } profile)
            {
                actors.Add(new ActorBrief(summary, profile));
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(events.SelectMany(e => e.Reports.Select(r => r.Article.Id)));
        ids.UnionWith(quotes.SelectMany(q => q.Versions.Select(v => v.ArticleId)));
        ids.UnionWith(stories.SelectMany(s => s.Articles.Select(a => a.Article.Id)));
        ids.UnionWith(loaded.Edges.SelectMany(e => e.Evidence.Select(x => x.ArticleId)));
        ids.UnionWith(actors.SelectMany(a => a.Profile.Roles.Select(r => r.First.ArticleId).Concat(a.Profile.Affiliations.Select(f => f.First.ArticleId))));
        var articles = await graph.GetArticlesAsync(ids, ct);
        return new BriefInput(scope, [.. actors], loaded, [.. events], [.. quotes], [.. stories], [.. articles]);
    }

    /// <summary>
    /// The whole store's scope ranks actors by the articles naming them in the range; an actor's or a story's scope
    /// ranks the participants of its events and the speakers of its statements (the scope's actor first).
    /// </summary>
    async Task<IReadOnlyList<ActorSummary>> LeadingActorsAsync(BriefScope scope, List<EventDetail> events, IReadOnlyList<QuoteSummary> quotes, CancellationToken ct)
    {
        if (scope.Actor is null && scope.Story is null)
        {
            return await graph.ListActorsAsync(new GraphQuery(scope.From, scope.To, Limit: MaxActors,
                Kinds: [EntityKind.Person, EntityKind.Organization, EntityKind.GeoPolitical]), ct);
        }

        var ranked = events.SelectMany(e => e.Event.Actors.Concat(e.Event.Recipients).Select(p => p.Id))
            .Concat(quotes.Select(q => q.Speaker?.Id).OfType<string>())
            .GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key == scope.Actor?.Id).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key);
        if (scope.Actor is { } actor)
        {
            ranked = ranked.Prepend(actor.Id).Distinct(StringComparer.Ordinal);
        }

        var list = new List<ActorSummary>();
        foreach (var id in ranked)
        {
            if (list.Count >= MaxActors)
            {
                break;
            }

            if (await graph.GetActorAsync(id, ct) is { Articles: > 0 } summary)
            {
                list.Add(summary);
            }
        }

        return list;
    }

    /// <summary>The part of a graph read from <paramref name="articles"/>: edges keep the evidence inside them.</summary>
    static ActorGraph Within(ActorGraph g, HashSet<string> articles)
    {
        var edges = g.Edges.Select(e => e with { Evidence = [.. e.Evidence.Where(x => articles.Contains(x.ArticleId))] })
            .Where(e => e.Evidence.Length > 0).ToImmutableArray();
        var used = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        return new ActorGraph([.. g.Nodes.Where(n => used.Contains(n.Id))], edges);
    }
}
