using Marsad.Testing;

namespace Marsad.Cli.Tests.CrossDocument;

public class ActorCommandTests(LinkedStore store) : IClassFixture<LinkedStore>
{
    [Fact]
    public async Task Finds_an_actor_by_an_english_name_and_shows_arabic_with_english_beside_it()
    {
        var run = await CliRun.Of("actor", "Kadhimi", "--db", store.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("مصطفى الكاظمي (Mustafa al-Kadhimi)  [PER · kb:kadhimi", run.Out, StringComparison.Ordinal);
        // Named by both outlets: the profile counts articles across sources.
        Assert.Contains("named in 3 article(s) from 2 outlet(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_the_same_actor_by_an_arabic_spelling()
    {
        var english = await CliRun.Of("actor", "Kadhimi", "--db", store.Db);
        var arabic = await CliRun.Of("actor", "الكاظمي", "--db", store.Db);

        Assert.Equal(0, arabic.ExitCode);
        Assert.Equal(english.Out, arabic.Out);
    }

    [Fact]
    public async Task An_ambiguous_name_lists_the_candidates_with_their_ids()
    {
        // فؤاد حسين and حسين سلامي both carry the word حسين.
        var run = await CliRun.Of("actor", "حسين", "--db", store.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 actors match", run.Error, StringComparison.Ordinal);
        Assert.Contains("kb:fuad-hussein", run.Error, StringComparison.Ordinal);
        Assert.Contains("kb:salami", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task An_unknown_actor_is_one_clear_error_line()
    {
        var run = await CliRun.Of("actor", "Nobody Atall", "--db", store.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: Nobody Atall: no actor by that name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_actor_the_knowledge_base_knows_but_no_article_names_is_said_so()
    {
        var run = await CliRun.Of("actor", "Bashar al-Assad", "--db", store.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is in the knowledge base, but no stored article names them", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actors_lists_the_most_reported_first_and_filters_by_kind()
    {
        var people = await CliRun.Of("actors", "--db", store.Db, "--kind", "PER");

        Assert.Equal(0, people.ExitCode);
        var rows = people.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(" PER ", r, StringComparison.Ordinal));
        Assert.Contains("مصطفى الكاظمي (Mustafa al-Kadhimi)", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actors_refuses_an_unknown_kind()
    {
        var run = await CliRun.Of("actors", "--db", store.Db, "--kind", "ROBOT");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--kind ROBOT: not a kind", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_on_a_store_without_articles_say_what_to_run()
    {
        using var dir = new TempFolder();
        var db = dir.File("empty.db");
        await CliRun.Of("analyze", dir.Write("in/blank.txt", " "), "--db", db);

        foreach (var command in new[] { "actors", "stories", "events", "graph", "brief" })
        {
            var run = await CliRun.Of(command, "--db", db);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("run `marsad analyze PATH` first", run.Error, StringComparison.Ordinal);
        }
    }
}
