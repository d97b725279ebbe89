using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.Storage.Graph;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<StorySummary>> ListStoriesAsync(GraphQuery query, CancellationToken ct = default)
    {
        var lookup = new Lookups(this);
        if (query.Story is { } only)
        {
            return Task.FromResult<IReadOnlyList<StorySummary>>(Story(only, lookup) is { } one ? [one] : []);
        }

        using var cmd = Command("""
            SELECT s.id FROM graph_stories s
            WHERE ($from IS NULL OR s.last_date >= $from) AND ($to IS NULL OR s.first_date <= $to)
              AND ($actor IS NULL OR EXISTS (SELECT 1 FROM graph_story_links k JOIN graph_entity_links l ON l.article_id = k.article_id
                                             WHERE k.story_id = s.id AND l.global_id = $actor))
            ORDER BY s.articles DESC, s.last_date DESC, s.seq
            LIMIT $limit
            """, ("$from", Iso(query.From)), ("$to", Iso(query.To)), ("$actor", query.Actor), ("$limit", query.Limit));
        return Task.FromResult<IReadOnlyList<StorySummary>>([.. Column(cmd).Select(id => Story(id, lookup)).OfType<StorySummary>()]);
    }

    public Task<IReadOnlyList<QuoteSummary>> ListQuotesAsync(GraphQuery query, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<QuoteSummary>>(Quotes(query, new Lookups(this)));

    StorySummary? Story(string id, Lookups lookup)
    {
        string? title;
        DateOnly? first, last;
        using (var cmd = Command("SELECT title, first_date, last_date FROM graph_stories WHERE id = $id", ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            (title, first, last) = (Str(r, 0), Date(r, 1), Date(r, 2));
        }

        var members = new List<StoryArticle>();
        using (var cmd = Command("""
            SELECT k.article_id, k.is_primary, k.score, k.reasons FROM graph_story_links k JOIN graph_articles g ON g.article_id = k.article_id
            WHERE k.story_id = $id ORDER BY g.published, g.seq
            """, ("$id", id)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (lookup.Article(r.GetString(0)) is { } a)
                {
                    members.Add(new StoryArticle(a, r.GetInt32(1) != 0, r.GetDouble(2), r.GetString(3)));
                }
            }
        }

        return new StorySummary(id, title, first, last, [.. members]);
    }

    List<QuoteSummary> Quotes(GraphQuery query, Lookups lookup)
    {
        using var cmd = Command("""
            SELECT c.id, c.speaker FROM graph_quote_clusters c
            WHERE ($from IS NULL OR c.first_date >= $from) AND ($to IS NULL OR c.first_date <= $to)
              AND ($actor IS NULL OR c.speaker = $actor)
              AND ($story IS NULL OR EXISTS (SELECT 1 FROM graph_quote_links q JOIN graph_story_links s ON s.article_id = q.article_id
                                             WHERE q.cluster_id = c.id AND s.story_id = $story))
            ORDER BY c.reports DESC, c.first_date, c.seq
            LIMIT $limit
            """, ("$from", Iso(query.From)), ("$to", Iso(query.To)), ("$actor", query.Actor), ("$story", query.Story), ("$limit", query.Limit));
        var clusters = new List<(string Id, string? Speaker)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                clusters.Add((r.GetString(0), Str(r, 1)));
            }
        }

        var result = new List<QuoteSummary>();
        foreach (var (id, speaker) in clusters)
        {
            var versions = new List<Evidence>();
            using (var members = Command("""
                SELECT q.article_id, q.content_start, q.content_end FROM graph_quote_links l
                JOIN quotes q ON q.article_id = l.article_id AND q.ord = l.ord JOIN graph_articles g ON g.article_id = l.article_id
                WHERE l.cluster_id = $id ORDER BY g.published, g.seq
                """, ("$id", id)))
            using (var r = members.ExecuteReader())
            {
                while (r.Read())
                {
                    versions.Add(lookup.Evidence(r.GetString(0), r.GetInt32(1), r.GetInt32(2)));
                }
            }

            if (versions.Count == 0)
            {
                continue;
            }

            var longest = versions.OrderByDescending(v => v.End - v.Start).First();
            var articles = versions.Select(v => lookup.Article(v.ArticleId)).OfType<SourceArticle>().ToList();
            var firstVersion = versions.OrderBy(v => v.Date ?? DateOnly.MaxValue).First();
            var isClass = speaker?.StartsWith(CrossDocument.EventSketch.ClassPrefix, StringComparison.Ordinal) == true;
            result.Add(new QuoteSummary(
                id,
                speaker is null || isClass ? null : lookup.Name(speaker),
                isClass ? speaker![CrossDocument.EventSketch.ClassPrefix.Length..] : null,
                lookup.Slice(longest.ArticleId, longest.Start, longest.End),
                [.. versions],
                [.. articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
                articles.Select(lookup.Origin).Distinct(StringComparer.Ordinal).Count(),
                firstVersion.ArticleId,
                firstVersion.Date));
        }

        return result;
    }
}
