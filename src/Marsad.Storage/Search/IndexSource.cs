using System.Globalization;
using Marsad.Storage.Workspace;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Search;

/// <summary>
/// Reads from the store what the search index needs: the ids of the current articles, and for the ones to add
/// their text and facet values. Actors and places are knowledge-base entities only: their ids are shared across
/// articles, so they make useful facets (an article-local entity would be a facet of one article).
/// </summary>
internal sealed class IndexSource(SqliteConnection connection)
{
    public HashSet<string> CurrentIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT id FROM articles WHERE input_id IN ({StoreConnection.CurrentInputIds})";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public IEnumerable<IndexedArticle> Read(IEnumerable<string> ids)
    {
        using var article = Prepare("SELECT title, outlet, published, text FROM articles WHERE id = $id");
        using var entities = Prepare("""
            SELECT DISTINCT m.entity_id, m.kind FROM mentions m
            WHERE m.article_id = $id AND m.entity_id LIKE 'kb:%'
            UNION SELECT DISTINCT place_id, 'location' FROM events WHERE article_id = $id AND place_id LIKE 'kb:%'
            """);
        using var categories = Prepare("SELECT DISTINCT category FROM events WHERE article_id = $id");
        foreach (var id in ids)
        {
            article.Parameters["$id"].Value = id;
            string? title, outlet, published;
            string text;
            using (var r = article.ExecuteReader())
            {
                if (!r.Read())
                {
                    continue;
                }

                (title, outlet, published, text) = (Str(r, 0), Str(r, 1), Str(r, 2), r.GetString(3));
            }

            var actors = new List<string>();
            var places = new List<string>();
            entities.Parameters["$id"].Value = id;
            using (var r = entities.ExecuteReader())
            {
                while (r.Read())
                {
                    var isPlace = r.GetString(1) is "GPE" or "LOC";
                    var list = isPlace ? places : actors;
                    if (!list.Contains(r.GetString(0)))
                    {
                        list.Add(r.GetString(0));
                    }
                }
            }

            var cats = new List<string>();
            categories.Parameters["$id"].Value = id;
            using (var r = categories.ExecuteReader())
            {
                while (r.Read())
                {
                    cats.Add(r.GetString(0));
                }
            }

            var day = published is null ? (DateOnly?)null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new IndexedArticle(id, title, outlet, day, text, actors, cats, places);
        }
    }

    SqliteCommand Prepare(string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add("$id", SqliteType.Text);
        cmd.Prepare();
        return cmd;
    }

    static string? Str(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);
}
