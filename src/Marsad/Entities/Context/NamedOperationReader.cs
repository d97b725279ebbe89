using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads the quoted name of a named operation or vessel (MISC) right after its cue word (data/context/misc-cues.tsv):
/// عملية «النسر الأزرق»، السفينة «نجمة البحر». Names joined to it by و«…» are of the same kind. A quote is a name only
/// when it is short and holds nothing but words (a hyphen may join two: «السيف-الدرع»); a longer quote or one with
/// other punctuation is a quotation.
/// </summary>
internal static class NamedOperationReader
{
    // Operation and ship names are short; a quote of more words after عملية is what was said about it.
    const int MaxNameTokens = 4;

    public static void Read(TokenFacts f, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (!f.IsWord(i) || !f.IsOpeningQuote(i + 1) || !f.Lexicon.IsMiscCue(f.KeySpan(i)) || f.Sentence(i + 1) != f.Sentence(i))
            {
                continue;
            }

            var cue = f.Doc[f.Span(i)];
            var open = i + 1;
            while (QuotedName(f, index, open) is var (span, close))
            {
                found.Add(new Mention(span, EntityKind.Misc, MentionSource.Context, null, cue));

                // و«…»: the conjunction is its own token before the opening quote.
                if (close + 2 < f.Count && f.Folded(close + 1) == "و" && f.IsOpeningQuote(close + 2) && f.Sentence(close + 2) == f.Sentence(i))
                {
                    open = close + 2;
                    continue;
                }

                break;
            }
        }
    }

    /// <summary>The name inside the quote opening at <paramref name="open"/> and the closing quote's token, or null.</summary>
    static (TextSpan Span, int Close)? QuotedName(TokenFacts f, MentionIndex index, int open)
    {
        var close = open + 1;
        while (close < f.Count && close - open <= MaxNameTokens && !f.IsClosingQuote(close) && f.Sentence(close) == f.Sentence(open))
        {
            var hyphen = f.Folded(close) == "-" && f.Span(close - 1).End == f.Span(close).Start;
            if ((!f.IsWord(close) && !hyphen) || index.Covering(close) is not null)
            {
                return null;
            }

            close++;
        }

        if (close >= f.Count || close == open + 1 || !f.IsClosingQuote(close) || !f.IsWord(open + 1) || !f.IsWord(close - 1))
        {
            return null;
        }

        return (new TextSpan(f.Span(open + 1).Start, f.Span(close - 1).End), close);
    }
}
