using System.Globalization;
using Marsad.CrossDocument;
using Marsad.Persistence;
using Marsad.Persistence.Graph;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Graph;

/// <summary>
/// The cross-document store over the same SQLite file as <see cref="SqliteArticleStore"/> (its own connection; WAL
/// lets both be open): the graph tables of migration 0003, the linkers' index, and the knowledge-graph queries.
/// Not thread-safe: one caller at a time (the updater, a CLI command, or one request scope of the web host).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    readonly SqliteConnection _connection;
    readonly SqliteLinkIndex _index;
    readonly DigestReader _pending;
    GraphWriter? _writer;

    SqliteGraphStore(SqliteConnection connection)
    {
        _connection = connection;
        _index = new SqliteLinkIndex(connection);
        _pending = new DigestReader(connection);
    }

    public ILinkIndex Index => _index;

    /// <summary>Opens the store at <paramref name="path"/> (creating and migrating it like the article store).</summary>
    public static SqliteGraphStore Open(string path)
    {
        // The article store owns file checks and migration; opening it once brings the schema up to date.
        SqliteArticleStore.Open(path).DisposeAsync().AsTask().GetAwaiter().GetResult();

        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = false, Mode = SqliteOpenMode.ReadWrite };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;";
            cmd.ExecuteNonQuery();
            return new SqliteGraphStore(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the graph tables ({ex.Message})", ex);
        }
    }

    public Task<int> CountPendingAsync(CancellationToken ct = default) => Task.FromResult(_pending.CountPending());

    public Task<IReadOnlyList<ArticleDigest>> ReadPendingAsync(int max, CancellationToken ct = default) => Task.FromResult(_pending.Read(max));

    public Task SaveAsync(GraphBatch batch, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        using var tx = _connection.BeginTransaction(deferred: false);
        try
        {
            (_writer ??= new GraphWriter(_connection)).Write(tx, batch);
            tx.Commit();
            _index.Added(batch.Keys.Select(k => k.Key));
        }
        catch
        {
            tx.Rollback();
            // The writer remembers the entity rows it wrote and the reader where it stopped; after a rollback the
            // rows are gone and the articles are pending again, so both start afresh.
            _writer?.Dispose();
            _writer = null;
            _pending.Rewind();
            throw;
        }

        return Task.CompletedTask;
    }

    public Task ResetAsync(CancellationToken ct = default)
    {
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                DELETE FROM graph_keys; DELETE FROM graph_sketches; DELETE FROM graph_quote_links; DELETE FROM graph_quote_clusters;
                DELETE FROM graph_story_links; DELETE FROM graph_stories; DELETE FROM graph_event_links; DELETE FROM graph_clusters;
                DELETE FROM graph_entity_names; DELETE FROM graph_entity_links; DELETE FROM graph_entities; DELETE FROM graph_articles;
                DELETE FROM graph_meta;
                """;
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
        _pending.Rewind();
        _index.Reset();
        _writer?.Dispose();
        _writer = null;
        return Task.CompletedTask;
    }

    public Task<GraphSummary> GetSummaryAsync(CancellationToken ct = default)
    {
        long Count(string sql)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        return Task.FromResult(new GraphSummary(
            Count("SELECT COUNT(*) FROM graph_articles"),
            _pending.CountPending(),
            Count("SELECT COUNT(*) FROM graph_entities"),
            Count("SELECT COUNT(*) FROM graph_entities WHERE in_kb = 0"),
            Count("SELECT COUNT(*) FROM graph_event_links"),
            Count("SELECT COUNT(*) FROM graph_clusters"),
            Count("SELECT COUNT(*) FROM graph_clusters WHERE reports > 1"),
            Count("SELECT COUNT(*) FROM graph_stories"),
            Count("SELECT COUNT(*) FROM graph_stories WHERE articles > 1"),
            Count("SELECT COUNT(*) FROM graph_articles WHERE duplicate_of IS NOT NULL"),
            Count("SELECT COUNT(*) FROM graph_quote_links"),
            Count("SELECT COUNT(*) FROM graph_quote_clusters WHERE reports > 1")));
    }

    /// <summary>
    /// SHA-256 over every link (entity, event, quote, story, copy) in a fixed order: two stores with the same
    /// fingerprint made the same decisions (how the incremental path is checked against a rebuild).
    /// </summary>
    public string Fingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var sql in (string[])[
            "SELECT article_id, seq, duplicate_of FROM graph_articles ORDER BY article_id",
            "SELECT article_id, local_id, global_id FROM graph_entity_links ORDER BY article_id, local_id",
            "SELECT event_id, cluster_id FROM graph_event_links ORDER BY event_id",
            "SELECT article_id, ord, cluster_id FROM graph_quote_links ORDER BY article_id, ord",
            "SELECT story_id, article_id, is_primary FROM graph_story_links ORDER BY story_id, article_id",
            "SELECT id, title FROM graph_stories ORDER BY id"])
        {
            using var cmd = Command(sql);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    hash.AppendData(System.Text.Encoding.UTF8.GetBytes((r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)) + "\u001F"));
                }

                hash.AppendData("\n"u8);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public ValueTask DisposeAsync()
    {
        _writer?.Dispose();
        _index.Dispose();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            try
            {
                cmd.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Another connection holds the WAL; it is checkpointed when that one closes.
            }
        }

        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static DateOnly? Date(SqliteDataReader r, int at) =>
        r.IsDBNull(at) ? null : DateOnly.ParseExact(r.GetString(at), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string? Str(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);
}
