namespace Marsad.Quotes;

/// <summary>Which quotations are names or scare quotes rather than reported words.</summary>
internal sealed partial class QuoteContext
{
    /// <summary>
    /// A quotation of at most this many words is a scare quote or a name (تحالف «الفتح»، بـ«الإرهابيين»، لـ«إيران
    /// وير») unless a colon, a complementizer or a cue introduces it (قال: «لا») or a cue governs it closely (توعد
    /// بـ«انتقام قاسٍ»). Three words cover the party, outlet and epithet names of Iraqi copy.
    /// </summary>
    public const int MaxTermWords = 3;

    /// <summary>
    /// A cue governs a short quotation this many tokens before it at most: the verb, its object or a preposition
    /// (وصفه المتحدث بأنه «…»، حذر من أي «…»). Further away the quotation is a term in the reporter's words.
    /// </summary>
    public const int MaxShortQuoteGap = 4;

    /// <summary>A single word after a cue (ووصفهم بـ«الإرهابيين») is an epithet: a governed short quote has two words at least.</summary>
    public const int MinGovernedQuoteWords = 2;

    /// <summary>After a written-apart لـ a quotation of up to this many words names the outlet or body addressed (لـ«سكاي نيوز عربية»).</summary>
    public const int MaxOutletNameWords = 5;

    bool IsTermQuotation(Quotation q)
    {
        var before = q.Open - 1;
        // تحالف «الفتح»، عملية «…»: an indefinite head noun names what follows; with the article (قوات التحالف «…»)
        // it is a known thing and the quotation is no name of it.
        if (before >= 0 && (HeadRoles(before, out _) & ParticleRoles.NameHead) != 0 && !Tokens[before].Prefix.EndsWith("ال", StringComparison.Ordinal))
        {
            return true;
        }

        // The whole quotation is one name the recogniser found (حركة «عصائب أهل الحق»).
        var m = MentionAt[q.FirstToken];
        if (m >= 0 && MentionAt[q.EndToken - 1] == m)
        {
            return true;
        }

        if (before >= 0 && Tokens[before].Folded == "ل" && q.Words <= MaxOutletNameWords)
        {
            return true;
        }

        return q.Words <= MaxTermWords && !IsIntroduced(q) && !(q.Words >= MinGovernedQuoteWords && IsGoverned(q));
    }

    /// <summary>A cue (not an attribution) at most <see cref="MaxShortQuoteGap"/> tokens before the quotation, in its sentence.</summary>
    bool IsGoverned(Quotation q)
    {
        var start = SentenceStart(q.Open);
        for (var t = q.Open - 1; t >= start && q.Open - t <= MaxShortQuoteGap + 1; t--)
        {
            if (QuotationScanner.IsMark(MarkAt(t)))
            {
                return false;
            }

            if (Cue[t] is { Kind: not CueKind.Attribution })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«…» و«…»: a quotation right after another, with only a conjunction or a comma between, goes on with it.</summary>
    bool Follows(Quotation previous, Quotation q)
    {
        if (!previous.Closed || q.Open - previous.Close > 2)
        {
            return false;
        }

        for (var t = previous.Close + 1; t < q.Open; t++)
        {
            if (Tokens[t].Folded != "و" && !IsComma(t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short quotation is reported words when a colon, complementizer or cue is right before it, or a cue right after.</summary>
    bool IsIntroduced(Quotation q)
    {
        var before = q.Open - 1;
        if (before >= 0 && (IsColon(before) || (Roles[before] & ParticleRoles.Complementizer) != 0))
        {
            return true;
        }

        if (before >= 0 && Cue[before] is not null)
        {
            // وتساءل «لماذا؟» is a quote; وأوضحت «أخبار اليوم» أنّ… names the subject, whose complement follows.
            var next = q.Closed ? q.Close + 1 : -1;
            return next < 0 || next >= Tokens.Length || (Roles[next] & ParticleRoles.Complementizer) == 0 && !IsColon(next);
        }

        if (!q.Closed)
        {
            return false;
        }

        var after = q.Close + 1;
        if (after < Tokens.Length && IsComma(after))
        {
            after++;
        }

        return after < Tokens.Length && Cue[after] is { ConjunctionLength: 0, Kind: CueKind.Verb or CueKind.Near };
    }
}
