using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>
/// Numbers the articles a brief cites in order of first citation ([1] is the first article cited) and keeps the
/// source list; an article without citation data is never cited, so every number resolves.
/// </summary>
internal sealed class Citations(IEnumerable<SourceArticle> known)
{
    readonly Dictionary<string, SourceArticle> _known = known.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
    readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    readonly List<SourceArticle> _sources = [];

    public ImmutableArray<SourceArticle> Sources => [.. _sources];

    public bool IsKnown(string articleId) => _known.ContainsKey(articleId);

    /// <summary>Source numbers of up to <paramref name="max"/> known articles (earliest published first), ascending.</summary>
    public IReadOnlyList<int> Cite(IEnumerable<string> articleIds, int max)
    {
        var picked = articleIds.Distinct(StringComparer.Ordinal).Where(IsKnown)
            .OrderBy(id => _known[id].Published ?? DateOnly.MaxValue).ThenBy(id => id, StringComparer.Ordinal)
            .Take(max)
            .ToList();
        var numbers = new List<int>(picked.Count);
        foreach (var id in picked)
        {
            if (!_numbers.TryGetValue(id, out var n))
            {
                _sources.Add(_known[id]);
                n = _sources.Count;
                _numbers[id] = n;
            }

            numbers.Add(n);
        }

        numbers.Sort();
        return numbers;
    }
}
