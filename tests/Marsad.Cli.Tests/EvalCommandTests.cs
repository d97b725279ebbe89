using Marsad.Testing;

namespace Marsad.Cli.Tests;

public class EvalCommandTests
{
    const string GoldLine = """{"id":"t1","published":"2022-05-03","text":"وصل [بغداد]{GPE} وفد من [الأمم المتحدة]{ORG} اليوم."}""";

    [Fact]
    public async Task Scores_a_gold_folder_and_fails_when_a_floor_is_above_the_score()
    {
        using var dir = new TempFolder();
        dir.Write("gold/a.jsonl", GoldLine);
        var baseline = dir.Write("baseline.json", """{"extraction":{"entities_recall":1.01}}""");

        var run = await CliRun.Of("eval", "extraction", "--gold", dir.File("gold"), "--baseline", baseline);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("| entities (surface + type) | 2 |", run.Out);
        Assert.Contains("regression: extraction.entities_recall", run.Error);
    }

    [Fact]
    public async Task Update_pins_floors_and_the_next_run_passes()
    {
        using var dir = new TempFolder();
        dir.Write("gold/a.jsonl", GoldLine);
        var baseline = dir.File("baseline.json");

        var update = await CliRun.Of("eval", "extraction", "--gold", dir.File("gold"), "--baseline", baseline, "--update");
        var check = await CliRun.Of("eval", "extraction", "--gold", dir.File("gold"), "--baseline", baseline);

        Assert.Equal(0, update.ExitCode);
        Assert.Contains("\"gold_sha256\"", await File.ReadAllTextAsync(baseline));
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task Held_out_articles_are_gated_by_their_own_floors()
    {
        // The held-out set scores lower than the development set, so it needs floors of its own: the extraction
        // floor must not judge it, and its own floor must.
        using var dir = new TempFolder();
        dir.Write("heldout/a.jsonl", GoldLine);
        var baseline = dir.Write("baseline.json", """{"extraction":{"entities_recall":1.01},"heldout":{"entities_precision":1.01}}""");

        var run = await CliRun.Of("eval", "heldout", "--heldout", dir.File("heldout"), "--baseline", baseline);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("## Held-out extraction", run.Out);
        Assert.Contains("regression: heldout.entities_precision", run.Error);
        Assert.DoesNotContain("extraction.entities_recall", run.Error);
    }

    [Fact]
    public async Task A_missing_gold_folder_is_named()
    {
        using var dir = new TempFolder();
        var run = await CliRun.Of("eval", "extraction", "--gold", dir.File("none"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no gold folder", run.Error);
    }
}

/// <summary>The gate itself: the shipped engine on the repository's gold sets stays at or above the pinned floors.</summary>
public class EvalGateTests
{
    [Fact]
    public async Task Shipped_engine_holds_the_pinned_extraction_and_cleaning_floors()
    {
        var root = SharedData.RepositoryRoot;
        var run = await CliRun.Of("eval", "all",
            "--gold", Path.Combine(root, "eval", "gold"),
            "--heldout", Path.Combine(root, "eval", "heldout"),
            "--pages", Path.Combine(root, "eval", "pages"),
            "--baseline", Path.Combine(root, "eval", "baseline.json"));

        Assert.True(run.ExitCode == 0, $"eval gate failed:\n{run.Error}");
        Assert.Contains("## Extraction", run.Out);
        Assert.Contains("## Held-out extraction", run.Out);
        Assert.Contains("## Cleaning", run.Out);
    }
}
