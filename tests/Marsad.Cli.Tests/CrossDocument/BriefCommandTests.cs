using System.Text.RegularExpressions;

namespace Marsad.Cli.Tests.CrossDocument;

public partial class BriefCommandTests(LinkedStore store) : IClassFixture<LinkedStore>
{
    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citation();

    [Fact]
    public async Task Writes_markdown_and_html_where_every_line_cites_a_listed_source()
    {
        var stem = store.File("brief");
        var run = await CliRun.Of("brief", "--db", store.Db, "--out", stem + ".md");

        Assert.Equal(0, run.ExitCode);
        var markdown = await File.ReadAllTextAsync(stem + ".md");
        Assert.True(File.Exists(stem + ".html"));
        var lines = markdown.Split('\n');
        var sourcesAt = Array.IndexOf(lines, "## Sources");
        Assert.True(sourcesAt > 0);
        var sources = lines[(sourcesAt + 1)..].Where(l => l.StartsWith("- [", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, sources.Count).Select(n => $"- [{n}] "), sources.Select(s => s[..(s.IndexOf(']') + 2)]));
        var claims = lines[..sourcesAt].Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var cited = Citation().Matches(claim).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(cited.Count > 0, claim);
            Assert.All(cited, n => Assert.InRange(n, 1, sources.Count));
        }
    }

    [Fact]
    public async Task The_brief_shows_where_the_two_outlets_disagree_on_the_toll()
    {
        var run = await CliRun.Of("brief", "--db", store.Db);

        var line = Assert.Single(run.Out.Split('\n'), l => l.StartsWith("- Reports disagree on the number killed", StringComparison.Ordinal));
        Assert.Matches($@"2 according to {TwoOutletPages.OutletA} \[\d\]; 3 according to {TwoOutletPages.OutletB} \[\d\]", line);
    }

    [Fact]
    public async Task A_hostile_title_is_escaped_in_the_html_brief()
    {
        var stem = store.File("hostile");
        await CliRun.Of("brief", "--db", store.Db, "--out", stem);

        var html = await File.ReadAllTextAsync(stem + ".html");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;", html, StringComparison.Ordinal);
        Assert.Contains("<span dir=\"rtl\" lang=\"ar\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_brief_keeps_to_the_actors_events()
    {
        var run = await CliRun.Of("brief", "--db", store.Db, "--actor", "Zarif");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Actor: محمد جواد ظريف (Mohammad Javad Zarif)", run.Out, StringComparison.Ordinal);
        var timeline = Section(run.Out, "Timeline");
        Assert.NotEmpty(timeline);
        Assert.All(timeline, l => Assert.Contains("ظريف", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_date_range_leaves_later_events_out_of_the_timeline()
    {
        var run = await CliRun.Of("brief", "--db", store.Db, "--from", "2021-06-13", "--to", "2021-06-14");

        var timeline = Section(run.Out, "Timeline");
        Assert.NotEmpty(timeline);
        Assert.All(timeline, l => Assert.StartsWith("- 2021-06-1", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_brief_cites_the_storys_articles_and_not_the_unrelated_one()
    {
        var stories = await CliRun.Of("stories", "--db", store.Db, "--actor", "Kadhimi");
        var id = Regex.Match(stories.Out, @"\[(story:[^\]]+)\]").Groups[1].Value;

        var run = await CliRun.Of("brief", "--db", store.Db, "--story", id);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Story: ", run.Out, StringComparison.Ordinal);
        var sources = run.Out.Split('\n').SkipWhile(l => l != "## Sources").Where(l => l.StartsWith("- [", StringComparison.Ordinal)).ToList();
        Assert.Contains(sources, l => l.Contains(TwoOutletPages.OutletA, StringComparison.Ordinal));
        Assert.Contains(sources, l => l.Contains(TwoOutletPages.OutletB, StringComparison.Ordinal));
        Assert.DoesNotContain(sources, l => l.Contains("دهوك", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_story_is_a_clear_error()
    {
        var run = await CliRun.Of("brief", "--db", store.Db, "--story", "story:nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--story story:nope: no such story", run.Error, StringComparison.Ordinal);
    }

    static List<string> Section(string markdown, string heading) =>
        [.. markdown.Split('\n').SkipWhile(l => l != "## " + heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))];
}
