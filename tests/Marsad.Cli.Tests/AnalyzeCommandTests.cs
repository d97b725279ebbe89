using Marsad.Testing;

namespace Marsad.Cli.Tests;

public class AnalyzeCommandTests
{
    [Fact]
    public async Task Analyses_a_folder_into_the_store_and_prints_a_summary()
    {
        using var dir = new TempFolder();
        dir.Write("in/one.txt", ArabicFixtures.ShortPage);
        dir.Write("in/sub/two.txt", ArabicFixtures.OtherPage);
        dir.Write("in/ignored.pdf", "not a page");

        var run = await CliRun.Of("analyze", dir.File("in"), "--db", dir.File("m.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Analysed 2 input(s)", run.Out);
        Assert.Contains("new 2", run.Out);
        Assert.True(File.Exists(dir.File("m.db")));
    }

    [Fact]
    public async Task Rerunning_over_the_same_files_stores_nothing_new()
    {
        using var dir = new TempFolder();
        dir.Write("in/one.txt", ArabicFixtures.ShortPage);
        var db = dir.File("m.db");
        await CliRun.Of("analyze", dir.File("in"), "--db", db);

        var again = await CliRun.Of("analyze", dir.File("in"), "--db", db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged 1", again.Out);
        Assert.Contains("stored 0 article(s)", again.Out);
    }

    [Fact]
    public async Task A_missing_path_is_named_with_its_reason_and_the_rest_of_the_batch_goes_on()
    {
        using var dir = new TempFolder();
        var good = dir.Write("good.txt", ArabicFixtures.ShortPage);
        var missing = dir.File("nowhere.txt");

        var run = await CliRun.Of("analyze", missing, good, "--db", dir.File("m.db"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"error: {missing}: no such file or folder", run.Error);
        Assert.Contains("new 1", run.Out);
        Assert.Contains("failed 1", run.Out);
    }

    [Fact]
    public async Task Reads_a_page_from_standard_input()
    {
        using var dir = new TempFolder();
        var run = await CliRun.WithStdin(ArabicFixtures.OtherPage, "analyze", "-", "--db", dir.File("m.db"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("new 1", run.Out);
    }

    [Fact]
    public async Task A_store_path_that_is_a_folder_is_refused_clearly()
    {
        using var dir = new TempFolder();
        dir.Write("in/one.txt", ArabicFixtures.ShortPage);
        var run = await CliRun.Of("analyze", dir.File("in"), "--db", dir.Path);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("is a directory", run.Error);
    }

    [Fact]
    public async Task An_input_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var dir = new TempFolder();
        var big = dir.Write("big.txt", ArabicFixtures.ShortPage + new string('x', 4096));
        var run = await CliRun.Of("analyze", big, "--db", dir.File("m.db"), "--max-size", "1KB");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"error: {big}: file is", run.Error);
        Assert.Contains("over the 1,024-byte limit", run.Error);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await CliRun.Of("--help");
        foreach (var command in new[] { "analyze", "report", "export", "stats" })
        {
            Assert.Contains(command, run.Out);
        }
    }
}
