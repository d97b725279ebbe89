using Marsad.Documents;

namespace Marsad.Storage.Search;

/// <summary>The stems and vowel skeletons a query looks for, so snippets mark exactly the words that matched.</summary>
internal sealed class HighlightTerms
{
    readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    readonly HashSet<string> _skeletons = new(StringComparer.Ordinal);
    readonly HashSet<string> _bases = new(StringComparer.Ordinal);

    public bool IsEmpty => _stems.Count == 0 && _bases.Count == 0;

    /// <summary>A word matched by stem (and so by skeleton too).</summary>
    public void AddStem(string stem)
    {
        _stems.Add(stem);
        _skeletons.Add(SearchStem.Skeleton(stem));
    }

    /// <summary>A word of a name, matched by its base only.</summary>
    public void AddBase(string @base) => _bases.Add(@base);

    /// <summary>True when an engine token matches: same base, same stem, or same skeleton (the fields' rules).</summary>
    public bool Matches(Token token) =>
        _bases.Contains(token.Base) || _stems.Contains(token.Stem) || _skeletons.Contains(SearchStem.Skeleton(token.Stem));

    /// <summary>The index terms to look up in a hit's term vectors: stems, bases and skeletons, each in its field.</summary>
    public IEnumerable<(string Field, string Term)> FieldTerms() =>
        _stems.Select(t => (SearchFields.Text, t))
            .Concat(_bases.Select(t => (SearchFields.TextBase, t)))
            .Concat(_skeletons.Select(t => (SearchFields.TextVariant, t)));

    /// <summary>The matching key a token counts under, so repeated words do not outweigh distinct ones.</summary>
    public static string Key(Token token) => SearchStem.Skeleton(token.Stem);
}
