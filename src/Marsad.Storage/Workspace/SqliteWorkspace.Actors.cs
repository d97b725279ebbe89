using Marsad.Documents;
using Marsad.Entities.Knowledge;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Workspace;

public sealed partial class SqliteWorkspace
{
    /// <summary>An actor page lists this many quotes and events (newest kept): enough to read, bounded to stay fast.</summary>
    const int MaxActorQuotes = 100;
    const int MaxActorEvents = 300;
    const int MaxCoActors = 25;
    const int MaxStories = 12;

    public async Task<ActorView?> ActorAsync(string id, CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        var entry = id.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) ? _labels.Kb.Get(id) : null;
        catalog.Entities.TryGetValue(id, out var row);
        var events = catalog.Events.Where(e => e.Actors.Contains(id) || e.Recipients.Contains(id)).ToList();
        using var connection = Open();
        var (spellings, mentionArticles) = Spellings(connection, id);
        if (entry is null && row is null && events.Count == 0 && !ActorLabels.IsClass(id))
        {
            return null;
        }

        var actor = _labels.Ref(id, catalog);
        var articleIds = mentionArticles.Concat(events.Select(e => e.ArticleId)).Where(catalog.Articles.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var relations = catalog.Relations.Where(r => r.Subject == id).ToList();

        var roles = (entry?.Roles ?? []).Select(r => new RoleSpan(r.Title, r.OfId is null ? null : _labels.Ref(KnowledgeBase.IdPrefix + r.OfId, catalog), WorkspaceCatalog.Iso(r.From), WorkspaceCatalog.Iso(r.To), "kb", 0))
            .Concat(relations.Where(r => r.Predicate == "holds_role").GroupBy(r => (r.Role ?? string.Empty, r.Object))
                .Select(g => Span(g.ToList(), catalog, (from, to, n) => new RoleSpan(g.Key.Item1, g.Key.Object is null ? null : _labels.Ref(g.Key.Object, catalog), from, to, "articles", n))))
            .ToList();
        var affiliations = (entry?.Affiliations ?? []).Select(a => new AffiliationSpan(FactNames.Of(a.Predicate), _labels.Ref(KnowledgeBase.IdPrefix + a.TargetId, catalog), WorkspaceCatalog.Iso(a.From), WorkspaceCatalog.Iso(a.To), "kb", 0))
            .Concat(relations.Where(r => r.Predicate != "holds_role" && r.Object is not null).GroupBy(r => (r.Predicate, r.Object!))
                .Select(g => Span(g.ToList(), catalog, (from, to, n) => new AffiliationSpan(g.Key.Predicate, _labels.Ref(g.Key.Item2, catalog), from, to, "articles", n))))
            .ToList();

        return new ActorView(
            actor,
            entry?.Wikidata ?? row?.Wikidata,
            entry?.Sector ?? row?.Sector,
            entry?.Country ?? row?.Country,
            [.. (entry?.AliasesAr ?? []).Concat(row?.Aliases ?? []).Distinct(StringComparer.Ordinal)],
            spellings,
            roles,
            affiliations,
            Quotes(connection, id, catalog),
            [.. events.OrderByDescending(e => e.Date ?? DateOnly.MinValue).Take(MaxActorEvents).Select(e => View(e, catalog))],
            CoActors(id, events, articleIds, catalog),
            Stories(articleIds, catalog),
            articleIds.Count);
    }

    /// <summary>A relation seen in several articles: the first and last publication dates that state it.</summary>
    static T Span<T>(List<RelationRow> rows, WorkspaceCatalog catalog, Func<string?, string?, int, T> make)
    {
        var dates = rows.Select(r => catalog.Articles[r.ArticleId].Published).Where(d => d is not null).Select(d => d!.Value).ToList();
        var articles = rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count();
        return make(WorkspaceCatalog.Iso(dates.Count == 0 ? null : dates.Min()), WorkspaceCatalog.Iso(dates.Count == 0 ? null : dates.Max()), articles);
    }

