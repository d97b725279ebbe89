using System.Globalization;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Persistence;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Workspace;

/// <summary>
/// Reads one current article with every layer, as <see cref="SqliteArticleStore.ReadArticlesAsync"/> does, but over
/// a read-only connection: the reader and the downloads must never write to (or checkpoint) a store an analyze run
/// may be writing to.
/// </summary>
internal sealed class StoredArticleReader(SqliteConnection connection) : IDisposable
{
    readonly SqliteCommand _article = LayerReader.Prepare(connection, $"""
        SELECT a.id, a.input_id, (SELECT MAX(version) FROM input_versions v WHERE v.input_id = a.input_id), i.given_path, a.index_in_file,
               a.url, a.title, a.outlet, a.author, a.published, a.published_text, a.published_inferred, a.text, a.offset_map,
               a.inferred_rule, a.inferred_evidence
        FROM articles a JOIN inputs i ON i.id = a.input_id
        WHERE a.id = $id AND {StoreConnection.IsCurrentInput("a.input_id")}
        """);

    readonly LayerReader _layers = new(connection);
    readonly FactReader _facts = new(connection);

    public StoredArticle? Read(string id)
    {
        _article.Parameters[0].Value = id;
        using var r = _article.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var published = r.IsDBNull(9) ? (DateOnly?)null : DateOnly.ParseExact(r.GetString(9), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var quantities = _facts.Quantities(id);
        return new StoredArticle(
            id,
            r.GetInt64(1),
            r.IsDBNull(2) ? 1 : r.GetInt32(2),
            r.GetString(3),
            r.GetInt32(4),
            Str(r, 5),
            Str(r, 6),
            Str(r, 7),
            Str(r, 8),
            published,
            Str(r, 10),
            r.GetInt32(11) != 0,
            r.GetString(12),
            _layers.Removed(id),
            _layers.Sentences(id),
            _layers.Dates(id),
            _layers.Numbers(id),
            OffsetMapCodec.Decode((byte[])r.GetValue(13)))
        {
            Inferred = r.IsDBNull(14) || published is null ? null : new InferredDate(
                published.Value,
                r.GetString(14),
                [.. (JsonSerializer.Deserialize<int[][]>(r.GetString(15)) ?? []).Select(e => new TextSpan(e[0], e[1]))]),
            Mentions = _facts.Mentions(id),
            Entities = _facts.Entities(id),
            Relations = _facts.Relations(id),
            Quotes = _facts.Quotes(id),
            Quantities = quantities,
            Events = _facts.Events(id, quantities, _facts.QuantityOwners(id)),
        };
    }

    public void Dispose()
    {
        _article.Dispose();
        _layers.Dispose();
        _facts.Dispose();
    }

    static string? Str(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);
}
