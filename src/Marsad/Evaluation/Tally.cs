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

    /// <summary>
    /// The largest one-to-one matching of predicted items to gold items; unmatched ones count as errors. A greedy
    /// first-fit pairing would depend on order: a gold event with an open place or a month-only date can take the
    /// prediction another gold event needed, and the two errors it leaves are an artefact of the scorer.
    /// </summary>
    public static Tally Match<TGold, TPred>(IReadOnlyList<TGold> gold, IReadOnlyList<TPred> predicted, Func<TGold, TPred, bool> matches) =>
        Align(gold, predicted, matches, out _, out _);

    /// <summary>
    /// <see cref="Match"/>, also telling which gold items found a partner and which predicted items were used — the
    /// misses a reader of the evaluation wants listed. Maximum bipartite matching by augmenting paths (Kuhn).
    /// </summary>
    public static Tally Align<TGold, TPred>(
        IReadOnlyList<TGold> gold,
        IReadOnlyList<TPred> predicted,
        Func<TGold, TPred, bool> matches,
        out bool[] goldMatched,
        out bool[] predictedUsed)
    {
        var edges = new List<int>[gold.Count];
        for (var gi = 0; gi < gold.Count; gi++)
        {
            edges[gi] = [];
            for (var pi = 0; pi < predicted.Count; pi++)
            {
                if (matches(gold[gi], predicted[pi]))
                {
                    edges[gi].Add(pi);
                }
            }
        }

        // partner[pi] = the gold item predicted item pi is matched to, or -1.
        var partner = new int[predicted.Count];
        Array.Fill(partner, -1);
        var found = new bool[gold.Count];
        for (var gi = 0; gi < gold.Count; gi++)
        {
            found[gi] = Augment(gi, edges, partner, new bool[predicted.Count]);
        }

        var tally = new Tally();
        tally.TruePositives = found.Count(f => f);
        tally.FalseNegatives = gold.Count - tally.TruePositives;
        tally.FalsePositives = predicted.Count - tally.TruePositives;
        goldMatched = found;
        predictedUsed = [.. partner.Select(g => g >= 0)];
        return tally;
    }

    /// <summary>Finds a free predicted item for gold item <paramref name="gi"/>, moving earlier pairs along if needed.</summary>
    static bool Augment(int gi, List<int>[] edges, int[] partner, bool[] visited)
    {
        foreach (var pi in edges[gi])
        {
            if (visited[pi])
            {
                continue;
            }

            visited[pi] = true;
            if (partner[pi] < 0 || Augment(partner[pi], edges, partner, visited))
            {
                partner[pi] = gi;
                return true;
            }
        }

        return false;
    }
}
