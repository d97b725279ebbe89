using Marsad.Testing;

namespace Marsad.Cli.Tests;

public class ServeCommandTests
{
    [Fact]
    public async Task Index_builds_the_search_index_beside_the_store_and_then_adds_nothing()
    {
        using var dir = new TempFolder();
        var db = dir.File("m.db");
        await CliRun.Of("analyze", dir.Write("a.txt", ArabicFixtures.ShortPage), dir.Write("b.txt", ArabicFixtures.OtherPage), "--db", db);

        var first = await CliRun.Of("index", "--db", db);
        var second = await CliRun.Of("index", "--db", db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains(": 2 added, 0 removed, 2 current article(s)", first.Out, StringComparison.Ordinal);
        Assert.True(Directory.Exists(db + ".index"));
        Assert.Contains(": 0 added, 0 removed, 2 current article(s)", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_refuses_a_non_loopback_address_without_a_token()
    {
        using var dir = new TempFolder();
        var db = dir.File("m.db");
        await CliRun.Of("analyze", dir.Write("a.txt", ArabicFixtures.ShortPage), "--db", db);

        var run = await CliRun.Of("serve", "--db", db, "--host", "0.0.0.0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refusing to listen on 0.0.0.0", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_and_index_need_an_existing_store()
    {
        using var dir = new TempFolder();

        var serve = await CliRun.Of("serve", "--db", dir.File("none.db"));
        var index = await CliRun.Of("index", "--db", dir.File("none.db"));

        Assert.Equal(3, serve.ExitCode);
        Assert.Equal(3, index.ExitCode);
        Assert.Contains("no such store", serve.Error, StringComparison.Ordinal);
    }
}
