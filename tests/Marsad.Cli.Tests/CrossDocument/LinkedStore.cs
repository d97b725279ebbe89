using Marsad.Testing;

namespace Marsad.Cli.Tests.CrossDocument;

/// <summary>
/// A temporary store analysed once by the real engine from <see cref="TwoOutletPages"/> (analyze links the articles
/// across sources); the tests of a class only read it. Disposed with its folder.
/// </summary>
public sealed class LinkedStore : IAsyncLifetime
{
    readonly TempFolder _dir = new();

    public string Db => _dir.File("linked.db");

    public string File(string name) => _dir.File(name);

    public async Task InitializeAsync()
    {
        _dir.Write("in/pages.jsonl", TwoOutletPages.Jsonl());
        var run = await CliRun.Of("analyze", _dir.File("in"), "--db", Db);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
