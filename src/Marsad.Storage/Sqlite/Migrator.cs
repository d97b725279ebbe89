using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Brings a store's schema up to date. Migrations are the embedded <c>Migrations/NNNN_name.sql</c> scripts, applied
/// in order, each in its own transaction together with its row in <c>schema_migrations</c>; PRAGMA user_version
/// mirrors the latest applied number. A store newer than this build is refused rather than guessed at.
/// </summary>
internal static class Migrator
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = LoadMigrations();

    public static int Latest => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    public static int Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new StoreException($"the store has schema version {current}, newer than this Marsad build knows ({Latest}); upgrade Marsad");
        }

        foreach (var (version, name, sql) in Migrations.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }

            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = $"INSERT INTO schema_migrations(version, name, applied_at) VALUES ($v, $n, $t); PRAGMA user_version = {version};";
                cmd.Parameters.AddWithValue("$v", version);
                cmd.Parameters.AddWithValue("$n", name);
                cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
            current = version;
        }

        return current;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    static List<(int, string, string)> LoadMigrations()
    {
        var asm = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)))
        {
            var file = name["migrations/".Length..];
            var version = int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(asm.GetManifestResourceStream(name)!);
            list.Add((version, Path.GetFileNameWithoutExtension(file), reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }
}
