using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Reads attributions: بحسب/حسب X، وفق/وفقاً لـ X، طبقاً لـ X، نقلاً عن X. X must be a speaker: a mention (also the
/// issuer of a statement: بحسب بيان لخلية الإعلام الأمني), a
/// source-class phrase (بحسب مصادر أمنية) or an outlet (بحسب أسوشيتيد برس، وفقاً لوكالة الأنباء العراقية); بحسب
/// القانون or وفق الخطة attributes nothing. An attribution after a quote in the same sentence names the outlet that
/// carried it (and the speaker, when the quote has no other); on its own it makes an indirect quote: the clause
/// after فإنّ (بحسب X فإنّ …), the rest of the sentence when it opens the sentence, else the sentence before it.
/// </summary>
internal static class AttributionReader
{
    /// <summary>The source's name starts within this many tokens after the attribution (وفقاً لـ + head + name).</summary>
    const int MaxTargetTokens = 6;

    /// <summary>An outlet head (وكالة، صحيفة) may stand this many tokens before the outlet's name (وكالة الأنباء العراقية).</summary>
    const int MaxHeadToName = 1;

    public static AttributionTarget? Target(QuoteContext ctx, int k)
    {
        var end = ctx.SentenceEnd(k);
        var t = k + 1;
        if (t < end && ctx.Tokens[t].Folded == "ل")
        {
            t++;
        }

        if (t < end && ctx.Tokens[t].Folded == "عن")
        {
            t++;
        }

        if (t + 1 < end && ctx.Tokens[t].Folded is "لما" or "ما")
        {
            // وفقاً لما نقلته قناة «…»: the source is the subject of the relative verb.
            t += 2;
        }

        if (t >= end || ctx.QuotationAt[t] >= 0)
        {
            return null;
        }

        // بحسب بيان لخلية الإعلام الأمني، وفق بيان صادر عن الوزارة: the body that issued the statement is the source.
        if (ctx.Lexicon.Media.MatchAt(ctx.Tokens, t, end) is { } document && ctx.Lexicon.MediumOf(document.Entry) is QuoteMedium.Statement or QuoteMedium.Letter)
        {
            var issuer = t + document.TokenCount;
            if (issuer < end && ctx.Tokens[issuer].Base is "صادر" or "صادره")
            {
                issuer++;
            }

            if (issuer < end && ctx.Tokens[issuer].Folded is "عن" or "من")
            {
                issuer++;
            }

            if (issuer < end && ctx.MentionStartingAt(issuer) >= 0)
            {
                t = issuer;
            }
        }

        var limit = Math.Min(end, t + MaxTargetTokens);
        if (ctx.Lexicon.SourceClasses.MatchAt(ctx.Tokens, t, limit) is { } phrase)
        {
            var last = t + phrase.TokenCount - 1;
            return new AttributionTarget(
                new Speaker(null, new TextSpan(ctx.Tokens[t].Span.Start, ctx.Tokens[last].Span.End), phrase.Value, phrase.Entry), null, last + 1);
        }

        var outletHead = (ctx.HeadRoles(t, out _) & OutletReader.AnyOutletHead) != 0;
        var m = ctx.MentionAt[t];
        if (m < 0 && outletHead && t + MaxHeadToName < limit)
        {
            m = ctx.MentionStartingAt(t + MaxHeadToName);
        }

        if (m >= 0 && ctx.MentionFirst[m] >= 0)
        {
            var mention = ctx.Doc.Mentions[m];
            var isOutlet = outletHead || ctx.SectorOf(m) == OutletReader.MediaSector;
            var via = isOutlet ? OutletReader.NameOf(ctx, m, mention.Span) : null;
            return new AttributionTarget(new Speaker(mention.EntityId, mention.Span, null), via, ctx.MentionLast[m] + 1);
        }

        if (outletHead && OutletReader.Phrase(ctx, t) is { } outlet)
        {
            // وفق ما نقلته صحيفة «…» عن مسؤولين أميركيين: the outlet relayed; the source after عن speaks.
            if (outlet.End + 1 < end && ctx.Tokens[outlet.End].Folded == "عن" && Target(ctx, outlet.End - 1) is { } source && source.Via is null)
            {
                return source with { Via = outlet.Name };
            }

            return new AttributionTarget(new Speaker(null, outlet.Span, null), outlet.Name, outlet.End);
        }

        if (OutletReader.LatinName(ctx, t) is { } latin)
        {
            return new AttributionTarget(new Speaker(null, latin.Span, null), latin.Name, latin.End);
        }

        return null;
    }

    /// <summary>
    /// Attributions that stand on their own become indirect quotes; those after a quote in their sentence are
    /// handed to it (<see cref="QuoteCandidate.Attributed"/>). <paramref name="kept"/> is sorted by content.
    /// </summary>
    public static void Find(QuoteContext ctx, List<QuoteCandidate> kept, bool[] inQuote, List<QuoteCandidate> into)
    {
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            if (ctx.Cue[k] is not { Kind: CueKind.Attribution } word || inQuote[k] || Target(ctx, k) is not { } target)
            {
                continue;
            }

            if (Host(ctx, kept, k) is { } host)
            {
                host.Attributed = target;
                continue;
            }

            var (first, last) = ContentOf(ctx, k, target);
            if (last <= first || IndirectQuoteReader.Words(ctx, first, last) < IndirectQuoteReader.MinClauseWords || Overlaps(inQuote, first, last))
            {
                continue;
            }

            // Two attributions in one sentence would both claim it: the first one takes it.
            Array.Fill(inQuote, true, first, last - first);
            into.Add(new QuoteCandidate(IndirectQuoteReader.Span(ctx, first, last), false, k, word)
            {
                FrameToken = k,
                FirstToken = first,
                LastToken = last - 1,
                Fixed = target.Speaker,
                Via = target.Via,
            });
        }
    }

    /// <summary>
    /// The quote of the attribution's sentence it belongs to: the last one that ends before it, or one whose cue is
    /// before it and whose words come after it (وقال فلان وفقاً لما نقلته القناة إنّ…).
    /// </summary>
    static QuoteCandidate? Host(QuoteContext ctx, List<QuoteCandidate> kept, int k)
    {
        var sentence = ctx.SentenceOf[k];
        var at = ctx.Tokens[k].Span.Start;
        QuoteCandidate? host = null;
        foreach (var candidate in kept)
        {
            if (candidate.Content.End <= at && ctx.SentenceOf[candidate.LastToken] == sentence
                || candidate.Cue >= 0 && candidate.Cue < k && candidate.FirstToken > k && ctx.SentenceOf[candidate.Cue] == sentence)
            {
                host = candidate;
            }
        }

        return host;
    }

    static (int First, int Last) ContentOf(QuoteContext ctx, int k, AttributionTarget target)
    {
        var start = ctx.SentenceStart(k);
        var end = ctx.SentenceEnd(k);
        for (var t = target.End; t < Math.Min(end, target.End + MaxTargetTokens); t++)
        {
            if ((ctx.Roles[t] & ParticleRoles.Complementizer) != 0)
            {
                var first = (ctx.Roles[t] & ParticleRoles.BareComplementizer) != 0 ? t + 1 : t;
                return (first, IndirectQuoteReader.ClauseEnd(ctx, first, end));
            }
        }

        if (k == start)
        {
            // وبحسب مصادر أمنية عراقية، انسحبت القوات…: the report follows the source, after its comma.
            var first = target.End;
            for (var t = target.End; t < Math.Min(end, target.End + MaxTargetTokens); t++)
            {
                if (ctx.IsComma(t))
                {
                    first = t + 1;
                    break;
                }
            }

            return first < end ? (first, IndirectQuoteReader.ClauseEnd(ctx, first, end)) : (0, 0);
        }

        if (target.End < end && ctx.IsComma(target.End) && IndirectQuoteReader.Words(ctx, target.End + 1, end) >= IndirectQuoteReader.MinClauseWords)
        {
            // وباتت القوات، بحسب المرصد، تسيطر على…: a parenthetical attribution covers its whole sentence.
            var whole = end;
            while (whole > start && ctx.MarkAt(whole - 1) is '.' or '،' or ',' or '؛' or ':' or '!')
            {
                whole--;
            }

            return (start, whole);
        }

        // انسحبت القوات من المدينة، بحسب مصادر أمنية: the report is the sentence before the attribution.
        var last = k;
        while (last > start && ctx.MarkAt(last - 1) is '،' or ',' or '-' or '(')
        {
            last--;
        }

        return (start, last);
    }

    static bool Overlaps(bool[] inQuote, int first, int last)
    {
        for (var t = first; t < last; t++)
        {
            if (inQuote[t])
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The source an attribution names: as a speaker, the outlet name when it is an outlet, and the token after it.</summary>
internal readonly record struct AttributionTarget(Speaker Speaker, string? Via, int End);
