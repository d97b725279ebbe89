using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Quotes;

/// <summary>
/// Reads the outlet that carried a statement (Quote.ViaOutlet) and the medium it was made through, from the words of
/// the quote's sentence outside any quoted words. An outlet is named after a preposition: لـ«الشرق الأوسط»،
/// لـ"حفريات"، لقناة السومرية، لموقع "إيران وير"، لـCNN، مع قناة …، or is a mention of a media entity (sector MED)
/// after one. It is reported as the knowledge-base id when a knowledge-base mention covers the name, else as the
/// name as written.
/// </summary>
internal static class OutletReader
{
    /// <summary>PLOVER's sector code for media, as the knowledge base writes it.</summary>
    public const string MediaSector = "MED";

    /// <summary>Either kind of outlet head word.</summary>
    public const ParticleRoles AnyOutletHead = ParticleRoles.OutletHead | ParticleRoles.QuotedOutletHead;

    /// <summary>An outlet's name after its head word runs to at most this many words (السومرية العراقية، الأنباء العراقية).</summary>
    const int MaxNameWords = 3;

    /// <summary>
    /// The outlet named in the frame [<paramref name="from"/>, <paramref name="to"/>), skipping tokens marked in
    /// <paramref name="skip"/> (quoted words) and the tokens of <paramref name="clause"/> (the reported clause before a
    /// mixed quote's marks: أكد أن لقاءه فيه رسالة بأن «…» — رسالة there is no letter).
    /// </summary>
    public static string? Find(QuoteContext ctx, int from, int to, bool[] skip, Range clause)
    {
        for (var t = from; t < to; t++)
        {
            if (skip[t] || Inside(clause, t))
            {
                continue;
            }

            if (IsAttributed(ctx, t))
            {
                // وفقاً لوكالة …، بحسب وكالة …: an outlet that relayed the words, not one they were given to.
                continue;
            }

            var afterPreposition = t > 0 && IsOutletPreposition(ctx.Tokens[t - 1].Folded);
            if (ctx.Tokens[t].Folded == "ل" && t + 1 < to && After(ctx, t + 1) is { } named)
            {
                return named;
            }

            if ((ctx.HeadRoles(t, out var governed) & OutletReader.AnyOutletHead) != 0 && (governed || afterPreposition) && Phrase(ctx, t) is { } outlet)
            {
                return outlet.Name;
            }

            var m = ctx.MentionStartingAt(t);
            if (m >= 0 && ctx.SectorOf(m) == MediaSector && (ctx.MentionHasPreposition(m) || afterPreposition))
            {
                return NameOf(ctx, m, ctx.Doc.Mentions[m].Span);
            }
        }

        return null;
    }

    /// <summary>The medium named in the frame: the matching medium word with the lowest priority number.</summary>
    public static QuoteMedium Medium(QuoteContext ctx, int from, int to, bool[] skip, Range clause)
    {
        var (best, rank) = (QuoteMedium.Unknown, int.MaxValue);
        for (var t = from; t < to; t++)
        {
            if (!skip[t] && !Inside(clause, t) && ctx.Lexicon.Media.MatchAt(ctx.Tokens, t, to) is { } match && ctx.Lexicon.MediumPriority(match.Entry) < rank)
            {
                (best, rank) = (ctx.Lexicon.MediumOf(match.Entry), ctx.Lexicon.MediumPriority(match.Entry));
            }
        }

        return best;
    }

    static bool Inside(Range clause, int t) => t >= clause.Start.Value && t < clause.End.Value;

