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
    public static Tally Match<TGold, TPred>(IReadOnlyList<TGold> gold, IReadOnlyList<TPred> predicted, Func<TGold, TPred, bool> matches) =>
        Align(gold, predicted, matches, out _, out _);

    /// <summary>
    /// <see cref="Match"/>, also telling which gold items found a partner and which predicted items were used — the
    /// misses a reader of the evaluation wants listed.
    /// </summary>
    public static Tally Align<TGold, TPred>(
        IReadOnlyList<TGold> gold,
        IReadOnlyList<TPred> predicted,
        Func<TGold, TPred, bool> matches,
        out bool[] goldMatched,
        out bool[] predictedUsed)
    {
        var used = new bool[predicted.Count];
        var found = new bool[gold.Count];
        var tally = new Tally();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
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
                found[gi] = true;
                tally.TruePositives++;
            }
            else
            {
                tally.FalseNegatives++;
            }
        }

        tally.FalsePositives += used.Count(u => !u);
        goldMatched = found;
        predictedUsed = used;
        return tally;
    }
}
