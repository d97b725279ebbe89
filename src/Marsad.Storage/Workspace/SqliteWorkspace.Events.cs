using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Storage.Workspace;

public sealed partial class SqliteWorkspace
{
    /// <summary>The affiliations that make one actor part of another's camp, for <see cref="EventFilter.WithAffiliates"/>.</summary>
    static readonly HashSet<string> CampPredicates = ["part_of", "member_of", "aligned_with"];

    public async Task<EventList> EventsAsync(EventFilter filter, CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        var actors = filter.Actors.ToHashSet(StringComparer.Ordinal);
        if (filter.WithAffiliates)
        {
            actors = Affiliates(actors, catalog);
        }

        var categories = filter.Categories.ToHashSet(StringComparer.Ordinal);
        var places = filter.Places.ToHashSet(StringComparer.Ordinal);
        var outlets = filter.Outlets.ToHashSet(StringComparer.Ordinal);
        var articles = filter.Articles.ToHashSet(StringComparer.Ordinal);
        var matched = new List<(EventRow Row, EventView? View)>();
        foreach (var e in catalog.Events)
        {
            if ((categories.Count > 0 && !categories.Contains(e.Category))
                || (actors.Count > 0 && !e.Actors.Any(actors.Contains) && !e.Recipients.Any(actors.Contains))
                || (places.Count > 0 && (e.PlaceId is null || !places.Contains(e.PlaceId)))
                || (articles.Count > 0 && !articles.Contains(e.ArticleId))
                || (outlets.Count > 0 && !outlets.Contains(catalog.Articles[e.ArticleId].Outlet ?? string.Empty))
                || (!filter.IncludeBackground && e.Flags.Contains("background"))
                || !InRange(e.Date, e.DateEnd, filter.From, filter.To))
            {
                continue;
            }

            var view = filter.MappedOnly ? View(e, catalog) : null;
            if (view is { Place: not { Lat: not null, Lon: not null } })
            {
                continue;
            }

            matched.Add((e, view));
        }

        var views = Newest(matched, filter.Limit).Select(m => m.View ?? View(m.Row, catalog)).ToList();
        var expanded = filter.WithAffiliates ? actors.Except(filter.Actors, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => _labels.Ref(id, catalog)).ToList() : [];
        return new EventList(matched.Count, views, expanded);
    }

    public async Task<ActorGraph> GraphAsync(GraphFilter filter, CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        var types = filter.Types.ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, string), (string Kind, int Weight, DateOnly? First, DateOnly? Last)>();
        void Add(string source, string target, string type, string kind, DateOnly? date)
        {
            if (source == target || (types.Count > 0 && !types.Contains(type)) || (filter.Kind is { } k && k != kind)
                || (filter.Actor is { } actor && source != actor && target != actor) || !InRange(date, date, filter.From, filter.To))
            {
                return;
            }

            var key = (source, target, type);
            var (_, weight, first, last) = edges.GetValueOrDefault(key, (kind, 0, date, date));
            edges[key] = (kind, weight + 1, Min(first, date), Max(last, date));
        }

        foreach (var r in catalog.Relations.Where(r => r.Object is not null))
        {
            Add(r.Subject, r.Object!, r.Predicate, "relations", catalog.Articles[r.ArticleId].Published);
        }

        foreach (var e in catalog.Events)
        {
            var date = e.Date ?? catalog.Articles[e.ArticleId].Published;
            foreach (var a in e.Actors.Distinct(StringComparer.Ordinal))
            {
                foreach (var r in e.Recipients.Distinct(StringComparer.Ordinal))
                {
                    Add(a, r, e.Category, "interactions", date);
                }
            }
        }

        var kept = edges.Where(p => p.Value.Weight >= filter.MinWeight)
            .OrderByDescending(p => p.Value.Weight).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Take(filter.MaxEdges)
            .Select(p => new GraphEdge(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Value.Kind, p.Value.Weight, WorkspaceCatalog.Iso(p.Value.First), WorkspaceCatalog.Iso(p.Value.Last)))
            .ToList();
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in kept)
        {
            weights[edge.Source] = weights.GetValueOrDefault(edge.Source) + edge.Weight;
            weights[edge.Target] = weights.GetValueOrDefault(edge.Target) + edge.Weight;
        }

        return new ActorGraph([.. weights.OrderByDescending(w => w.Value).Select(w => new GraphNode(_labels.Ref(w.Key, catalog), w.Value))], kept);
    }

    /// <summary>
    /// The events a list shows when more match than it holds: the newest dated ones, still oldest first. On a large
    /// store the oldest are reported history (background events reach back centuries) and undated events say least on
    /// a timeline, while a reader looks for the period the articles report; narrower filters reach the rest.
    /// </summary>
    static IEnumerable<(EventRow Row, EventView? View)> Newest(List<(EventRow Row, EventView? View)> matched, int limit)
    {
        if (matched.Count <= limit)
        {
            return matched;
        }

        // The catalog sorts dated events by date and undated ones last.
        var dated = matched.FindLastIndex(m => m.Row.Date is not null) + 1;
        return dated >= limit ? matched.Skip(dated - limit).Take(limit) : matched.Take(limit);
    }

    /// <summary>
    /// The actors and every group that is part of, a member of or aligned with one of them, transitively: from the
    /// knowledge base's dated affiliations and from relations the articles state.
    /// </summary>
    HashSet<string> Affiliates(HashSet<string> roots, WorkspaceCatalog catalog)
    {
        var incoming = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Link(string member, string camp)
        {
            if (!incoming.TryGetValue(camp, out var list))
            {
                incoming[camp] = list = [];
            }

            list.Add(member);
        }

        foreach (var entry in _labels.Kb.Entries)
        {
            foreach (var a in entry.Affiliations.Where(a => a.Predicate is RelationPredicate.PartOf or RelationPredicate.MemberOf or RelationPredicate.AlignedWith))
            {
                Link(entry.EntityId, KnowledgeBase.IdPrefix + a.TargetId);
            }
        }

        foreach (var r in catalog.Relations.Where(r => r.Object is not null && CampPredicates.Contains(r.Predicate)))
        {
            Link(r.Subject, r.Object!);
        }

        var all = new HashSet<string>(roots, StringComparer.Ordinal);
        var queue = new Queue<string>(roots);
        while (queue.TryDequeue(out var id))
        {
            foreach (var member in incoming.GetValueOrDefault(id) ?? [])
            {
                if (all.Add(member))
                {
                    queue.Enqueue(member);
                }
            }
        }

        return all;
    }

    /// <summary>Whether an event's interval overlaps the asked range; undated events pass only when no range is asked.</summary>
    static bool InRange(DateOnly? start, DateOnly? end, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        if (start is null)
        {
            return false;
        }

        var last = end ?? start;
        return (from is null || last >= from) && (to is null || start <= to);
    }

    static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
