using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Workspace;

/// <summary>
/// Read-only connections to a store for the workspace and the search index: pooled, so each request opens one
/// cheaply, and read-only, so nothing a reader does can change the store (WAL lets them read beside a writer).
/// </summary>
public static class StoreConnection
{
    /// <summary>
    /// The input ids of the current version of every path (an article is current when its input is), as a
    /// sub-select. The same rule as the store's own reads: a path's current version is its highest version.
    /// </summary>
    public const string CurrentInputIds = """
        SELECT v.input_id FROM input_versions v
        WHERE v.version = (SELECT MAX(w.version) FROM input_versions w WHERE w.full_path = v.full_path)
        """;

    /// <summary>
    /// The same rule for one row: true when the input in <paramref name="inputIdColumn"/> is its path's current
    /// version. Looking up one article this way uses the input index; <see cref="CurrentInputIds"/> would list every
    /// current input first (tens of milliseconds per article on a store of thousands).
    /// </summary>
    public static string IsCurrentInput(string inputIdColumn) => $"""
        EXISTS (SELECT 1 FROM input_versions v WHERE v.input_id = {inputIdColumn}
                AND v.version = (SELECT MAX(w.version) FROM input_versions w WHERE w.full_path = v.full_path))
        """;

    /// <summary>Opens a read-only connection; throws <see cref="StoreException"/> when the file is missing or not a store.</summary>
    public static SqliteConnection OpenReadOnly(string dbPath)
    {
        if (!File.Exists(dbPath))
        {
            throw new StoreException($"{dbPath}: no such store; run `marsad analyze PATH --db {dbPath}` first");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(dbPath), Mode = SqliteOpenMode.ReadOnly, Pooling = true };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA busy_timeout=5000;";
            cmd.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{dbPath}: cannot open as a Marsad store ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// A cheap fingerprint of the store's content: it changes whenever an analyze run adds an input or a version,
    /// so caches and the search index can tell that they are behind without reading the articles.
    /// </summary>
    public static string Fingerprint(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT (SELECT COUNT(*) FROM input_versions) || ':' || (SELECT COALESCE(MAX(id), 0) FROM inputs) || ':' || (SELECT COUNT(*) FROM articles)";
        return (string)cmd.ExecuteScalar()!;
    }
}
