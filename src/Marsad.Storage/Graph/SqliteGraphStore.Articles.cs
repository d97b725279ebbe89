using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.Storage.Graph;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<SourceArticle>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        var lookup = new Lookups(this);
        return Task.FromResult<IReadOnlyList<SourceArticle>>([.. ids.Select(lookup.Article).OfType<SourceArticle>()]);
    }

    public Task<ArticleGraphLinks?> GetArticleLinksAsync(string articleId, CancellationToken ct = default)
    {
        string? duplicateOf;
        using (var cmd = Command("SELECT duplicate_of FROM graph_articles WHERE article_id = $a", ("$a", articleId)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return Task.FromResult<ArticleGraphLinks?>(null);
            }

            duplicateOf = Str(r, 0);
        }

        var entities = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT local_id, global_id FROM graph_entity_links WHERE article_id = $a", ("$a", articleId)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                entities[r.GetString(0)] = r.GetString(1);
            }
        }

        var events = ImmutableDictionary.CreateBuilder<string, ClusterMembers>(StringComparer.Ordinal);
        using (var cmd = Command("""
            SELECT l.event_id, l.cluster_id, m.article_id, g.outlet
            FROM graph_event_links l JOIN graph_event_links m ON m.cluster_id = l.cluster_id JOIN graph_articles g ON g.article_id = m.article_id
            WHERE l.article_id = $a ORDER BY l.event_id, g.seq
            """, ("$a", articleId)))
        {
            foreach (var (key, members) in Members(cmd))
            {
                events[key] = members;
            }
        }

        var quotes = ImmutableDictionary.CreateBuilder<int, ClusterMembers>();
        using (var cmd = Command("""
            SELECT CAST(l.ord AS TEXT), l.cluster_id, m.article_id, g.outlet
            FROM graph_quote_links l JOIN graph_quote_links m ON m.cluster_id = l.cluster_id JOIN graph_articles g ON g.article_id = m.article_id
            WHERE l.article_id = $a ORDER BY l.ord, g.seq
            """, ("$a", articleId)))
        {
            foreach (var (key, members) in Members(cmd))
            {
                quotes[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = members;
            }
        }

        var stories = new List<string>();
        using (var cmd = Command("SELECT story_id FROM graph_story_links WHERE article_id = $a ORDER BY is_primary DESC, story_id", ("$a", articleId)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                stories.Add(r.GetString(0));
            }
        }

        return Task.FromResult<ArticleGraphLinks?>(new ArticleGraphLinks(articleId, duplicateOf)
        {
            Entities = entities.ToImmutable(),
            Events = events.ToImmutable(),
            Quotes = quotes.ToImmutable(),
            Stories = [.. stories],
        });
    }

    /// <summary>Rows (key, cluster, member article, outlet) grouped by key into the cluster's members.</summary>
    static IEnumerable<(string Key, ClusterMembers Members)> Members(Microsoft.Data.Sqlite.SqliteCommand cmd)
    {
        var rows = new List<(string Key, string Cluster, string Article, string? Outlet)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add((r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3)));
            }
        }

        foreach (var group in rows.GroupBy(x => x.Key, StringComparer.Ordinal))
        {
            var articles = group.Select(x => x.Article).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var outlets = group.Select(x => x.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
            yield return (group.Key, new ClusterMembers(group.First().Cluster, articles, outlets));
        }
    }

    /// <summary>Per-query caches of articles, entity names, link maps and texts (queries read them many times).</summary>
    sealed class Lookups(SqliteGraphStore store)
    {
        readonly Dictionary<string, SourceArticle?> _articles = new(StringComparer.Ordinal);
        readonly Dictionary<string, NamedId> _names = new(StringComparer.Ordinal);
        readonly Dictionary<string, Dictionary<string, string>> _links = new(StringComparer.Ordinal);
        readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public SourceArticle? Article(string id)
        {
            if (!_articles.TryGetValue(id, out var article))
            {
                using var cmd = store.Command("""
                    SELECT a.id, a.outlet, a.published, a.title, g.duplicate_of FROM articles a LEFT JOIN graph_articles g ON g.article_id = a.id
                    WHERE a.id = $id
                    """, ("$id", id));
                using var r = cmd.ExecuteReader();
                article = r.Read() ? new SourceArticle(r.GetString(0), Str(r, 1), Date(r, 2), Str(r, 3), Str(r, 4)) : null;
                _articles[id] = article;
            }

            return article;
        }

        /// <summary>The outlet that counts for independence: the outlet of the first article of the copy family (its id when unknown).</summary>
        public string Origin(SourceArticle a)
        {
            var root = a.DuplicateOf is { } d ? Article(d) ?? a : a;
            return root.Outlet ?? root.Id;
        }

        public NamedId Name(string id)
        {
            if (!_names.TryGetValue(id, out var named))
            {
                using var cmd = store.Command("SELECT name, name_en FROM graph_entities WHERE id = $id", ("$id", id));
                using var r = cmd.ExecuteReader();
                named = r.Read() ? new NamedId(id, r.GetString(0), Str(r, 1))
                    : new NamedId(id, id.StartsWith(CrossDocument.EventSketch.ClassPrefix, StringComparison.Ordinal) ? id[CrossDocument.EventSketch.ClassPrefix.Length..] : id);
                _names[id] = named;
            }

            return named;
        }

        /// <summary>An article's local id → global id map.</summary>
        public Dictionary<string, string> Links(string articleId)
        {
            if (!_links.TryGetValue(articleId, out var map))
            {
                map = new Dictionary<string, string>(StringComparer.Ordinal);
                using var cmd = store.Command("SELECT local_id, global_id FROM graph_entity_links WHERE article_id = $a", ("$a", articleId));
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    map[r.GetString(0)] = r.GetString(1);
                }

                _links[articleId] = map;
            }

            return map;
        }

        /// <summary>A participant of an event in <paramref name="articleId"/> as a global id (source classes get the class prefix).</summary>
        public string Global(string articleId, string localOrClass) =>
            Links(articleId).TryGetValue(localOrClass, out var g) ? g
            : localOrClass.StartsWith("kb:", StringComparison.Ordinal) ? localOrClass
            : CrossDocument.EventSketch.ClassPrefix + localOrClass;

        public string Slice(string articleId, int start, int end)
        {
            if (!_texts.TryGetValue(articleId, out var text))
            {
                using var cmd = store.Command("SELECT text FROM articles WHERE id = $id", ("$id", articleId));
                text = cmd.ExecuteScalar() as string ?? string.Empty;
                _texts[articleId] = text;
            }

            return start >= 0 && end <= text.Length && start <= end ? text[start..end] : string.Empty;
        }

        public Evidence Evidence(string articleId, int start, int end)
        {
            var a = Article(articleId);
            return new Evidence(articleId, a?.Published, start, end, a?.Outlet);
        }
    }
}
