namespace Marsad.Entities.Tagging;

/// <summary>
/// Non-local features in the spirit of Ratinov and Roth (2009): a name is usually tagged the same way each
/// time a story repeats it, so a first-pass tagging of the sentences around a token tells how its other
/// mentions (same stem, within <c>window</c> sentences) were read. Each token gets keys naming the dominant type
/// of its other mentions and how dominant it is; tokens with no other mention get none.
/// </summary>
internal static class NerDocumentContext
{
    // Templates: the token's own other mentions, and those of its left and right neighbours (a first name
    // whose next word is a known surname is a name too).
    const int Here = 90, Previous = 91, Next = 92;

    // Types of other mentions count from this share up: below it, a few stray tags are noise.
    const double Dominant = 0.5;

    // Short tokens (و، في, digits split off) repeat everywhere and say nothing about names.
    const int MinLetters = 2;

    static readonly ulong Majority = FeatureHash.Of("majority");
    static readonly ulong Minority = FeatureHash.Of("minority");
    static readonly ulong Count = FeatureHash.Of("count");

    /// <summary>
    /// Context keys per sentence and token. <paramref name="stems"/> are stem hashes (see <see cref="NerWordForms"/>),
    /// <paramref name="labels"/> the first-pass labels, both per sentence; <paramref name="lengths"/> gives the stem length.
    /// </summary>
    public static ulong[][][] Keys(IReadOnlyList<ulong[]> stems, IReadOnlyList<int[]> labels, IReadOnlyList<int[]> lengths, int window)
    {
        var byStem = new Dictionary<ulong, List<(int Sentence, int Token)>>();
        for (var s = 0; s < stems.Count; s++)
        {
            for (var i = 0; i < stems[s].Length; i++)
            {
                if (lengths[s][i] < MinLetters)
                {
                    continue;
                }

                if (!byStem.TryGetValue(stems[s][i], out var list))
                {
                    byStem[stems[s][i]] = list = [];
                }

                list.Add((s, i));
            }
        }

        var result = new ulong[stems.Count][][];
        for (var s = 0; s < stems.Count; s++)
        {
            var n = stems[s].Length;
            var values = new ulong[n][];
            for (var i = 0; i < n; i++)
            {
                values[i] = lengths[s][i] < MinLetters ? [] : ValuesOf(byStem[stems[s][i]], labels, s, i, window);
            }

            result[s] = new ulong[n][];
            for (var i = 0; i < n; i++)
            {
                var own = values[i];
                var previous = i > 0 ? values[i - 1] : [];
                var next = i + 1 < n ? values[i + 1] : [];
                var keys = new ulong[own.Length + previous.Length + next.Length];
                var k = 0;
                foreach (var v in own)
                {
                    keys[k++] = FeatureHash.Key(Here, v);
                }

                foreach (var v in previous)
                {
                    keys[k++] = FeatureHash.Key(Previous, v);
                }

                foreach (var v in next)
                {
                    keys[k++] = FeatureHash.Key(Next, v);
                }

                result[s][i] = keys;
            }
        }

        return result;
    }

    static ulong[] ValuesOf(List<(int Sentence, int Token)> mentions, IReadOnlyList<int[]> labels, int s, int i, int window)
    {
        // Histogram of entity types (label → type index; 0 = outside) over the other mentions in the window.
        Span<int> types = stackalloc int[16];
        var others = 0;

        // Mentions are in document order: binary-search the window's first sentence, stop past its last.
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Sentence < s - window)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var m = lo; m < mentions.Count && mentions[m].Sentence <= s + window; m++)
        {
            var (ms, mi) = mentions[m];
            if (ms == s && mi == i)
            {
                continue;
            }

            var label = labels[ms][mi];
            var type = label == NerLabelSet.Outside ? 0 : 1 + ((label - 1) / 2);
            if (type < types.Length)
            {
                types[type]++;
                others++;
            }
        }

        if (others == 0)
        {
            return [];
        }

        var values = new List<ulong>(4) { FeatureHash.Pair(Count, (ulong)Math.Min(others, 3)) };
        for (var t = 0; t < types.Length; t++)
        {
            if (types[t] > 0)
            {
                var grade = types[t] >= Dominant * others ? Majority : Minority;
                values.Add(FeatureHash.Pair(grade, (ulong)t));
            }
        }

        return [.. values];
    }
}
