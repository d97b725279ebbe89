using Marsad.Arabic;
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

    static IEnumerable<string> Names() => Directory.GetFiles(Folder, "*.gold").Select(p => Path.GetFileNameWithoutExtension(p)).Order();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_meets_its_gold(string name)
    {
        var score = Score(name);
        output.WriteLine($"{name}: precision {score.Precision:P0}, recall {score.Recall:P0}; missing: [{string.Join(" | ", score.Missing)}]; leaked: [{string.Join(" | ", score.Leaked)}]");
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

    sealed record PageScore(int TruePositives, int TrueNegatives, List<string> Missing, List<string> Leaked)
    {
        public double Precision => TruePositives / (double)Math.Max(1, TruePositives + Leaked.Count);

        public double Recall => TruePositives / (double)Math.Max(1, TruePositives + Missing.Count);
    }

    static PageScore Score(string name)
    {
        var page = Directory.GetFiles(Folder, name + ".*").Single(p => !p.EndsWith(".gold", StringComparison.Ordinal));
        var read = new InputReader().Read(page, File.ReadAllBytes(page));
        var articles = PageCleaner.CreateDefault().CleanAll(read.Pages);
        foreach (var article in articles)
        {
            CleanArticleInvariants.Check(read.Pages[0].Text, article);
        }

        var clean = ArabicFolding.Fold(string.Join("\n\n", articles.Select(a => a.Text)));
        int tp = 0, tn = 0;
        var missing = new List<string>();
        var leaked = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, name + ".gold")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var (kind, snippet) = (line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);
            var found = clean.Contains(ArabicFolding.Fold(snippet), StringComparison.Ordinal);
            switch (kind, found)
            {
                case ("with", true): tp++; break;
                case ("with", false): missing.Add(snippet); break;
                case ("without", true): leaked.Add(snippet); break;
                case ("without", false): tn++; break;
                default: throw new FormatException($"{name}.gold: unknown kind '{kind}'");
            }
        }

        return new PageScore(tp, tn, missing, leaked);
    }
}
