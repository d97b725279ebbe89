using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Storage.Search;

/// <summary>
/// Replaces each word with its search term of one <see cref="TermForm"/>: the stem (<see cref="SearchStem.Of"/>:
/// Marsad's folding, clitic splitting and light stemming), the base (folding and clitic splitting only) or the
/// vowel skeleton of the stem. The same filter runs at index and at query time.
/// </summary>
public sealed class MarsadStemFilter : TokenFilter
{
    readonly ICharTermAttribute _term;
    readonly TermForm _form;

    public MarsadStemFilter(TokenStream input, TermForm form)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _form = form;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var term = SearchStem.Term(_term.Buffer.AsSpan(0, _term.Length), _form);
        _term.SetEmpty().Append(term);
        return true;
    }
}
