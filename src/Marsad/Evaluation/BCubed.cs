namespace Marsad.Evaluation;

/// <summary>
/// B-cubed precision, recall and F1 of a clustering (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, the
/// share of its predicted cluster that is in its gold cluster (precision) and the share of its gold cluster that
/// is in its predicted cluster (recall), averaged over the gold items. An item the prediction does not place counts
/// as a singleton.
/// </summary>
public static class BCubed
{
    public static BCubedScore Score<T>(IReadOnlyDictionary<T, string> gold, IReadOnlyDictionary<T, string> predicted)
        where T : notnull
    {
        if (gold.Count == 0)
        {
            return new BCubedScore(0, 0, 0, 0);
        }

        // Items the prediction leaves out become singletons under a name no real cluster has.
        var response = gold.Keys.ToDictionary(k => k, k => predicted.TryGetValue(k, out var c) ? "p:" + c : "singleton:" + k);
        var goldSets = gold.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToHashSet(), StringComparer.Ordinal);
        var responseSets = response.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToHashSet(), StringComparer.Ordinal);
        double precision = 0, recall = 0;
        foreach (var item in gold.Keys)
        {
            var g = goldSets[gold[item]];
            var r = responseSets[response[item]];
            var both = r.Count(g.Contains);
            precision += (double)both / r.Count;
            recall += (double)both / g.Count;
        }

        precision /= gold.Count;
        recall /= gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubedScore(precision, recall, f1, gold.Count);
    }
}

/// <summary>B-cubed scores (0–1) over <see cref="Items"/> gold items.</summary>
public sealed record BCubedScore(double Precision, double Recall, double F1, int Items);
