using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads a company's name (ORG) in the shape Arabic news gives it: شركة + its name + لِ + its trade — شركة السنابل
/// للصيرفة، شركة البحار السبعة للشحن، الشركة العامة لموانئ العراق. The trade word with لِ closes the name, which is
/// what sets a named company apart from a company described (شركة نفطية، الشركة المشغلة).
/// </summary>
internal static class CompanyNameReader
{
    /// <summary>The cue of a company mention.</summary>
    const string Cue = "company";

    // The name between شركة and its trade has at most this many words (البحار السبعة), and the trade at most two
    // (لموانئ العراق).
    const int MaxNameWords = 3;
    const int MaxTradeWords = 2;

    public static void Read(TokenFacts f, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i + 2 < f.Count; i++)
        {
            // شركة X names a company; الشركة alone refers back to one, except the state's الشركة العامة لـ….
            if (!f.IsWord(i) || f.Bare(i) != "شركه" || index.Covering(i) is not null
                || (f.IsDefinite(i) && f.Folded(i + 1) != "العامه"))
            {
                continue;
            }

            // The trade: the first word with لِ (لل or ل) after one to three name words, all of them free words.
            var trade = -1;
            // A nationality right after شركة describes it (شركة فرنسية تنصاع للضغوط): no name follows.
            for (var j = i + 1; j < f.Count && j <= i + MaxNameWords + 1 && Free(f, index, i, j) && f.Country(j) is null; j++)
            {
                if (j > i + 1 && f.Clitics(j) is ['ل'])
                {
                    trade = j;
                    break;
                }
            }

            if (trade < 0)
            {
                continue;
            }

            // لموانئ العراق: a definite word or a listed place right after the trade belongs to it.
            var last = trade;
            while (last + 1 < f.Count && last + 1 - trade < MaxTradeWords
                && ((Free(f, index, i, last + 1) && f.IsDefinite(last + 1) && f.Country(last + 1) is null) || PlaceWord(f, index, last + 1)))
            {
                last++;
            }

            found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), f.Span(last).End), EntityKind.Organization, MentionSource.Context, null, Cue));
            i = last;
        }
    }

    // A listed place of one word (لموانئ العراق): part of the company's name, not a place of its own.
    static bool PlaceWord(TokenFacts f, MentionIndex index, int j) =>
        index.Covering(j) is { Kind: EntityKind.GeoPolitical } place && place.Span.Start >= f.StartAfter(j, -1) && place.Span.End == f.Span(j).End;

    // A word of the name: in the sentence, not punctuation, a stop word, another mention or an adverbial accusative
    // (وكالةً، خلفاً).
    static bool Free(TokenFacts f, MentionIndex index, int start, int j) =>
        f.IsWord(j) && f.Sentence(j) == f.Sentence(start) && f.Stop(j) == WordClass.None && index.Covering(j) is null
        && !f.HasTanween(j) && !f.LooksInflected(j);
}
