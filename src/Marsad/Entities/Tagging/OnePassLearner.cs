using System.Diagnostics;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Fits the weights of one encoded training set with the learner the options name, keeping the weights that
/// score best on the dev sentences when there are any (early stopping), else the final ones.
/// </summary>
internal static class OnePassLearner
{
    // Relative objective decrease over five L-BFGS iterations below which the CRF counts as converged.
    const double Tolerance = 1e-5;

    public static (float[] Weights, float[] Transitions) Fit(
        NerTrainingSet set, NerTrainingOptions options, List<NerSentence> dev, List<EncodedSentence> devEncoded,
        string phase, Stopwatch clock, Action<NerTrainingProgress>? progress)
    {
        var labels = set.Labels;
        (float[] Weights, float[] Transitions)? best = null;
        var bestF1 = double.NegativeInfinity;

        double? Consider(Func<(float[], float[])> weights)
        {
            var candidate = weights();
            var f1 = devEncoded.Count > 0 ? ScoreDev(dev, devEncoded, candidate.Item1, candidate.Item2, labels) : (double?)null;
            if (f1 is null || f1 > bestF1)
            {
                bestF1 = f1 ?? bestF1;
                best = candidate;
            }

            return f1;
        }

        if (options.Learner == NerLearner.Perceptron)
        {
            var perceptron = new AveragedPerceptron(set.Rows, labels.Count);
            var random = new Random(options.Seed);
            var order = Enumerable.Range(0, set.Sentences.Count).ToArray();
            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                random.Shuffle(order);
                var errors = perceptron.Epoch(set.Sentences, order);
                var f1 = devEncoded.Count > 0 || epoch == options.Epochs ? Consider(perceptron.Averaged) : null;
                progress?.Invoke(new NerTrainingProgress(phase, epoch, options.Epochs, errors, f1, clock.Elapsed));
            }
        }
        else
        {
            var objective = new CrfObjective(set.Sentences, set.Rows, labels.Count, options.L2);
            var x = new double[objective.Dimension];
            var last = 0;
            Lbfgs.Minimize(objective.Evaluate, x, options.MaxIterations, Tolerance, (iteration, loss, point) =>
            {
                last = iteration;
                var due = devEncoded.Count > 0 && iteration % Math.Max(1, options.DevEvery) == 0;
                var f1 = due ? Consider(() => Split(point, set.Rows, labels.Count)) : null;
                progress?.Invoke(new NerTrainingProgress(phase, iteration, options.MaxIterations, loss, f1, clock.Elapsed));
                return true;
            });

            // The final point competes too (it is the only candidate without a dev set).
            var final = Consider(() => Split(x, set.Rows, labels.Count));
            progress?.Invoke(new NerTrainingProgress(phase, last, options.MaxIterations, double.NaN, final, clock.Elapsed));
        }

        return best!.Value;
    }

    static (float[] Weights, float[] Transitions) Split(double[] x, int rows, int labels)
    {
        var w = new float[rows * labels];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = (float)x[k];
        }

        var t = new float[(labels + 1) * labels];
        for (var k = 0; k < t.Length; k++)
        {
            t[k] = (float)x[w.Length + k];
        }

        return (w, t);
    }

    static double ScoreDev(List<NerSentence> dev, List<EncodedSentence> encoded, float[] weights, float[] transitions, NerLabelSet labels)
    {
        var predicted = new List<IReadOnlyList<string>>(dev.Count);
        foreach (var s in encoded)
        {
            var unary = new float[s.Count * labels.Count];
            var path = new int[s.Count];
            AveragedPerceptron.Score(s, weights, unary, labels.Count);
            ViterbiDecoder.Decode(unary, transitions, labels.Count, path);
            predicted.Add([.. path.Select(p => labels[p])]);
        }

        return NerEvaluator.Evaluate(dev, predicted).Micro.F1;
    }
}
