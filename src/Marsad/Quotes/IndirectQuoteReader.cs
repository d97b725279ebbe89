namespace Marsad.Quotes;

/// <summary>
/// Finds indirect quotes: a cue that takes a complement clause, then its complementizer within the cue's sentence
/// (قال إنّ، أكد أنّ، أشار إلى أنّ، أفاد بأنّ، نقلت X عن Y أنّ), the speaker and adjuncts standing between. The
/// Content is the reported clause: after a bare إنّ/أنّ (with a pronoun suffix, أنه، the pronoun is the clause's
/// subject and stays in), up to the sentence end or to the next cue that opens another report (، مضيفاً أنّ، وأضاف
/// أنّ، بحسب). A cue followed by a colon and no quotation marks (وقال: الوضع خطير) gives a direct quote of the rest
/// of the sentence. Quotations are left to <see cref="DirectQuoteReader"/>: a clause that runs into one is dropped
/// when the quotes are merged.
/// </summary>
internal static class IndirectQuoteReader
{
    /// <summary>
    /// How far after the cue (in tokens) its complementizer may stand: the subject with its titles and apposition and
    /// the adjuncts (في بيان، لـ«…»، اليوم) run to about twenty tokens, an affiliation to thirty-five (see
    /// <see cref="DirectQuoteReader.MaxCueDistance"/>).
    /// </summary>
    public const int MaxWindow = DirectQuoteReader.MaxCueDistance;

    /// <summary>A reported clause needs at least this many words; قال إنه لا is a fragment of a broken page, not a report.</summary>
    public const int MinClauseWords = 2;

    public static void Find(QuoteContext ctx, List<QuoteCandidate> into)
    {
        for (var k = 0; k < ctx.Tokens.Length; k++)
        {
            if (ctx.Cue[k] is { } word && word.Kind != CueKind.Attribution && ctx.QuotationAt[k] < 0 && Clause(ctx, k, word) is { } found)
            {
                into.Add(found);
            }
        }
    }

    static QuoteCandidate? Clause(QuoteContext ctx, int k, CueWord word)
    {
        var end = ctx.SentenceEnd(k);
        var reach = k + 1 + (word.Kind is CueKind.Participle or CueKind.Near ? DirectQuoteReader.MaxNearGap : MaxWindow);
        var sawAn = false;
        for (var t = k + 1; t < end && t <= reach; t++)
        {
            if (ctx.QuotationAt[t] >= 0)
            {
                return null;
            }

            var roles = ctx.Roles[t];
            if (ctx.IsComma(t) && ctx.IsRelativeCue(k))
            {
                // A relative clause ends at its comma: its cue has no complement beyond it.
                return null;
            }

            if ((roles & ParticleRoles.Relative) != 0)
            {
                // المصدر، الذي طلب عدم الكشف عن هويته، أنّ…: the relative clause runs to the next comma.
                t = NextComma(ctx, t, end);
                continue;
            }

            if (ctx.Cue[t] is { Kind: not CueKind.Attribution })
            {
                return null;
            }

            sawAn |= ctx.Tokens[t].Folded == "عن";
            if (ctx.IsColon(t))
            {
                return Colon(ctx, k, word, t, end);
            }

            if ((roles & ParticleRoles.Complementizer) == 0 || !word.TakesClause || (ctx.Roles[t - 1] & ParticleRoles.InfinitiveTrigger) != 0)
            {
                continue;
            }

            if (word.Kind == CueKind.Transmission && !sawAn)
            {
                return null;
            }

            var first = (roles & ParticleRoles.BareComplementizer) != 0 ? t + 1 : t;
            var last = ClauseEnd(ctx, first, ctx.IsRelativeCue(k) ? NextComma(ctx, t, end) : end);
            if (Words(ctx, first, last) < MinClauseWords)
            {
                return null;
            }

            return new QuoteCandidate(Span(ctx, first, last), false, k, word)
            {
                WindowStart = k + 1,
                WindowEnd = t,
                FrameToken = k,
                FirstToken = first,
                LastToken = last - 1,
            };
        }

        return null;
    }

    /// <summary>وقال: الوضع خطير — words after a cue and a colon, without marks, are the speaker's own.</summary>
    static QuoteCandidate? Colon(QuoteContext ctx, int k, CueWord word, int colon, int end)
    {
        var first = colon + 1;
        if (first >= end || ctx.QuotationAt[first] >= 0)
        {
            return null;
        }

        var last = ClauseEnd(ctx, first, end);
        if (Words(ctx, first, last) < MinClauseWords)
        {
            return null;
        }

        return new QuoteCandidate(Span(ctx, first, last), true, k, word)
        {
            WindowStart = k + 1,
            WindowEnd = colon,
            FrameToken = k,
            FirstToken = first,
            LastToken = last - 1,
        };
    }

    /// <summary>
    /// Where a reported clause starting at <paramref name="first"/> ends (exclusive): before a cue that opens another
    /// report (a participle, a verb with its conjunction or after a comma or a clause opener such as فيما, an
    /// attribution), else at the sentence end; trailing stops and commas are left out.
    /// </summary>
    public static int ClauseEnd(QuoteContext ctx, int first, int end)
    {
        var last = end;
        for (var t = first + 1; t < end; t++)
        {
            if (ctx.Cue[t] is { } cue && (cue.Kind is CueKind.Participle or CueKind.Attribution || cue.ConjunctionLength > 0 || ctx.IsComma(t - 1)))
            {
                last = t;
                break;
            }

            if (ctx.Cue[t] is not null && (ctx.Roles[t - 1] & ParticleRoles.ClauseOpener) != 0 && t - 1 > first)
            {
                // …، فيما يرى مراقبون أنّ: the opener starts the next report.
                last = t - 1;
                break;
            }
        }

        while (last > first && IsTrailing(ctx.MarkAt(last - 1)))
        {
            last--;
        }

        return last;
    }

    public static int Words(QuoteContext ctx, int first, int last)
    {
        var words = 0;
        for (var t = first; t < last; t++)
        {
            words += QuotationScanner.IsWord(ctx.Tokens[t]) ? 1 : 0;
        }

        return words;
    }

    public static Documents.TextSpan Span(QuoteContext ctx, int first, int last) =>
        new(ctx.Tokens[first].Span.Start, ctx.Tokens[last - 1].Span.End);

    static bool IsTrailing(char c) => c is '.' or '،' or ',' or '؛' or ';' or ':' or '…' or '-' or '–' or '!';

    static int NextComma(QuoteContext ctx, int t, int end)
    {
        while (t + 1 < end && !ctx.IsComma(t + 1))
        {
            t++;
        }

        return t + 1;
    }
}
