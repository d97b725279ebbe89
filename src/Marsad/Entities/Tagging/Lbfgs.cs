namespace Marsad.Entities.Tagging;

/// <summary>
/// Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) with a backtracking Armijo line search: minimises a
/// smooth function given its value and gradient. Deterministic; used to fit the CRF.
/// </summary>
internal static class Lbfgs
{
    // Curvature pairs kept: 6–10 is the usual range; more costs memory (two vectors per pair) for little gain.
    const int Memory = 8;

    // Armijo sufficient-decrease constant and the backtracking factor.
    const double Armijo = 1e-4;
    const double Backtrack = 0.5;
    const int MaxBacktracks = 30;

    /// <summary>
    /// Minimises <paramref name="evaluate"/> (value, and gradient written into its second argument) from
    /// <paramref name="x"/>, in place. Stops after <paramref name="maxIterations"/> or when the relative decrease
    /// over the last few iterations falls under <paramref name="tolerance"/>. <paramref name="iterationDone"/> sees
    /// the iteration number and the current point, and may return false to stop early.
    /// </summary>
    public static void Minimize(
        Func<double[], double[], double> evaluate, double[] x, int maxIterations, double tolerance, Func<int, double, double[], bool>? iterationDone = null)
    {
        var n = x.Length;
        var g = new double[n];
        var f = evaluate(x, g);
        var s = new double[Memory][];
        var y = new double[Memory][];
        var rho = new double[Memory];
        var alpha = new double[Memory];
        var count = 0;
        var history = new Queue<double>();
        var direction = new double[n];
        var next = new double[n];
        var nextGradient = new double[n];
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            // Two-loop recursion: direction = −H·g.
            Array.Copy(g, direction, n);
            var oldest = Math.Max(0, count - Memory);
            for (var j = count - 1; j >= oldest; j--)
            {
                var k = j % Memory;
                alpha[k] = rho[k] * Dot(s[k], direction);
                Axpy(-alpha[k], y[k], direction);
            }

            if (count > 0)
            {
                var last = (count - 1) % Memory;
                Scale(direction, Dot(s[last], y[last]) / Dot(y[last], y[last]));
            }

            for (var j = oldest; j < count; j++)
            {
                var k = j % Memory;
                var beta = rho[k] * Dot(y[k], direction);
                Axpy(alpha[k] - beta, s[k], direction);
            }

            Scale(direction, -1);
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                count = 0;
                Array.Copy(g, direction, n);
                Scale(direction, -1);
                slope = Dot(g, direction);
            }

            var step = count == 0 ? 1 / Math.Sqrt(Dot(g, g)) : 1.0;
            double nextF = 0;
            for (var b = 0; b < MaxBacktracks; b++)
            {
                for (var i = 0; i < n; i++)
                {
                    next[i] = x[i] + (step * direction[i]);
                }

                nextF = evaluate(next, nextGradient);
                if (nextF <= f + (Armijo * step * slope))
                {
                    break;
                }

                step *= Backtrack;
            }

            var slot = count % Memory;
            s[slot] ??= new double[n];
            y[slot] ??= new double[n];
            for (var i = 0; i < n; i++)
            {
                s[slot][i] = next[i] - x[i];
                y[slot][i] = nextGradient[i] - g[i];
            }

            var ys = Dot(y[slot], s[slot]);
            if (ys > 1e-12)
            {
                rho[slot] = 1 / ys;
                count++;
            }

            Array.Copy(next, x, n);
            Array.Copy(nextGradient, g, n);
            var previousF = f;
            f = nextF;
            history.Enqueue(previousF);
            if (history.Count > 5)
            {
                var old = history.Dequeue();
                if ((old - f) / Math.Max(1, Math.Abs(f)) < tolerance)
                {
                    iterationDone?.Invoke(iteration, f, x);
                    return;
                }
            }

            if (iterationDone is not null && !iterationDone(iteration, f, x))
            {
                return;
            }
        }
    }

    static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    static void Scale(double[] x, double a)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] *= a;
        }
    }
}
