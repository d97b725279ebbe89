namespace Marsad.Entities.Tagging;

/// <summary>
/// Collins' (2002) structured perceptron with weight averaging, over first-order label sequences: decode a
/// sentence with the current weights, and when the path is wrong move weights toward the gold path's features
/// and away from the predicted path's. Averaging (kept lazily: w − u/c, Daumé's trick) is what makes the
/// perceptron generalise like a regularised model.
/// </summary>
internal sealed class AveragedPerceptron(int rows, int labels)
{
    readonly double[] _weights = new double[rows * labels];
    readonly double[] _weightSums = new double[rows * labels];
    readonly double[] _transitions = new double[(labels + 1) * labels];
    readonly double[] _transitionSums = new double[(labels + 1) * labels];
    long _clock = 1;

    /// <summary>One pass over <paramref name="data"/> in the given order; returns how many sentences were decoded wrongly.</summary>
    public int Epoch(IReadOnlyList<EncodedSentence> data, IReadOnlyList<int> order)
    {
        var errors = 0;
        var unary = new float[256 * labels];
        var transitions = new float[_transitions.Length];
        var path = new int[256];
        foreach (var index in order)
        {
            var s = data[index];
            if (s.Count > path.Length)
            {
                path = new int[s.Count * 2];
                unary = new float[s.Count * 2 * labels];
            }

            for (var k = 0; k < transitions.Length; k++)
            {
                transitions[k] = (float)_transitions[k];
            }

            Score(s, _weights, unary);
            ViterbiDecoder.Decode(unary.AsSpan(0, s.Count * labels), transitions, labels, path.AsSpan(0, s.Count));
            if (Update(s, path))
            {
                errors++;
            }

            _clock++;
        }

        return errors;
    }

    /// <summary>The averaged weights as the model stores them.</summary>
    public (float[] Weights, float[] Transitions) Averaged()
    {
        var w = new float[_weights.Length];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = (float)(_weights[k] - (_weightSums[k] / _clock));
        }

        var t = new float[_transitions.Length];
        for (var k = 0; k < t.Length; k++)
        {
            t[k] = (float)(_transitions[k] - (_transitionSums[k] / _clock));
        }

        return (w, t);
    }

    void Score(EncodedSentence s, double[] weights, float[] unary)
    {
        unary.AsSpan(0, s.Count * labels).Clear();
        for (var i = 0; i < s.Count; i++)
        {
            var scores = unary.AsSpan(i * labels, labels);
            for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                var w = weights.AsSpan(s.Rows[k] * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    scores[y] += (float)w[y];
                }
            }
        }
    }

    /// <summary>Per-token label scores of an encoded sentence under stored (averaged) weights.</summary>
    public static void Score(EncodedSentence s, ReadOnlySpan<float> weights, Span<float> unary, int labels)
    {
        unary.Clear();
        for (var i = 0; i < s.Count; i++)
        {
            var scores = unary.Slice(i * labels, labels);
            for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                var w = weights.Slice(s.Rows[k] * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    scores[y] += w[y];
                }
            }
        }
    }

    bool Update(EncodedSentence s, ReadOnlySpan<int> path)
    {
        var wrong = false;
        for (var i = 0; i < s.Count; i++)
        {
            var gold = s.Gold[i];
            var guess = path[i];
            if (gold != guess)
            {
                wrong = true;
                for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
                {
                    var row = s.Rows[k] * labels;
                    Bump(_weights, _weightSums, row + gold, 1);
                    Bump(_weights, _weightSums, row + guess, -1);
                }
            }

            var goldPrevious = i == 0 ? 0 : s.Gold[i - 1] + 1;
            var guessPrevious = i == 0 ? 0 : path[i - 1] + 1;
            if (goldPrevious != guessPrevious || gold != guess)
            {
                Bump(_transitions, _transitionSums, (goldPrevious * labels) + gold, 1);
                Bump(_transitions, _transitionSums, (guessPrevious * labels) + guess, -1);
            }
        }

        return wrong;
    }

    void Bump(double[] weights, double[] sums, int k, double delta)
    {
        weights[k] += delta;
        sums[k] += _clock * delta;
    }
}
