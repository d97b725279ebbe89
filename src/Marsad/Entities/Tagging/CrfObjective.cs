namespace Marsad.Entities.Tagging;

/// <summary>
/// The training objective of a linear-chain CRF (Lafferty et al. 2001) over encoded sentences: the negative
/// log-likelihood of the gold label paths plus an L2 penalty, and its gradient, by scaled forward–backward.
/// Parameters are laid out as <c>rows × labels</c> observation weights followed by <c>(labels + 1) × labels</c>
/// transition weights (row 0 = sentence start). Transitions that IOB2 forbids keep probability zero.
/// </summary>
internal sealed class CrfObjective(IReadOnlyList<EncodedSentence> data, int rows, int labels, double l2)
{
    public int Dimension => (rows * labels) + TransitionCount;

    int TransitionCount => (labels + 1) * labels;

    /// <summary>Objective value at <paramref name="x"/>; writes the gradient into <paramref name="gradient"/>.</summary>
    public double Evaluate(double[] x, double[] gradient)
    {
        Array.Clear(gradient);
        var transitionBase = rows * labels;
        var potentials = new double[TransitionCount];
        for (var k = 0; k < TransitionCount; k++)
        {
            var previous = (k / labels) - 1;
            potentials[k] = NerLabelSet.Allowed(previous, k % labels) ? Math.Exp(x[transitionBase + k]) : 0;
        }

        var buffers = new Buffers(labels);
        double loss = 0;
        foreach (var s in data)
        {
            loss += Sentence(s, x, potentials, gradient, transitionBase, buffers);
        }

        double penalty = 0;
        for (var k = 0; k < x.Length; k++)
        {
            penalty += x[k] * x[k];
            gradient[k] += l2 * x[k];
        }

        return loss + (0.5 * l2 * penalty);
    }

    double Sentence(EncodedSentence s, double[] x, double[] potentials, double[] gradient, int transitionBase, Buffers b)
    {
        var n = s.Count;
        b.Ensure(n);
        var psi = b.Psi;
        var alpha = b.Alpha;
        var beta = b.Beta;
        var scale = b.Scale;
        double shift = 0, gold = 0;

        // Observation scores, shifted by their maximum per token so exp() cannot overflow.
        for (var i = 0; i < n; i++)
        {
            var u = psi.AsSpan(i * labels, labels);
            u.Clear();
            for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                var w = x.AsSpan(s.Rows[k] * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    u[y] += w[y];
                }
            }

            gold += u[s.Gold[i]] + x[transitionBase + ((i == 0 ? 0 : s.Gold[i - 1] + 1) * labels) + s.Gold[i]];
            var max = double.NegativeInfinity;
            foreach (var v in u)
            {
                max = Math.Max(max, v);
            }

            shift += max;
            for (var y = 0; y < labels; y++)
            {
                u[y] = Math.Exp(u[y] - max);
            }
        }

        // Forward, normalised per position; log Z = Σ log scale + Σ shift.
        double logZ = shift;
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            for (var y = 0; y < labels; y++)
            {
                double a;
                if (i == 0)
                {
                    a = potentials[y];
                }
                else
                {
                    a = 0;
                    for (var p = 0; p < labels; p++)
                    {
                        a += alpha[((i - 1) * labels) + p] * potentials[((p + 1) * labels) + y];
                    }
                }

                a *= psi[(i * labels) + y];
                alpha[(i * labels) + y] = a;
                sum += a;
            }

            scale[i] = sum;
            logZ += Math.Log(sum);
            for (var y = 0; y < labels; y++)
            {
                alpha[(i * labels) + y] /= sum;
            }
        }

        // Backward with the same scales.
        for (var y = 0; y < labels; y++)
        {
            beta[((n - 1) * labels) + y] = 1;
        }

        for (var i = n - 2; i >= 0; i--)
        {
            for (var p = 0; p < labels; p++)
            {
                double sum = 0;
                for (var y = 0; y < labels; y++)
                {
                    sum += potentials[((p + 1) * labels) + y] * psi[((i + 1) * labels) + y] * beta[((i + 1) * labels) + y];
                }

                beta[(i * labels) + p] = sum / scale[i + 1];
            }
        }

        // Expected counts minus observed counts.
        for (var i = 0; i < n; i++)
        {
            for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                var g = gradient.AsSpan(s.Rows[k] * labels, labels);
                for (var y = 0; y < labels; y++)
                {
                    g[y] += alpha[(i * labels) + y] * beta[(i * labels) + y];
                }

                g[s.Gold[i]] -= 1;
            }

            if (i == 0)
            {
                for (var y = 0; y < labels; y++)
                {
                    gradient[transitionBase + y] += alpha[y] * beta[y];
                }

                gradient[transitionBase + s.Gold[0]] -= 1;
                continue;
            }

            for (var p = 0; p < labels; p++)
            {
                var ap = alpha[((i - 1) * labels) + p] / scale[i];
                if (ap == 0)
                {
                    continue;
                }

                for (var y = 0; y < labels; y++)
                {
                    var t = ((p + 1) * labels) + y;
                    gradient[transitionBase + t] += ap * potentials[t] * psi[(i * labels) + y] * beta[(i * labels) + y];
                }
            }

            gradient[transitionBase + ((s.Gold[i - 1] + 1) * labels) + s.Gold[i]] -= 1;
        }

        return logZ - gold;
    }

    sealed class Buffers(int labels)
    {
        public double[] Psi = [];
        public double[] Alpha = [];
        public double[] Beta = [];
        public double[] Scale = [];

        public void Ensure(int n)
        {
            if (Scale.Length >= n)
            {
                return;
            }

            Psi = new double[n * 2 * labels];
            Alpha = new double[n * 2 * labels];
            Beta = new double[n * 2 * labels];
            Scale = new double[n * 2];
        }
    }
}
