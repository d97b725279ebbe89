namespace Marsad.Cli.Tests.CrossDocument;

public class EventsCommandTests(LinkedStore store) : IClassFixture<LinkedStore>
{
    static List<string> EventLines(CliRun run) =>
        [.. run.Out.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(\d{4}-|undated)"))];

    [Fact]
    public async Task The_two_outlets_reports_of_one_attack_are_one_event()
    {
        var run = await CliRun.Of("events", "--db", store.Db, "--category", "assault", "--place", "عين الأسد");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(EventLines(run));
        Assert.Contains("2 independent outlet(s)", line, StringComparison.Ordinal);
        Assert.Contains(TwoOutletPages.OutletA, line, StringComparison.Ordinal);
        Assert.Contains(TwoOutletPages.OutletB, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Category_filter_keeps_only_that_category()
    {
        var run = await CliRun.Of("events", "--db", store.Db, "--category", "CONSULT");

        var lines = EventLines(run);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains(" CONSULT ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Date_range_keeps_events_dated_inside_it()
    {
        var june13 = await CliRun.Of("events", "--db", store.Db, "--from", "2021-06-13", "--to", "2021-06-13");
        var after = await CliRun.Of("events", "--db", store.Db, "--from", "2021-06-15", "--to", "2021-06");

        Assert.Contains(EventLines(june13), l => l.StartsWith("2021-06-13 ASSAULT", StringComparison.Ordinal));
        Assert.DoesNotContain(EventLines(after), l => l.Contains("ASSAULT", StringComparison.Ordinal));
        Assert.Contains(EventLines(after), l => l.StartsWith("2021-06-20 CONSULT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Actor_filter_takes_an_english_name()
    {
        var run = await CliRun.Of("events", "--db", store.Db, "--actor", "Zarif");

        var line = Assert.Single(EventLines(run));
        Assert.Contains("محمد جواد ظريف (Mohammad Javad Zarif) → مصطفى الكاظمي (Mustafa al-Kadhimi)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Place_filter_includes_places_inside_the_place()
    {
        // عين الأسد lies in الأنبار: an event placed at the base is an event in the governorate.
        var run = await CliRun.Of("events", "--db", store.Db, "--place", "Anbar");

        Assert.Contains(EventLines(run), l => l.Contains("@ قاعدة عين الأسد (Ain al-Asad Air Base)", StringComparison.Ordinal));
        Assert.DoesNotContain(EventLines(run), l => l.Contains("بغداد", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--from", "2021-13-01", "--from 2021-13-01: not a date")]
    [InlineData("--to", "yesterday", "--to yesterday: not a date")]
    [InlineData("--category", "PARTY", "--category PARTY: not a category")]
    public async Task Bad_filters_are_clear_errors(string option, string value, string message)
    {
        var run = await CliRun.Of("events", "--db", store.Db, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_place_is_a_clear_error()
    {
        var run = await CliRun.Of("events", "--db", store.Db, "--place", "Atlantis");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--place Atlantis: not a place", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_group_the_two_reports_of_the_attack()
    {
        var run = await CliRun.Of("stories", "--db", store.Db, "--actor", "Kadhimi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 article(s) from 2 outlet(s)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("دهوك", run.Out, StringComparison.Ordinal);
    }
}
