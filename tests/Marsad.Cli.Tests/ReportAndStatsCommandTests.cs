using Marsad.Testing;

namespace Marsad.Cli.Tests;

public class ReportAndStatsCommandTests
{
    [Fact]
    public async Task Report_shows_each_article_with_its_source_and_removed_spans()
    {
        using var dir = new TempFolder();
        var page = dir.Write("one.txt", ArabicFixtures.ShortPage);
        var db = dir.File("m.db");
        await CliRun.Of("analyze", page, "--db", db);

        var run = await CliRun.Of("report", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(page, run.Out);
        Assert.Contains("removed", run.Out);
        Assert.Contains("dates", run.Out);
        Assert.Contains("numbers", run.Out);
    }

    [Fact]
    public async Task Report_of_an_unknown_article_fails_clearly()
    {
        using var dir = new TempFolder();
        var db = dir.File("m.db");
        await CliRun.Of("analyze", dir.Write("one.txt", ArabicFixtures.ShortPage), "--db", db);
        var run = await CliRun.Of("report", "--db", db, "--article", "nope-0");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no article with id nope-0", run.Error);
    }

    [Fact]
    public async Task Stats_counts_inputs_versions_and_articles()
    {
        using var dir = new TempFolder();
        var db = dir.File("m.db");
        var page = dir.Write("one.txt", ArabicFixtures.ShortPage);
        await CliRun.Of("analyze", page, "--db", db);
        await File.WriteAllTextAsync(page, ArabicFixtures.ShortPageEdited);
        await CliRun.Of("analyze", page, "--db", db);

        var run = await CliRun.Of("stats", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("inputs           2 distinct contents", run.Out);
        Assert.Contains("paths            1 (2 versions)", run.Out);
    }
}
