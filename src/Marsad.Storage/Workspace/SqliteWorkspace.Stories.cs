namespace Marsad.Storage.Workspace;

public sealed partial class SqliteWorkspace
{
    public async Task<StoryView?> StoryAsync(string articleId, CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        if (!catalog.Articles.ContainsKey(articleId))
        {
            return null;
        }

        var members = LinkedStoryMembers(articleId);
        var related = StoryFinder.Related(articleId, catalog, members, members);
        var ids = related.Select(r => r.Id).Prepend(articleId).ToList();
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        var articles = related.Select(r => new StoryArticle(catalog.RefOf(r.Id), [.. r.Shared.Select(s => _labels.Ref(s, catalog))], r.SharedEvents)).ToList();
        articles.Insert(0, new StoryArticle(catalog.RefOf(articleId), [], 0));
        var outlets = ids.Select(id => catalog.Articles[id].Outlet ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        return new StoryView(catalog.RefOf(articleId), articles, outlets, Facts(catalog, idSet), Coverage(catalog, ids, outlets));
    }

    /// <summary>
    /// The other articles of the stories cross-document linking put this article in; null when the article is not
    /// linked (a store analysed before linking existed, or a batch not linked yet).
    /// </summary>
    IReadOnlySet<string>? LinkedStoryMembers(string articleId)
    {
        using var connection = Open();
        using var cmd = connection.CreateCommand();
        // Every article of every story this one belongs to (graph_story_links, 0003_graph.sql), itself included.
        cmd.CommandText = """
            SELECT DISTINCT m.article_id FROM graph_story_links s JOIN graph_story_links m ON m.story_id = s.story_id
            WHERE s.article_id = $a
            """;
        cmd.Parameters.AddWithValue("$a", articleId);
        var members = new HashSet<string>(StringComparer.Ordinal);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                members.Add(r.GetString(0));
            }
        }

        if (members.Count == 0)
        {
            return null;
        }

        members.Remove(articleId);
        return members;
    }

    /// <summary>The story's events grouped into reports of one event, those told by two articles or more first.</summary>
    List<StoryFact> Facts(WorkspaceCatalog catalog, HashSet<string> articleIds)
    {
        var groups = new List<List<EventRow>>();
        foreach (var e in catalog.Events.Where(e => articleIds.Contains(e.ArticleId)))
        {
            var group = groups.FirstOrDefault(g => StoryFinder.SameEvent(g[0], e));
            if (group is null)
            {
                groups.Add([e]);
            }
            else
            {
                group.Add(e);
            }
        }

        return [.. groups
            .OrderByDescending(g => g.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .Select(g => Fact(g, catalog))];
    }

    StoryFact Fact(List<EventRow> reports, WorkspaceCatalog catalog)
    {
        var values = reports.Select(e => new OutletReport(
            catalog.Articles[e.ArticleId].Outlet ?? string.Empty, e.Id, e.ArticleId, WorkspaceCatalog.Iso(e.Date),
            e.PlaceId is null ? null : _labels.Ref(e.PlaceId, catalog).Name, e.Dead, e.Injured, e.Sentence)).ToList();
        var differences = new List<string>();
        void Compare<T>(string field, Func<OutletReport, T?> pick)
        {
            var given = values.Where(v => pick(v) is not null).Select(v => (v.Outlet, Value: pick(v)!.ToString())).ToList();
            if (given.Select(g => g.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                differences.Add($"{field}: " + string.Join(" / ", given.Select(g => $"{g.Value} ({g.Outlet})")));
            }
        }

        Compare("date", v => v.Date);
        Compare("place", v => v.Place);
        Compare("dead", v => v.Dead);
        Compare("injured", v => v.Injured);
        var first = reports[0];
        return new StoryFact(
            first.Category,
            [.. reports.SelectMany(e => e.Actors).Distinct(StringComparer.Ordinal).Select(id => _labels.Ref(id, catalog))],
            [.. reports.SelectMany(e => e.Recipients).Distinct(StringComparer.Ordinal).Select(id => _labels.Ref(id, catalog))],
            values,
            differences.Count == 0,
            differences);
    }

    /// <summary>Each knowledge-base actor of the story and the outlets that name it, those only some outlets name first.</summary>
    List<StoryCoverage> Coverage(WorkspaceCatalog catalog, List<string> ids, List<string> outlets)
    {
        var byEntity = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var entity in catalog.ArticleEntities.GetValueOrDefault(id) ?? [])
            {
                if (!byEntity.TryGetValue(entity, out var set))
                {
                    byEntity[entity] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(catalog.Articles[id].Outlet ?? string.Empty);
            }
        }

        return [.. byEntity
            .OrderBy(p => p.Value.Count == outlets.Count ? 1 : 0).ThenByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new StoryCoverage(_labels.Ref(p.Key, catalog), [.. p.Value]))];
    }
}
