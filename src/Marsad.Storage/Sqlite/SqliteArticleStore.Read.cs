using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Marsad.Cleaning;
using Marsad.Documents;
using Marsad.Persistence;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    // The current version of a path is its highest version; an article is current when its input is some path's current version.
    const string CurrentInputs = """
        SELECT v.input_id, v.version FROM input_versions v
        WHERE v.version = (SELECT MAX(w.version) FROM input_versions w WHERE w.full_path = v.full_path)
        """;

    public async IAsyncEnumerable<StoredArticle> ReadArticlesAsync(ArticleQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var cmd = _connection.CreateCommand();
        var versions = query.AllVersions
            ? "SELECT input_id, MAX(version) AS version FROM input_versions GROUP BY input_id"
            : $"SELECT input_id, MAX(version) AS version FROM ({CurrentInputs}) GROUP BY input_id";
        cmd.CommandText = $"""
            SELECT a.id, a.input_id, cv.version, i.given_path, a.index_in_file, a.url, a.title, a.outlet, a.author,
                   a.published, a.published_text, a.published_inferred, a.text, a.offset_map, a.inferred_rule, a.inferred_evidence
            FROM articles a
            JOIN ({versions}) cv ON cv.input_id = a.input_id
            JOIN inputs i ON i.id = a.input_id
            WHERE ($id IS NULL OR a.id = $id)
            ORDER BY a.input_id, a.index_in_file
            """;
        cmd.Parameters.AddWithValue("$id", (object?)query.ArticleId ?? DBNull.Value);
        using var layers = new LayerReader(_connection);
        using var facts = new FactReader(_connection);
        using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetString(0);
            var quantities = facts.Quantities(id);
            yield return new StoredArticle(
                id,
                reader.GetInt64(1),
                reader.GetInt32(2),
                reader.GetString(3),
                reader.GetInt32(4),
                NullableString(reader, 5),
                NullableString(reader, 6),
                NullableString(reader, 7),
                NullableString(reader, 8),
                reader.IsDBNull(9) ? null : DateOnly.ParseExact(reader.GetString(9), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                NullableString(reader, 10),
                reader.GetInt32(11) != 0,
                reader.GetString(12),
                layers.Removed(id),
                layers.Sentences(id),
                layers.Dates(id),
                layers.Numbers(id),
                OffsetMapCodec.Decode((byte[])reader.GetValue(13)))
            {
                Inferred = reader.IsDBNull(14) || reader.IsDBNull(9) ? null : new InferredDate(
                    DateOnly.ParseExact(reader.GetString(9), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    reader.GetString(14),
                    [.. (System.Text.Json.JsonSerializer.Deserialize<int[][]>(reader.GetString(15)) ?? []).Select(e => new TextSpan(e[0], e[1]))]),
                Mentions = facts.Mentions(id),
                Entities = facts.Entities(id),
                Relations = facts.Relations(id),
                Quotes = facts.Quotes(id),
                Quantities = quantities,
                Events = facts.Events(id, quantities, facts.QuantityOwners(id)),
            };
        }
    }

    static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