    static (List<NameUse> Spellings, List<string> Articles) Spellings(SqliteConnection connection, string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT a.id, a.text, group_concat(m.span_start || ':' || m.span_end)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id = $id AND a.input_id IN ({StoreConnection.CurrentInputIds})
            GROUP BY a.id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            articles.Add(reader.GetString(0));
            var text = reader.GetString(1);
            foreach (var pair in reader.GetString(2).Split(','))
            {
                var parts = pair.Split(':');
                var (start, end) = (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
                if (start >= 0 && end <= text.Length && start < end)
                {
                    var surface = text[start..end];
                    counts[surface] = counts.GetValueOrDefault(surface) + 1;
                }
            }
        }

        return ([.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new NameUse(c.Key, c.Value))], articles);
    }

    static List<QuoteUse> Quotes(SqliteConnection connection, string id, WorkspaceCatalog catalog)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT q.article_id, q.content_start, q.content_end, q.direct, q.cue_verb, q.medium, a.text
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE (q.speaker_id = $id OR q.speaker_class = $id) AND a.input_id IN ({StoreConnection.CurrentInputIds})
            ORDER BY a.published DESC, q.article_id, q.ord
            LIMIT {MaxActorQuotes}
            """;
        cmd.Parameters.AddWithValue("$id", id);
        var quotes = new List<QuoteUse>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.GetString(6);
            var (start, end) = (reader.GetInt32(1), reader.GetInt32(2));
            var content = start >= 0 && end <= text.Length && start < end ? text[start..end] : string.Empty;
            quotes.Add(new QuoteUse(content, reader.GetInt32(3) != 0, reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), catalog.RefOf(reader.GetString(0))));
        }

        return quotes;
    }

    List<CoActor> CoActors(string id, List<EventRow> events, HashSet<string> articleIds, WorkspaceCatalog catalog)
    {
        var byEvents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var other in e.Actors.Concat(e.Recipients).Distinct(StringComparer.Ordinal).Where(o => o != id))
            {
                byEvents[other] = byEvents.GetValueOrDefault(other) + 1;
            }
        }

        var byArticles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articleIds)
        {
            foreach (var other in catalog.ArticleEntities.GetValueOrDefault(article) ?? [])
            {
                if (other != id)
                {
                    byArticles[other] = byArticles.GetValueOrDefault(other) + 1;
                }
            }
        }

        return [.. byEvents.Keys.Union(byArticles.Keys, StringComparer.Ordinal)
            .Select(o => new CoActor(_labels.Ref(o, catalog), byEvents.GetValueOrDefault(o), byArticles.GetValueOrDefault(o)))
            .OrderByDescending(c => c.Events * 2 + c.Articles).ThenBy(c => c.Actor.Id, StringComparer.Ordinal)
            .Take(MaxCoActors)];
    }

    /// <summary>The actor's articles grouped into stories: each story is a seed and the actor's articles related to it.</summary>
    static List<StoryRef> Stories(HashSet<string> articleIds, WorkspaceCatalog catalog)
    {
        var left = articleIds.OrderByDescending(a => catalog.Articles[a].Published ?? DateOnly.MinValue).ThenBy(a => a, StringComparer.Ordinal).ToList();
        var stories = new List<StoryRef>();
        while (left.Count > 0 && stories.Count < MaxStories)
        {
            var seed = left[0];
            var members = StoryFinder.Related(seed, catalog, left).Select(r => r.Id).Prepend(seed).ToList();
            left.RemoveAll(members.Contains);
            var dates = members.Select(m => catalog.Articles[m].Published).Where(d => d is not null).Select(d => d!.Value).ToList();
            stories.Add(new StoryRef(
                seed,
                catalog.Articles[seed].Title,
                WorkspaceCatalog.Iso(dates.Count == 0 ? null : dates.Min()),
                WorkspaceCatalog.Iso(dates.Count == 0 ? null : dates.Max()),
                [.. members.Select(m => catalog.Articles[m].Outlet ?? string.Empty).Distinct(StringComparer.Ordinal)],
                members.Count));
        }

        return stories;
    }
}
