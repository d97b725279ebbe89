namespace Marsad.Storage.Workspace;

/// <summary>
/// Finds the articles that tell the same story as a seed article, from the per-article facts only (until
/// cross-document resolution supplies real story clusters): published within <see cref="WindowDays"/> days of the
/// seed, and either reporting an event of the same category with a shared actor, recipient or place, or sharing at
/// least <see cref="MinSharedEntities"/> knowledge-base entities that are not everywhere in the store. When the store
/// is linked (marsad analyze links every batch), the stories cross-document linking found are used instead.
/// </summary>
internal static class StoryFinder
{
    /// <summary>News of one event runs over a few days: the first report, reactions, follow-ups.</summary>
    public const int WindowDays = 3;

    /// <summary>One shared name (a country, a capital) is a coincidence; two are a topic.</summary>
    public const int MinSharedEntities = 2;

    /// <summary>An entity in more than this share of the articles (Iraq in an Iraqi corpus) says nothing about the story.</summary>
    const double UbiquitousShare = 0.2;

    /// <summary>Stories list at most this many articles: the rest are weaker matches.</summary>
    public const int MaxArticles = 40;

    /// <param name="linkedMembers">The articles of the seed's stories as cross-document linking stored them (docs/graph.md);
    /// when given, they are the story and the heuristic above only describes what they share.</param>
    public static List<(string Id, string[] Shared, int SharedEvents)> Related(string seedId, WorkspaceCatalog catalog, IEnumerable<string>? candidates = null, IReadOnlySet<string>? linkedMembers = null)
    {
        var seed = catalog.Articles[seedId];
        var ubiquitous = Ubiquitous(catalog);
        var seedEntities = Entities(seedId, catalog).Where(e => !ubiquitous.Contains(e)).ToHashSet(StringComparer.Ordinal);
        var seedEvents = catalog.Events.Where(e => e.ArticleId == seedId).ToList();
        var eventsByArticle = catalog.Events.ToLookup(e => e.ArticleId, StringComparer.Ordinal);
        var result = new List<(string, string[], int)>();
        foreach (var id in candidates ?? catalog.Articles.Keys)
        {
            // Members of the seed's linked stories (cross-document linking decided them) are kept whatever they share.
            var member = linkedMembers is not null && linkedMembers.Contains(id);
            if (id == seedId || !catalog.Articles.TryGetValue(id, out var other) || (!member && (linkedMembers is not null || !Near(seed.Published, other.Published))))
            {
                continue;
            }

            var shared = Entities(id, catalog).Where(seedEntities.Contains).Distinct(StringComparer.Ordinal).ToArray();
            var sharedEvents = eventsByArticle[id].Count(e => seedEvents.Any(s => SameEvent(s, e)));
            if (member || sharedEvents > 0 || shared.Length >= MinSharedEntities)
            {
                result.Add((id, shared, sharedEvents));
            }
        }

        return [.. result.OrderByDescending(r => r.Item3).ThenByDescending(r => r.Item2.Length).ThenBy(r => r.Item1, StringComparer.Ordinal).Take(MaxArticles)];
    }

    /// <summary>
    /// Two reports of one event: same category, a shared party or place, the same place when both name one (a
    /// threat against the airport and one against a base are two threats), dates (when both have one) a day apart at most.
    /// </summary>
    public static bool SameEvent(EventRow a, EventRow b)
    {
        if (a.Category != b.Category || (a.PlaceId is not null && b.PlaceId is not null && a.PlaceId != b.PlaceId))
        {
            return false;
        }

        var sharedParty = a.Actors.Concat(a.Recipients).Intersect(b.Actors.Concat(b.Recipients), StringComparer.Ordinal).Any()
            || (a.PlaceId is not null && a.PlaceId == b.PlaceId);
        var closeDates = a.Date is null || b.Date is null || Math.Abs(a.Date.Value.DayNumber - b.Date.Value.DayNumber) <= 1;
        return sharedParty && closeDates;
    }

    static IEnumerable<string> Entities(string articleId, WorkspaceCatalog catalog) =>
        catalog.ArticleEntities.TryGetValue(articleId, out var ids) ? ids : [];

    static bool Near(DateOnly? a, DateOnly? b) => a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= WindowDays;

    static HashSet<string> Ubiquitous(WorkspaceCatalog catalog)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in catalog.ArticleEntities.Values)
        {
            foreach (var id in ids)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        // Small stores (a handful of articles) have no ubiquitous entities: every share is large there.
        var limit = Math.Max(MinSharedEntities * 5, catalog.Articles.Count * UbiquitousShare);
        return counts.Where(c => c.Value > limit).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }
}
