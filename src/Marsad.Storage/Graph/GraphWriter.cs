using System.Globalization;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Persistence.Graph;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Graph;

/// <summary>Writes a <see cref="GraphBatch"/> with statements prepared once per store.</summary>
internal sealed class GraphWriter : IDisposable
{
    readonly SqliteCommand _article;
    readonly SqliteCommand _entity;
    readonly SqliteCommand _entityProfile;
    readonly SqliteCommand _entityLink;
    readonly SqliteCommand _name;
    readonly SqliteCommand _cluster;
    readonly SqliteCommand _eventLink;
    readonly SqliteCommand _story;
    readonly SqliteCommand _storyLink;
    readonly SqliteCommand _quote;
    readonly SqliteCommand _quoteLink;
    readonly SqliteCommand _sketch;
    readonly SqliteCommand _keys;
    readonly SqliteCommand _key;
    readonly SqliteCommand _meta;

    public GraphWriter(SqliteConnection c)
    {
        _article = Prepare(c, "INSERT INTO graph_articles(article_id, seq, published, outlet, duplicate_of, duplicate_similarity) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        _entity = Prepare(c, "INSERT OR IGNORE INTO graph_entities(id, kind, name, name_en, in_kb) VALUES ($1, $2, $3, $4, $5)", 5);
        _entityProfile = Prepare(c, """
            INSERT INTO graph_entities(id, kind, name, name_en, in_kb, profile) VALUES ($1, $2, $3, NULL, 0, $4)
            ON CONFLICT(id) DO UPDATE SET profile = excluded.profile
            """, 4);
        _entityLink = Prepare(c, "INSERT OR REPLACE INTO graph_entity_links(article_id, local_id, global_id, confidence, reasons) VALUES ($1, $2, $3, $4, $5)", 5);
        _name = Prepare(c, """
            INSERT INTO graph_entity_names(global_id, surface, folded, articles) VALUES ($1, $2, $3, $4)
            ON CONFLICT(global_id, surface) DO UPDATE SET articles = articles + excluded.articles
            """, 4);
        _cluster = Prepare(c, """
            INSERT OR REPLACE INTO graph_clusters(id, category, date_from, date_to, reports, background_only, seq, profile)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, 8);
        _eventLink = Prepare(c, "INSERT OR REPLACE INTO graph_event_links(event_id, article_id, cluster_id, score, reasons) VALUES ($1, $2, $3, $4, $5)", 5);
        _story = Prepare(c, """
            INSERT OR REPLACE INTO graph_stories(id, title, title_article, first_date, last_date, articles, seq, profile)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, 8);
        _storyLink = Prepare(c, "INSERT OR REPLACE INTO graph_story_links(story_id, article_id, score, is_primary, reasons) VALUES ($1, $2, $3, $4, $5)", 5);
        _quote = Prepare(c, "INSERT OR REPLACE INTO graph_quote_clusters(id, speaker, reports, first_date, seq, profile) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        _quoteLink = Prepare(c, "INSERT OR REPLACE INTO graph_quote_links(article_id, ord, cluster_id, similarity) VALUES ($1, $2, $3, $4)", 4);
        _sketch = Prepare(c, "INSERT OR REPLACE INTO graph_sketches(article_id, profile) VALUES ($1, $2)", 2);
        _key = Prepare(c, "INSERT OR IGNORE INTO graph_keys(key, seq, item) VALUES ($1, $2, $3)", 3);
        _keys = Prepare(c, "INSERT OR IGNORE INTO graph_keys(key, seq, item) VALUES " + string.Join(", ",
            Enumerable.Range(0, KeysPerStatement).Select(i => $"(${(3 * i) + 1}, ${(3 * i) + 2}, ${(3 * i) + 3})")), 3 * KeysPerStatement);
        _meta = Prepare(c, "INSERT OR REPLACE INTO graph_meta(name, value) VALUES ($1, $2)", 2);
    }

    /// <summary>Key rows per INSERT: a batch adds hundreds of thousands, and one statement per row is mostly call overhead.</summary>
    const int KeysPerStatement = 64;

    IEnumerable<SqliteCommand> All =>
        [_article, _entity, _entityProfile, _entityLink, _name, _cluster, _eventLink, _story, _storyLink, _quote, _quoteLink, _sketch, _keys, _key, _meta];

    // Entity rows already written by this writer: a country or a minister is named in most articles of a batch.
    readonly HashSet<string> _entities = new(StringComparer.Ordinal);

    public void Write(SqliteTransaction tx, GraphBatch batch)
    {
        foreach (var cmd in All)
        {
            cmd.Transaction = tx;
        }

        var surfaces = new Dictionary<(string Id, string Surface), int>();
        foreach (var a in batch.Articles)
        {
            Run(_article, a.ArticleId, a.Seq, Iso(a.Date), a.Outlet, a.DuplicateOf, a.DuplicateOf is null ? null : a.DuplicateSimilarity);
            foreach (var e in a.GlobalEntities)
            {
                if (_entities.Add(e.Id))
                {
                    Run(_entity, e.Id, FactNames.Of(e.Kind), e.Name, e.NameEn, e.InKnowledgeBase ? 1 : 0);
                }
            }

            foreach (var l in a.Entities)
            {
                Run(_entityLink, a.ArticleId, l.LocalId, l.GlobalId, l.Confidence, l.Reasons);
            }

            foreach (var pair in a.Surfaces)
            {
                surfaces[pair] = surfaces.GetValueOrDefault(pair) + 1;
            }

            foreach (var l in a.Events)
            {
                Run(_eventLink, l.EventId, a.ArticleId, l.ClusterId, l.Score, l.Reasons);
            }

            foreach (var l in a.Stories)
            {
                Run(_storyLink, l.StoryId, a.ArticleId, l.Score, l.Primary ? 1 : 0, l.Reasons);
            }

            foreach (var l in a.Quotes)
            {
                Run(_quoteLink, a.ArticleId, l.Ordinal, l.ClusterId, l.Similarity);
            }
        }

        foreach (var ((id, surface), articles) in surfaces)
        {
            Run(_name, id, surface, ArabicFolding.Fold(surface), articles);
        }

        foreach (var p in batch.Entities)
        {
            Run(_entityProfile, p.Id, FactNames.Of(p.Kind), p.Name, ProfileCodec.Encode(p));
        }

        foreach (var c in batch.Clusters)
        {
            Run(_cluster, c.Id, FactNames.Of(c.Category), Iso(c.Window.From), Iso(c.Window.To), c.Reports, c.BackgroundOnly ? 1 : 0, c.Seq, ProfileCodec.Encode(c));
        }

        foreach (var s in batch.Stories)
        {
            Run(_story, s.Id, s.Title, s.TitleArticle, Iso(s.First), Iso(s.Last), s.Articles, s.Seq, ProfileCodec.Encode(s));
        }

        foreach (var q in batch.Quotes)
        {
            Run(_quote, q.Id, q.Speaker, q.Reports, Iso(q.First), q.Seq, ProfileCodec.Encode(q));
        }

        foreach (var s in batch.Sketches)
        {
            Run(_sketch, s.ArticleId, ProfileCodec.Encode(s));
        }

        // In key order: the index is then written page after page instead of at random places.
        var keys = batch.Keys.OrderBy(k => k.Key).ThenBy(k => k.Item.Seq).ToList();
        var full = keys.Count / KeysPerStatement * KeysPerStatement;
        for (var at = 0; at < full; at += KeysPerStatement)
        {
            for (var i = 0; i < KeysPerStatement; i++)
            {
                var (key, item) = keys[at + i];
                _keys.Parameters[3 * i].Value = key;
                _keys.Parameters[(3 * i) + 1].Value = item.Seq;
                _keys.Parameters[(3 * i) + 2].Value = item.Item;
            }

            _keys.ExecuteNonQuery();
        }

        foreach (var (key, item) in keys.Skip(full))
        {
            Run(_key, key, item.Seq, item.Item);
        }

        Run(_meta, "last_seq", batch.LastSeq.ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        foreach (var cmd in All)
        {
            cmd.Dispose();
        }
    }

    static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static SqliteCommand Prepare(SqliteConnection c, string sql, int parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            cmd.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        return cmd;
    }

    static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        cmd.ExecuteNonQuery();
    }
}
