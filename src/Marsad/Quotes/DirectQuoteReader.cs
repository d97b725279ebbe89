namespace Marsad.Quotes;

/// <summary>
/// Finds direct quotes: quotations of reported words (not names or scare quotes) tied to a cue. The cue is looked
/// for, in this order: before the opening mark in the same sentence (وقال الكاظمي: «…»، قال إن «…»، مشيراً إلى أنه
/// إذا «…»), or in the sentence before when that one ends with a colon; right after the closing mark («…»، قال
/// الكاظمي); a name and a colon opening a headline (الكاظمي: «…»); and finally the quotation before it, when only a
/// conjunction or a stop stands between them («…» و«…»). A quotation with none of these is not a quote.
/// </summary>
internal static class DirectQuoteReader
{
    /// <summary>
    /// How far before the opening mark (in tokens) the cue may stand. The subject and adjuncts between a verb of saying
    /// and its quotation (وقال الناطق باسم القائد العام للقوات المسلحة اللواء … في بيان تلقته الوكالة:) run to about
    /// twenty tokens in Iraqi copy, and a scholar's affiliation (الباحثة في جامعة … والمعهد … في دورية (…)) to
    /// thirty-five; forty leaves room without reaching into another sentence's worth of verbs.
    /// </summary>
    public const int MaxCueDistance = 40;

    /// <summary>
    /// A participle or a near-complement verb (مضيفاً، تابع) governs a quotation only this close (in tokens): مضيفاً
    /// أن «…» and مشيرة إلى أنه إذا «…» need three or four; further away the quotation belongs to another verb.
    /// </summary>
    public const int MaxNearGap = 5;

    public static void Find(QuoteContext ctx, List<QuoteCandidate> into)
    {
        QuoteCandidate? previous = null;
        var previousQuotation = -1;
        for (var q = 0; q < ctx.Quotations.Count; q++)
        {
            if (ctx.IsTerm[q])
            {
                continue;
            }

            var found = CueBefore(ctx, q) ?? CueAfter(ctx, q) ?? Headline(ctx, q) ?? Continuation(ctx, q, previous, previousQuotation);
            if (found is not null)
            {
                into.Add(found);
                previous = found;
                previousQuotation = q;
            }
        }
    }

    static QuoteCandidate? CueBefore(QuoteContext ctx, int q)
    {
        var quotation = ctx.Quotations[q];
        var open = quotation.Open;
        var start = ctx.SentenceStart(open);
        if (start == open && start > 0 && ctx.IsColon(start - 1))
        {
            // وقال الوزير:⏎«…» — the cue's sentence ended at the colon, or the line broke after it.
            start = ctx.SentenceStart(start - 1);
        }

        var lower = Math.Max(start, open - MaxCueDistance);
        var sawAn = false;
        for (var k = open - 1; k >= lower; k--)
        {
            if (ctx.QuotationAt[k] >= 0)
            {
                return null;
            }

            sawAn |= ctx.Tokens[k].Folded == "عن";
            if (ctx.Cue[k] is not { } word || word.Kind == CueKind.Attribution)
            {
                continue;
            }

            if (word.Kind is CueKind.Participle or CueKind.Near && open - k - 1 > MaxNearGap)
            {
                continue;
            }

            if (ctx.IsRelativeCue(k) && HasComma(ctx, k, open))
            {
                // المصدر، الذي فضّل عدم ذكر اسمه، إنّ «…»: a relative clause closed by a comma reports nothing after it.
                continue;
            }

            if (word.Kind == CueKind.Transmission && !sawAn)
            {
                // نقل without عن is "transport", not "relay".
                continue;
            }

            return new QuoteCandidate(quotation.Content, true, k, word)
            {
                WindowStart = k + 1,
                WindowEnd = open,
                FrameToken = k,
                FirstToken = open,
                LastToken = quotation.LastToken,
            };
        }

        return null;
    }

    static bool HasComma(QuoteContext ctx, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (ctx.IsComma(t))
            {
                return true;
            }
        }

        return false;
    }

    static QuoteCandidate? CueAfter(QuoteContext ctx, int q)
    {
        var quotation = ctx.Quotations[q];
        if (!quotation.Closed)
        {
            return null;
        }

        var j = quotation.Close + 1;
        if (j < ctx.Tokens.Length && (ctx.IsComma(j) || ctx.MarkAt(j) is '-' or '–'))
        {
            j++;
        }

        // «…»، قال الكاظمي: the verb follows without a conjunction (وقال would open a new statement).
        if (j >= ctx.Tokens.Length || ctx.ParagraphOfToken(j) != ctx.ParagraphOfToken(quotation.Close)
            || ctx.Cue[j] is not { ConjunctionLength: 0 } word || word.Kind is not (CueKind.Verb or CueKind.Near or CueKind.Attribution))
        {
            return null;
        }

        var candidate = new QuoteCandidate(quotation.Content, true, j, word)
        {
            WindowStart = j + 1,
            WindowEnd = ctx.SentenceEnd(j),
            FrameToken = j,
            FirstToken = quotation.Open,
            LastToken = quotation.LastToken,
        };
        if (word.Kind == CueKind.Attribution)
        {
            if (AttributionReader.Target(ctx, j) is not { } target)
            {
                return null;
            }

            candidate.Fixed = target.Speaker;
            candidate.Via = target.Via;
        }

        return candidate;
    }

    static QuoteCandidate? Headline(QuoteContext ctx, int q)
    {
        var quotation = ctx.Quotations[q];
        var colon = quotation.Open - 1;
        if (colon < 1 || !ctx.IsColon(colon))
        {
            return null;
        }

        // الكاظمي: «…» — a name opening its sentence, a colon, a quotation.
        var m = ctx.MentionAt[colon - 1];
        var start = ctx.SentenceStart(quotation.Open);
        if (m < 0 || ctx.MentionLast[m] != colon - 1 || ctx.MentionFirst[m] > start + 1 || ctx.MentionFirst[m] < start)
        {
            return null;
        }

        var mention = ctx.Doc.Mentions[m];
        return new QuoteCandidate(quotation.Content, true, -1, null)
        {
            FrameToken = quotation.Open,
            FirstToken = quotation.Open,
            LastToken = quotation.LastToken,
            Fixed = new Speaker(mention.EntityId, mention.Span, null),
        };
    }

    static QuoteCandidate? Continuation(QuoteContext ctx, int q, QuoteCandidate? previous, int previousQuotation)
    {
        if (previous is null || previousQuotation < 0 || !ctx.Quotations[previousQuotation].Closed)
        {
            return null;
        }

        var quotation = ctx.Quotations[q];
        var from = ctx.Quotations[previousQuotation].Close + 1;
        if (quotation.Open - from > 2 || ctx.ParagraphOfToken(from - 1) != ctx.ParagraphOfToken(quotation.Open))
        {
            return null;
        }

        for (var t = from; t < quotation.Open; t++)
        {
            if (ctx.MarkAt(t) is not ('،' or ',' or '.' or ':' or '-') && ctx.Tokens[t].Folded != "و")
            {
                return null;
            }
        }

        return new QuoteCandidate(quotation.Content, true, previous.Cue, previous.Word)
        {
            FrameToken = previous.FrameToken,
            FirstToken = quotation.Open,
            LastToken = quotation.LastToken,
            Continues = true,
        };
    }
}
