namespace Marsad.Entities.Tagging;

/// <summary>
/// First-order Viterbi decoding over per-token label scores plus label-transition scores, restricted to
/// well-formed IOB2 (see <see cref="NerLabelSet.Allowed"/>), so the output never holds an orphan I- tag.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>
    /// Best label path. <paramref name="unary"/> holds n×L scores (token-major); <paramref name="transitions"/>
    /// holds (L+1)×L scores, row 0 for the sentence start and row p+1 for previous label p.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> unary, ReadOnlySpan<float> transitions, int labels, Span<int> path)
    {
        var n = path.Length;
        if (n == 0)
        {
            return;
        }

        var score = new float[n * labels];
        var back = new int[n * labels];
        for (var y = 0; y < labels; y++)
        {
            score[y] = NerLabelSet.Allowed(-1, y) ? unary[y] + transitions[y] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var row = i * labels;
            var previousRow = row - labels;
            for (var y = 0; y < labels; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < labels; p++)
                {
                    if (!NerLabelSet.Allowed(p, y))
                    {
                        continue;
                    }

                    var s = score[previousRow + p] + transitions[((p + 1) * labels) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[row + y] = best + unary[row + y];
                back[row + y] = arg;
            }
        }

        var last = (n - 1) * labels;
        var end = 0;
        for (var y = 1; y < labels; y++)
        {
            if (score[last + y] > score[last + end])
            {
                end = y;
            }
        }

        path[n - 1] = end;
        for (var i = n - 1; i > 0; i--)
        {
            path[i - 1] = back[(i * labels) + path[i]];
        }
    }
}
