namespace Marsad.Entities.Tagging;

/// <summary>
/// The gazetteer matches of one sentence as feature values per token (gazetteer, category, and whether the
/// token begins, continues or alone makes up the match), sorted so feature order never varies.
/// </summary>
internal sealed class NerMatchSet
{
    readonly List<(int Token, ulong Value)> _matches = [];
    readonly int[] _first;

    public NerMatchSet(IReadOnlyList<string> folded, IReadOnlyList<string> stems, IReadOnlyList<IGazetteerFeatures> gazetteers)
    {
        var n = folded.Count;
        _first = new int[n + 1];
        var found = new List<GazetteerMatch>();
        foreach (var gazetteer in gazetteers)
        {
            found.Clear();
            gazetteer.FindMatches(folded, stems, found);
            var name = FeatureHash.Of(gazetteer.Name);
            foreach (var match in found)
            {
                var category = FeatureHash.Pair(name, FeatureHash.Of(match.Category));
                for (var t = Math.Max(0, match.Start); t < Math.Min(n, match.End); t++)
                {
                    // First token, inside token and single-token entries are three different signals.
                    var position = match.End - match.Start == 1 ? 'U' : t == match.Start ? 'B' : 'I';
                    _matches.Add((t, FeatureHash.Pair(category, position)));
                }
            }
        }

        // Sorted by token, then value: a total order, so feature order (and float sums) never vary.
        _matches.Sort();
        var m = 0;
        for (var t = 0; t <= n; t++)
        {
            while (m < _matches.Count && _matches[m].Token < t)
            {
                m++;
            }

            _first[t] = m;
        }
    }

    /// <summary>Adds the keys of token <paramref name="token"/>'s matches under <paramref name="template"/> (nothing off the sentence).</summary>
    public void AddKeys(int token, int template, List<ulong> keys)
    {
        if (token < 0 || token >= _first.Length - 1)
        {
            return;
        }

        for (var m = _first[token]; m < _first[token + 1]; m++)
        {
            keys.Add(FeatureHash.Key(template, _matches[m].Value));
        }
    }
}
