using Marsad.Inputs;
using Marsad.Persistence;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (WAL journal), schema kept current by <see cref="Migrator"/>, one
/// transaction per saved input. Not thread-safe: one writer owns it (the analyzer funnels saves through one task).
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    readonly SqliteConnection _connection;
    LayerWriter? _layers;
    FactWriter? _facts;

    SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version after migration.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/> and migrates its schema.</summary>
    public static SqliteArticleStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"{path}: is a directory, not a database file");
        }

        var dir = System.IO.Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new StoreException($"{path}: folder {dir} does not exist");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using (var cmd = connection.CreateCommand())
            {
                // WAL lets readers (export, serve) work beside the writer; NORMAL sync keeps every committed
                // transaction across a process crash and never leaves a half transaction (SQLite's guarantee).
                cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA wal_autocheckpoint=16384;";
                cmd.ExecuteNonQuery();
            }

            var store = new SqliteArticleStore(connection, full);
            store.SchemaVersion = Migrator.Migrate(connection);
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open as a Marsad store ({ex.SqliteErrorCode switch { 26 => "file is not a SQLite database", 14 => "cannot open the file", _ => ex.Message }})", ex);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
    }

    public Task<InputStatus> GetStatusAsync(string fullPath, string sha256, CancellationToken ct = default)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM inputs WHERE sha256 = $sha";
        cmd.Parameters.AddWithValue("$sha", sha256);
        if (cmd.ExecuteScalar() is not null)
        {
            return Task.FromResult(InputStatus.Unchanged);
        }

        cmd.CommandText = "SELECT 1 FROM input_versions WHERE full_path = $path LIMIT 1";
        cmd.Parameters.Clear();
        cmd.Parameters.AddWithValue("$path", fullPath);
        return Task.FromResult(cmd.ExecuteScalar() is null ? InputStatus.New : InputStatus.Changed);
    }

    public Task RecordFailureAsync(InputError error, CancellationToken ct = default)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT INTO failures(input, reason, failed_at) VALUES ($i, $r, $t)";
        cmd.Parameters.AddWithValue("$i", error.Input);
        cmd.Parameters.AddWithValue("$r", error.Reason);
        cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<InputError> ReadFailuresAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT input, reason FROM failures ORDER BY id";
        using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new InputError(reader.GetString(0), reader.GetString(1));
        }
    }

    public ValueTask DisposeAsync()
    {
        using (var cmd = _connection.CreateCommand())
        {
            // Fold the WAL back into the main file so a closed store is one self-contained file.
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            try
            {
                cmd.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Another reader holds the WAL open; it will be checkpointed on a later close.
            }
        }

        _layers?.Dispose();
        _facts?.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }
}
