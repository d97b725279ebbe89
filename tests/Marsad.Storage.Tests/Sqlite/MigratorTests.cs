using Marsad.Storage.Sqlite;
using Marsad.Testing;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

public class MigratorTests
{
    [Fact]
    public async Task A_new_store_is_created_at_the_latest_schema_version()
    {
        using var folder = new TempFolder();
        await using var store = SqliteArticleStore.Open(folder.File("new.db"));
        Assert.Equal(Migrator.Latest, store.SchemaVersion);
        Assert.True(Migrator.Latest >= 1);
    }

    [Fact]
    public async Task Reopening_applies_no_migration_twice()
    {
        using var folder = new TempFolder();
        var path = folder.File("twice.db");
        await (SqliteArticleStore.Open(path)).DisposeAsync();
        await using var again = SqliteArticleStore.Open(path);
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM schema_migrations";
        Assert.Equal((long)Migrator.Migrations.Count, (long)cmd.ExecuteScalar()!);
    }

    [Fact]
    public void Refuses_a_store_from_a_newer_build()
    {
        using var folder = new TempFolder();
        var path = folder.File("future.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (999, 'future', 'now');";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("999", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.db", "هذا ملف نصي وليس قاعدة بيانات، وفيه ما يكفي من الحروف ليملأ الترويسة المتوقعة.");
        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("notes.db", ex.Message);
        Assert.Contains("not a SQLite database", ex.Message);
    }
}
