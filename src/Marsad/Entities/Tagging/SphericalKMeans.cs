using System.Runtime.Intrinsics;

namespace Marsad.Entities.Tagging;

/// <summary>
/// k-means on unit-length vectors with cosine similarity (Dhillon and Modha 2001), seeded by k-means++
/// (Arthur and Vassilvitskii 2007) from a fixed-seed generator, so the same vectors give the same clusters.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>Cluster id per row of <paramref name="unit"/> (rows of <paramref name="d"/> unit-length floats).</summary>
    public static ushort[] Cluster(float[] unit, int d, int k, int iterations, int seed)
    {
        var n = unit.Length / d;
        k = Math.Min(k, n);
        var random = new Random(seed);
        var centroids = Seed(unit, d, n, k, random);
        var assignment = new ushort[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            for (var i = 0; i < n; i++)
            {
                var best = Nearest(unit.AsSpan(i * d, d), centroids, d, k);
                changed += best != assignment[i] ? 1 : 0;
                assignment[i] = (ushort)best;
            }

            Recompute(unit, d, n, k, assignment, centroids, random);
            if (changed == 0 && iteration > 0)
            {
                break;
            }
        }

        return assignment;
    }

    static float[] Seed(float[] unit, int d, int n, int k, Random random)
    {
        var centroids = new float[k * d];
        var distance = new double[n];
        Array.Fill(distance, double.MaxValue);
        var first = random.Next(n);
        unit.AsSpan(first * d, d).CopyTo(centroids);
        for (var c = 1; c < k; c++)
        {
            var previous = centroids.AsSpan((c - 1) * d, d);
            double total = 0;
            for (var i = 0; i < n; i++)
            {
                // For unit vectors, squared Euclidean distance is 2 − 2·cosine.
                var dist = Math.Max(0, 2 - (2 * Dot(unit.AsSpan(i * d, d), previous)));
                distance[i] = Math.Min(distance[i], dist);
                total += distance[i];
            }

            var target = random.NextDouble() * total;
            var pick = n - 1;
            for (var i = 0; i < n; i++)
            {
                target -= distance[i];
                if (target <= 0)
                {
                    pick = i;
                    break;
                }
            }

            unit.AsSpan(pick * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }

        return centroids;
    }

    static int Nearest(ReadOnlySpan<float> x, float[] centroids, int d, int k)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var s = Dot(x, centroids.AsSpan(c * d, d));
            if (s > bestScore)
            {
                bestScore = s;
                best = c;
            }
        }

        return best;
    }

    static void Recompute(float[] unit, int d, int n, int k, ushort[] assignment, float[] centroids, Random random)
    {
        var sums = new double[k * d];
        var sizes = new int[k];
        for (var i = 0; i < n; i++)
        {
            var c = assignment[i];
            sizes[c]++;
            for (var j = 0; j < d; j++)
            {
                sums[(c * d) + j] += unit[(i * d) + j];
            }
        }

        for (var c = 0; c < k; c++)
        {
            var target = centroids.AsSpan(c * d, d);
            if (sizes[c] == 0)
            {
                // An empty cluster restarts at a random word so every id stays in use.
                unit.AsSpan(random.Next(n) * d, d).CopyTo(target);
                continue;
            }

            double norm = 0;
            for (var j = 0; j < d; j++)
            {
                norm += sums[(c * d) + j] * sums[(c * d) + j];
            }

            norm = Math.Sqrt(norm);
            for (var j = 0; j < d; j++)
            {
                target[j] = (float)(sums[(c * d) + j] / norm);
            }
        }
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector256<float>.Zero;
        for (var k = 0; k < a.Length; k += 8)
        {
            acc += Vector256.Create(a.Slice(k, 8)) * Vector256.Create(b.Slice(k, 8));
        }

        return Vector256.Sum(acc);
    }

    /// <summary>Scales each row of <paramref name="vectors"/> to unit length (zero rows stay zero).</summary>
    public static void Normalize(float[] vectors, int d)
    {
        for (var i = 0; i < vectors.Length; i += d)
        {
            var row = vectors.AsSpan(i, d);
            var norm = MathF.Sqrt(Dot(row, row));
            if (norm > 0)
            {
                for (var j = 0; j < d; j++)
                {
                    row[j] /= norm;
                }
            }
        }
    }
}
