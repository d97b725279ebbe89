using System.Text;
using Marsad.Persistence;
using Marsad.Storage.Sqlite;
using Marsad.Testing;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>A temporary store plus a default engine to produce analysed inputs for it.</summary>
internal sealed class StoreFixture : IAsyncDisposable
{
    public TempFolder Folder { get; } = new();

    public Engine Engine { get; } = Engine.CreateDefault();

    public string DbPath => Folder.File("store.db");

    public SqliteArticleStore Open() => SqliteArticleStore.Open(DbPath);

    public AnalyzedInput Analyze(string path, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var analysis = Engine.Analyze(path, Path.GetFullPath(Folder.File(path)), bytes);
        return analysis.Input ?? throw new InvalidOperationException($"fixture did not analyse: {string.Join("; ", analysis.Errors)}");
    }

    public ValueTask DisposeAsync()
    {
        Folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
