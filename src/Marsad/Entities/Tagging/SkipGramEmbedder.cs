using System.Runtime.Intrinsics;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Word vectors by skip-gram with negative sampling (Mikolov et al. 2013), single-threaded with a fixed
/// linear-congruential generator (word2vec's), so the same corpus and seed give the same vectors. Arithmetic
/// uses 256-bit vectors lane by lane without fused multiply-add, so results do not depend on the CPU.
/// </summary>
internal sealed class SkipGramEmbedder(NerClusterOptions options)
{
    const int NegativeTableSize = 1 << 23;

    // word2vec's noise distribution: unigram counts raised to 3/4 flatten it toward rare words.
    const double NoisePower = 0.75;

    // Scores beyond ±6 saturate the sigmoid; word2vec skips such pairs, and so do we.
    const float MaxScore = 6f;

    ulong _random;

    /// <summary>Trains vectors for vocabulary ids 0..counts.Length-1 from sentences of ids; returns them row-major.</summary>
    public float[] Train(IReadOnlyList<int[]> sentences, long[] counts, Action<string>? progress)
    {
        var d = options.Dimensions;
        var v = counts.Length;
        _random = (ulong)options.Seed;
        var input = new float[v * d];
        var output = new float[v * d];
        for (var k = 0; k < input.Length; k++)
        {
            input[k] = (float)(Uniform() - 0.5) / d;
        }

        var table = NegativeTable(counts);
        var total = counts.Sum();
        var keep = counts.Select(c => KeepProbability(c, total)).ToArray();
        var planned = (double)options.Epochs * total;
        long seen = 0;
        var gradient = new float[d];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            foreach (var sentence in sentences)
            {
                seen += sentence.Length;
                var rate = Math.Max(options.LearningRate * 1e-4f, options.LearningRate * (float)(1 - (seen / planned)));
                var kept = sentence.Where(w => keep[w] >= 1 || Uniform() < keep[w]).ToArray();
                for (var i = 0; i < kept.Length; i++)
                {
                    var b = (int)((Next() >> 33) % (ulong)options.Window);
                    for (var j = i - options.Window + b; j <= i + options.Window - b; j++)
                    {
                        if (j != i && j >= 0 && j < kept.Length)
                        {
                            Pair(input, output, kept[j], kept[i], table, rate, gradient);
                        }
                    }
                }
            }

            progress?.Invoke($"skip-gram epoch {epoch + 1}/{options.Epochs}");
        }

        return input;
    }

    void Pair(float[] input, float[] output, int context, int target, int[] table, float rate, float[] gradient)
    {
        var d = options.Dimensions;
        var x = input.AsSpan(context * d, d);
        gradient.AsSpan().Clear();
        for (var n = 0; n <= options.Negatives; n++)
        {
            int word;
            float label;
            if (n == 0)
            {
                word = target;
                label = 1;
            }
            else
            {
                word = table[(int)(Next() >> 41) & (NegativeTableSize - 1)];
                if (word == target)
                {
                    continue;
                }

                label = 0;
            }

            var y = output.AsSpan(word * d, d);
            var score = Dot(x, y);
            float g;
            if (score > MaxScore)
            {
                g = (label - 1) * rate;
            }
            else if (score < -MaxScore)
            {
                g = label * rate;
            }
            else
            {
                g = (label - (1 / (1 + MathF.Exp(-score)))) * rate;
            }

            AddScaled(gradient, y, g);
            AddScaled(y, x, g);
        }

        AddScaled(x, gradient, 1);
    }

    static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector256<float>.Zero;
        for (var k = 0; k < a.Length; k += 8)
        {
            acc += Vector256.Create(a.Slice(k, 8)) * Vector256.Create(b.Slice(k, 8));
        }

        return Vector256.Sum(acc);
    }

    static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        var s = Vector256.Create(scale);
        for (var k = 0; k < target.Length; k += 8)
        {
            (Vector256.Create((ReadOnlySpan<float>)target.Slice(k, 8)) + (Vector256.Create(source.Slice(k, 8)) * s)).CopyTo(target.Slice(k, 8));
        }
    }

    double KeepProbability(long count, long total)
    {
        var f = (double)count / total;
        var t = options.Subsample;
        return t <= 0 ? 1 : (Math.Sqrt(f / t) + 1) * t / f;
    }

    static int[] NegativeTable(long[] counts)
    {
        var table = new int[NegativeTableSize];
        var norm = counts.Sum(c => Math.Pow(c, NoisePower));
        var word = 0;
        var cumulative = Math.Pow(counts[0], NoisePower) / norm;
        for (var k = 0; k < table.Length; k++)
        {
            table[k] = word;
            if ((double)k / table.Length > cumulative && word < counts.Length - 1)
            {
                word++;
                cumulative += Math.Pow(counts[word], NoisePower) / norm;
            }
        }

        return table;
    }

    ulong Next() => _random = (_random * 25214903917) + 11;

    // The high bits of a power-of-two LCG are the well-mixed ones; the low bits cycle quickly.
    double Uniform() => (Next() >> 40) / (double)(1 << 24);
}
