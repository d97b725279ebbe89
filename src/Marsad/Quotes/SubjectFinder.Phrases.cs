using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Which phrase around a mention found after a cue is the subject: a person after a title's body (رئيس حزب X فلان),
/// the title's holder when no name follows (رئيس وزراء لبنان), or a definite noun phrase right after the verb with the
/// mention as its object (طالب الأسطول الخامس طهران).
/// </summary>
internal static partial class SubjectFinder
{
    static Subject Found(QuoteContext ctx, int m, int to, int head, int explicitStart)
    {
        var chosen = ctx.Doc.Mentions[m].Kind == EntityKind.Person ? m : ChainedPerson(ctx, ctx.MentionLast[m] + 1, to);
        if (chosen >= 0)
        {
            return new Subject(SubjectKind.Found, FromMention(ctx, chosen), head, head >= 0 ? ctx.MentionFirst[chosen] : -1);
        }

        if (head >= 0)
        {
            // رئيس وزراء لبنان، قائد الجيش العراقي: the title's holder speaks, not the country or body it names. A
            // mention after the title phrase has ended (past a comma or an adjunct) is the verb's object, not the title's.
            var phraseEnd = RolePhraseEnd(ctx, head, to);
            var end = phraseEnd >= ctx.MentionFirst[m] ? Math.Max(phraseEnd, ctx.MentionLast[m] + 1) : phraseEnd;
            var start = explicitStart >= 0 && explicitStart < head ? explicitStart : head;
            return new Subject(SubjectKind.Unnamed, new Speaker(null, new TextSpan(ctx.Tokens[start].Span.Start, ctx.Tokens[end - 1].Span.End), null), head, end);
        }

        // طالب الأسطول الخامس الأميركي طهران بـ…: a definite noun phrase right after the verb is its subject, and the
        // body or place named after it is the object. (A person after it was taken above: الخبير الأمني فلان.)
        // An indefinite head with a definite genitive is definite too (شركة البحار السبعة، ومقرها دبي: the company speaks).
        if (explicitStart >= 0 && explicitStart < ctx.MentionFirst[m]
            && (IsDefinite(ctx.Tokens[explicitStart]) || (explicitStart + 1 < ctx.MentionFirst[m] && IsDefinite(ctx.Tokens[explicitStart + 1]))))
        {
            var end = Math.Min(ctx.MentionFirst[m], explicitStart + MaxExplicitTokens);
            for (var t = explicitStart + 1; t < end; t++)
            {
                if (ctx.IsComma(t))
                {
                    end = t;
                    break;
                }
            }

            return new Subject(SubjectKind.Explicit, new Speaker(null, new TextSpan(ctx.Tokens[explicitStart].Span.Start, ctx.Tokens[end - 1].Span.End), null), explicitStart, end);
        }

        return new Subject(SubjectKind.Found, FromMention(ctx, m));
    }

    /// <summary>A person mention right after a title's organisation, country or class (at most <see cref="MaxChainGap"/> words between).</summary>
    static int ChainedPerson(QuoteContext ctx, int from, int to)
    {
        for (var t = from; t < to && t - from <= MaxChainGap; t++)
        {
            var m = ctx.MentionStartingAt(t);
            if (m >= 0)
            {
                return ctx.Doc.Mentions[m].Kind == EntityKind.Person && !ctx.MentionHasPreposition(m) ? m : -1;
            }

            var token = ctx.Tokens[t];
            if (!QuotationScanner.IsWord(token) || ctx.Roles[t] != ParticleRoles.None || ctx.Cue[t] is not null
                || !(IsDefinite(token) || (ctx.HeadRoles(t, out var attached) & ParticleRoles.SpeakerHead) != 0 && !attached))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end (exclusive) of a title phrase: up to a comma, complementizer, colon, adverb or a preposition (written apart or attached) other than باسم.</summary>
    static int RolePhraseEnd(QuoteContext ctx, int head, int to)
    {
        var end = head + 1;
        while (end < to && end - head < MaxRolePhraseTokens && QuotationScanner.IsWord(ctx.Tokens[end]) && !ctx.InDate[end] && ctx.Cue[end] is null
            && (ctx.Tokens[end].Folded == "باسم" || ctx.Roles[end] == ParticleRoles.None && !WordKeys.HasPrepositionalProclitic(ctx.Tokens[end].Prefix)))
        {
            end++;
        }

        return end;
    }
}
