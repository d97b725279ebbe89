namespace Marsad.Cli.Tests.CrossDocument;

public class PathCommandTests(LinkedStore store) : IClassFixture<LinkedStore>
{
    [Fact]
    public async Task Connects_two_actors_through_the_meeting_that_links_them_with_its_article()
    {
        // Zarif met al-Kadhimi in Baghdad (one outlet's article): one hop, walked against the visit's direction.
        var run = await CliRun.Of("path", "Kadhimi", "ظريف", "--db", store.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 hop(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("←CONSULT— محمد جواد ظريف (Mohammad Javad Zarif)", run.Out, StringComparison.Ordinal);
        Assert.Contains("2021-06-20", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_so_when_no_path_connects_them()
    {
        // The flood article names no actor the others do.
        var run = await CliRun.Of("path", "Zarif", "Kataib Hezbollah", "--db", store.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No path within 6 hops", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_actor_is_an_error_naming_it()
    {
        var run = await CliRun.Of("path", "Kadhimi", "Nobody Atall", "--db", store.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Nobody Atall", run.Error, StringComparison.Ordinal);
    }
}
