namespace Marsad.Entities.Tagging;

/// <summary>
/// Scores predicted IOB2 tags against gold sentences with CoNLL's entity-level measure (conlleval chunking,
/// exact span and type), per type and micro-averaged, plus a confusion table between types and boundary errors.
/// </summary>
public static class NerEvaluator
{
    /// <summary>Scores <paramref name="predicted"/> (one tag list per gold sentence) against the gold tags.</summary>
    public static NerScore Evaluate(IReadOnlyList<NerSentence> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold sentences but {predicted.Count} predictions.", nameof(predicted));
        }

        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var goldChunks = new List<IReadOnlyList<NerChunk>>(gold.Count);
        var predictedChunks = new List<IReadOnlyList<NerChunk>>(gold.Count);
        int tokens = 0, correctTags = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            var goldTags = gold[s].Tags ?? throw new ArgumentException($"Gold sentence {s} has no tags.", nameof(gold));
            var guess = predicted[s];
            if (guess.Count != goldTags.Count)
            {
                throw new ArgumentException($"Sentence {s}: {goldTags.Count} gold tags but {guess.Count} predicted.", nameof(predicted));
            }

            for (var i = 0; i < goldTags.Count; i++)
            {
                tokens++;
                correctTags += goldTags[i] == guess[i] ? 1 : 0;
            }

            var g = NerChunk.FromTags(goldTags);
            var p = NerChunk.FromTags(guess);
            goldChunks.Add(g);
            predictedChunks.Add(p);
            var goldSet = new HashSet<NerChunk>(g);
            foreach (var chunk in g)
            {
                Count(counts, chunk.Type)[0]++;
            }

            foreach (var chunk in p)
            {
                var c = Count(counts, chunk.Type);
                c[1]++;
                c[2] += goldSet.Contains(chunk) ? 1 : 0;
            }
        }

        var types = counts.Keys.ToArray();
        var perType = types.Select(t => new NerTypeScore(t, counts[t][0], counts[t][1], counts[t][2])).ToArray();
        var micro = new NerTypeScore("micro", perType.Sum(t => t.Gold), perType.Sum(t => t.Predicted), perType.Sum(t => t.Correct));
        var confusion = new NerConfusion(types);
        for (var s = 0; s < goldChunks.Count; s++)
        {
            Confuse(confusion, goldChunks[s], predictedChunks[s]);
        }

        return new NerScore(micro, perType, confusion, tokens, correctTags);
    }

    static int[] Count(SortedDictionary<string, int[]> counts, string type)
    {
        if (!counts.TryGetValue(type, out var c))
        {
            counts[type] = c = new int[3];
        }

        return c;
    }

    static void Confuse(NerConfusion confusion, IReadOnlyList<NerChunk> gold, IReadOnlyList<NerChunk> predicted)
    {
        foreach (var g in gold)
        {
            var outcome = NerConfusion.Missed;
            foreach (var p in predicted)
            {
                if (p.Start == g.Start && p.End == g.End)
                {
                    outcome = p.Type;
                    break;
                }

                if (p.Start < g.End && g.Start < p.End)
                {
                    outcome = NerConfusion.Boundary;
                }
            }

            confusion.Add(g.Type, outcome);
        }

        foreach (var p in predicted)
        {
            var overlaps = false;
            foreach (var g in gold)
            {
                overlaps |= p.Start < g.End && g.Start < p.End;
            }

            if (!overlaps)
            {
                confusion.AddSpurious(p.Type);
            }
        }
    }
}
