using Marsad.Evaluation;
using Marsad.Cleaning;
using Marsad.Inputs;
using Marsad.Testing;
using Xunit.Abstractions;

namespace Marsad.Tests.Cleaning;

/// <summary>
/// Scores the boilerplate gold pages of eval/pages (format in its README): with-snippets must survive cleaning,
/// without-snippets must not. Floors only ratchet up.
/// </summary>
public class EvalPagesTests(ITestOutputHelper output)
{
    /// <summary>Every with-snippet of the five pages is kept today; a lost paragraph is a regression.</summary>
    const double RecallFloor = 1.0;

    /// <summary>Every without-snippet is removed today; furniture leaking back is a regression.</summary>
    const double PrecisionFloor = 1.0;

    static readonly string Folder = Path.Combine(SharedData.RepositoryRoot, "eval", "pages");

    public static TheoryData<string> Pages() => [.. Names()];

    static IEnumerable<string> Names() => CleaningScorer.Pages(Folder);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_meets_its_gold(string name)
    {
        var score = Score(name);
        output.WriteLine($"{name}: missing: [{string.Join(" | ", score.Missing)}]; leaked: [{string.Join(" | ", score.Leaked)}]");
        Assert.Empty(score.Missing);
        Assert.Empty(score.Leaked);
    }

    [Fact]
    public void Gold_set_scores_at_or_above_the_floors()
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var name in Names())
        {
            var s = Score(name);
            (tp, fp, fn, tn) = (tp + s.TruePositives, fp + s.Leaked.Count, fn + s.Missing.Count, tn + s.TrueNegatives);
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine($"| pages | snippets | precision | recall | accuracy |\n|---|---|---|---|---|\n| {Names().Count()} | {tp + fp + fn + tn} | {precision:F3} | {recall:F3} | {(tp + tn) / (double)(tp + fp + fn + tn):F3} |");
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} is under its floor {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} is under its floor {RecallFloor}");
    }

    static CleaningScorer.PageScore Score(string name)
    {
        var page = Directory.GetFiles(Folder, name + ".*").Single(p => !p.EndsWith(".gold", StringComparison.Ordinal));
        var read = new InputReader().Read(page, File.ReadAllBytes(page));
        foreach (var article in PageCleaner.CreateDefault().CleanAll(read.Pages))
        {
            CleanArticleInvariants.Check(read.Pages[0].Text, article);
        }

        return CleaningScorer.Score(Folder, name, new InputReader(), PageCleaner.CreateDefault());
    }
}
