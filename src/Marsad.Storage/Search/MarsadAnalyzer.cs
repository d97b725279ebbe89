using Lucene.Net.Analysis;

namespace Marsad.Storage.Search;

/// <summary>
/// The analyzer of every searchable field: <see cref="MarsadWordTokenizer"/> then <see cref="MarsadStemFilter"/>.
/// Each field gets the terms of its form (<see cref="SearchFields.FormOf"/>): stems, bases or vowel skeletons. Used
/// for indexing and for every query, so both sides always see the same terms.
/// </summary>
public sealed class MarsadAnalyzer() : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    /// <summary>Bumped whenever the analysis or the fields change: an index built by another version is rebuilt, never read.</summary>
    public const string Version = "marsad-analysis/5";

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new MarsadWordTokenizer(reader);
        return new TokenStreamComponents(source, new MarsadStemFilter(source, SearchFields.FormOf(fieldName)));
    }
}