    /// <summary>A mention as an outlet: its knowledge-base id, else the name as written.</summary>
    public static string NameOf(QuoteContext ctx, int mention, TextSpan span) =>
        ctx.Doc.Mentions[mention].EntityId is { } id && id.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) ? id : ctx.Doc[span];

    /// <summary>An outlet head word at <paramref name="head"/> and the name after it (لقناة السومرية، لموقع «إيران وير»).</summary>
    public static OutletPhrase? Phrase(QuoteContext ctx, int head)
    {
        var start = WordStart(ctx, head);
        var next = head + 1;
        if (next < ctx.Tokens.Length && Quoted(ctx, next) is { } q)
        {
            return new OutletPhrase(new TextSpan(start, ctx.Tokens[q.Close].Span.End), QuotedName(ctx, q), q.Close + 1);
        }

        var mention = ctx.MentionAt[head] >= 0 ? ctx.MentionAt[head] : next < ctx.Tokens.Length ? ctx.MentionStartingAt(next) : -1;
        if (mention >= 0 && ctx.MentionFirst[mention] >= 0 && ctx.Doc.Mentions[mention].Kind is EntityKind.Organization or EntityKind.Misc)
        {
            var span = new TextSpan(start, ctx.Doc.Mentions[mention].Span.End);
            var id = ctx.Doc.Mentions[mention].EntityId;
            var name = id is not null && id.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) ? id : ctx.Doc[span];
            return new OutletPhrase(span, name, ctx.MentionLast[mention] + 1);
        }

        if ((ctx.HeadRoles(head, out _) & ParticleRoles.OutletHead) == 0)
        {
            // موقع، شبكة with plain words after them are a site or a network, not an outlet.
            return null;
        }

        var end = next;
        while (end < ctx.Tokens.Length && end - next < MaxNameWords && IsNameWord(ctx, end, head))
        {
            end++;
        }

        if (end == next)
        {
            return null;
        }

        var phrase = new TextSpan(start, ctx.Tokens[end - 1].Span.End);
        return new OutletPhrase(phrase, ctx.Doc[phrase], end);
    }

    /// <summary>A run of Latin-script words (CNN، BBC News) starting at <paramref name="t"/>.</summary>
    public static OutletPhrase? LatinName(QuoteContext ctx, int t)
    {
        var end = t;
        while (end < ctx.Tokens.Length && end - t < MaxNameWords && IsLatinWord(ctx, end) && (end == t || !HasGap(ctx, end)))
        {
            end++;
        }

        if (end == t)
        {
            return null;
        }

        var span = new TextSpan(ctx.Tokens[t].Span.Start, ctx.Tokens[end - 1].Span.End);
        return new OutletPhrase(span, ctx.Doc[span], end);
    }

    /// <summary>What a written-apart لـ names: a short quoted name, a Latin-script name or an organisation's mention.</summary>
    static string? After(QuoteContext ctx, int t)
    {
        if (Quoted(ctx, t) is { } q)
        {
            return QuotedName(ctx, q);
        }

        if (LatinName(ctx, t) is { } latin)
        {
            return latin.Name;
        }

        var mention = ctx.MentionStartingAt(t);
        return mention >= 0 && ctx.Doc.Mentions[mention].Kind == EntityKind.Organization ? NameOf(ctx, mention, ctx.Doc.Mentions[mention].Span) : null;
    }

    /// <summary>A quoted outlet name: the id of a mention that covers all of it, else the words as written («واشنطن إكزامينر» is no mention of Washington).</summary>
    static string QuotedName(QuoteContext ctx, Quotation q)
    {
        var m = ctx.MentionAt[q.FirstToken];
        return m >= 0 && ctx.MentionAt[q.EndToken - 1] == m && ctx.Doc.Mentions[m].Kind is EntityKind.Organization or EntityKind.Misc
            ? NameOf(ctx, m, q.Content)
            : ctx.Doc[q.Content];
    }

    /// <summary>A closed quotation opening at <paramref name="t"/> short enough to be a name.</summary>
    static Quotation? Quoted(QuoteContext ctx, int t)
    {
        if (QuotationScanner.IsMark(ctx.MarkAt(t)))
        {
            foreach (var q in ctx.Quotations)
            {
                if (q.Open == t)
                {
                    return q.Closed && q.Words <= QuoteContext.MaxOutletNameWords ? q : null;
                }
            }
        }

        return null;
    }

    static bool IsAttributed(QuoteContext ctx, int t) =>
        t > 0 && ctx.Cue[t - 1] is { Kind: CueKind.Attribution } || t > 1 && ctx.Tokens[t - 1].Folded is "ل" or "عن" && ctx.Cue[t - 2] is { Kind: CueKind.Attribution };

    static bool IsOutletPreposition(string folded) => folded is "ل" or "مع" or "على" or "عبر" or "في";

    /// <summary>A word that can be part of an outlet's name: not a function word, cue, date or mark.</summary>
    static bool IsNameWord(QuoteContext ctx, int t, int head) =>
        QuotationScanner.IsWord(ctx.Tokens[t]) && ctx.Roles[t] == ParticleRoles.None && ctx.Cue[t] is null && !ctx.InDate[t]
        && !HasGap(ctx, t) && ctx.SentenceOf[t] == ctx.SentenceOf[head] && ctx.HeadRoles(t, out _) == ParticleRoles.None;

    static bool IsLatinWord(QuoteContext ctx, int t) => ctx.Tokens[t].Folded is { Length: > 0 } f && char.IsAsciiLetter(f[0]);

    /// <summary>True when punctuation or a line break separates token <paramref name="t"/> from the one before.</summary>
    static bool HasGap(QuoteContext ctx, int t) =>
        t == 0 || Tokenization.CharClasses.HasLineBreak(ctx.Text, ctx.Tokens[t - 1].Span.End, ctx.Tokens[t].Span.Start);

    /// <summary>Where the word at <paramref name="t"/> starts once an attached ب/ل (and a fused لل) is left out.</summary>
    static int WordStart(QuoteContext ctx, int t)
    {
        var token = ctx.Tokens[t];
        // The article stays (القناة); ل + ال fused into لل has no alef left, so the whole لل goes; a ل the clitic
        // splitter kept on the word (لقناة) is one letter.
        var letters = token.Prefix.EndsWith("ال", StringComparison.Ordinal) ? token.Prefix.Length - 2
            : token.Prefix.Length > 0 ? token.Prefix.Length
            : WordKeys.TryGet(ctx.Lexicon.Heads, token, out _, out var governed) && governed ? 1 : 0;
        var i = token.Span.Start;
        while (letters > 0 && i < token.Span.End)
        {
            if (Arabic.ArabicLetters.IsArabicLetter(ctx.Text[i]))
            {
                letters--;
            }

            i++;
        }

        // Diacritics and tatweel written after the proclitic belong to it.
        while (i < token.Span.End && !Arabic.ArabicLetters.IsArabicLetter(ctx.Text[i]))
        {
            i++;
        }

        return i < token.Span.End ? i : token.Span.Start;
    }
}

/// <summary>An outlet's words in the text, its name (id or text), and the token after it.</summary>
internal readonly record struct OutletPhrase(TextSpan Span, string Name, int End);
