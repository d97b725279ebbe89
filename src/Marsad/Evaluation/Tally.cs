namespace Marsad.Evaluation;

/// <summary>True positives, false positives and false negatives of one fact type, and the scores they give.</summary>
public sealed class Tally
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Gold => TruePositives + FalseNegatives;

    public int Predicted => TruePositives + FalsePositives;

    public void Add(Tally other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    /// <summary>Greedy one-to-one matching of predicted items to gold items; unmatched ones count as errors.</summary>
    public static Tally Match<TGold, TPred>(IReadOnlyList<TGold> gold, IReadOnlyList<TPred> predicted, Func<TGold, TPred, bool> matches)
    {
        var used = new bool[predicted.Count];
        var tally = new Tally();
        foreach (var g in gold)
        {
            var hit = -1;
            for (var i = 0; i < predicted.Count && hit < 0; i++)
            {
                if (!used[i] && matches(g, predicted[i]))
                {
                    hit = i;
                }
            }

            if (hit >= 0)
            {
                used[hit] = true;
                tally.TruePositives++;
            }
            else
            {
                tally.FalseNegatives++;
            }
        }

        tally.FalsePositives += used.Count(u => !u);
        return tally;
    }
}
