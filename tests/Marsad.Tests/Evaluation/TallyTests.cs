using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public class TallyTests
{
    [Fact]
    public void Matches_one_to_one_so_a_prediction_counts_once()
    {
        var t = Tally.Match(["a", "a", "b"], ["a", "c"], (g, p) => g == p);
        Assert.Equal(1, t.TruePositives);
        Assert.Equal(2, t.FalseNegatives);
        Assert.Equal(1, t.FalsePositives);
        Assert.Equal(0.5, t.Precision, 6);
        Assert.Equal(1 / 3.0, t.Recall, 6);
    }

    [Fact]
    public void Finds_the_largest_matching_whatever_the_order()
    {
        // Gold "2021-08" (month only) accepts either prediction; gold "2021-08-18" only the first. First-fit would give
        // the first prediction to the month and leave the day unmatched; the largest matching pairs both.
        var t = Tally.Match(["2021-08", "2021-08-18"], ["2021-08-18", "2021-08-17"], (g, p) => p.StartsWith(g, StringComparison.Ordinal));
        Assert.Equal(2, t.TruePositives);
        Assert.Equal(0, t.FalseNegatives);
        Assert.Equal(0, t.FalsePositives);
    }

    [Fact]
    public void Empty_gold_and_prediction_score_perfectly()
    {
        var t = Tally.Match(Array.Empty<string>(), Array.Empty<string>(), (g, p) => g == p);
        Assert.Equal(1, t.F1);
    }
}
