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
                   a.published, a.published_text, a.published_inferred, a.text, a.offset_map
            FROM articles a
            JOIN ({versions}) cv ON cv.input_id = a.input_id
            JOIN inputs i ON i.id = a.input_id
            WHERE ($id IS NULL OR a.id = $id)
            ORDER BY a.input_id, a.index_in_file
            """;
        cmd.Parameters.AddWithValue("$id", (object?)query.ArticleId ?? DBNull.Value);
        using var layers = new LayerReader(_connection);
        using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetString(0);
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
                OffsetMapCodec.Decode((byte[])reader.GetValue(13)));
        }
    }

    static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Reads one article's layers with statements prepared once per scan.</summary>
    sealed class LayerReader(SqliteConnection connection) : IDisposable
    {
        readonly SqliteCommand _removed = Prepare(connection, "SELECT span_start, span_end, reason, text FROM removed_spans WHERE article_id = $id ORDER BY ord");
        readonly SqliteCommand _sentences = Prepare(connection, "SELECT span_start, span_end, first_token, token_count FROM sentences WHERE article_id = $id ORDER BY ord");
        readonly SqliteCommand _dates = Prepare(connection, "SELECT span_start, span_end, precision, date_start, date_end, rule, relative FROM dates WHERE article_id = $id ORDER BY ord");
        readonly SqliteCommand _numbers = Prepare(connection, "SELECT span_start, span_end, value, approximate FROM numbers WHERE article_id = $id ORDER BY ord");

        public ImmutableArray<RemovedSpan> Removed(string id) =>
            Read(_removed, id, r => new RemovedSpan(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetString(2), r.GetString(3)));

        public ImmutableArray<Sentence> Sentences(string id) =>
            Read(_sentences, id, r => new Sentence(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetInt32(2), r.GetInt32(3)));

        public ImmutableArray<DateMention> Dates(string id) =>
            Read(_dates, id, r => new DateMention(
                new TextSpan(r.GetInt32(0), r.GetInt32(1)),
                Enum.Parse<DatePrecision>(r.GetString(2), ignoreCase: true),
                r.IsDBNull(3) ? null : DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.IsDBNull(4) ? null : DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.GetString(5),
                r.GetInt32(6) != 0));

        public ImmutableArray<NumberMention> Numbers(string id) =>
            Read(_numbers, id, r => new NumberMention(
                new TextSpan(r.GetInt32(0), r.GetInt32(1)),
                decimal.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                r.GetInt32(3) != 0));

        public void Dispose()
        {
            _removed.Dispose();
            _sentences.Dispose();
            _dates.Dispose();
            _numbers.Dispose();
        }

        static SqliteCommand Prepare(SqliteConnection connection, string sql)
        {
            var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.Add(new SqliteParameter("$id", SqliteType.Text));
            cmd.Prepare();
            return cmd;
        }

        static ImmutableArray<T> Read<T>(SqliteCommand cmd, string id, Func<SqliteDataReader, T> row)
        {
            cmd.Parameters[0].Value = id;
            using var reader = cmd.ExecuteReader();
            var list = ImmutableArray.CreateBuilder<T>();
            while (reader.Read())
            {
                list.Add(row(reader));
            }

            return list.ToImmutable();
        }
    }
}
