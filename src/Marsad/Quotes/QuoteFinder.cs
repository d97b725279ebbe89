using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Quotes;

/// <summary>
/// Finds reported speech and who said it. Direct quotes are quotations tied to a cue (<see cref="DirectQuoteReader"/>);
/// indirect quotes are a cue's complement clause (<see cref="IndirectQuoteReader"/>) or an attribution
/// (<see cref="AttributionReader"/>). Each quote's speaker is an entity from the Mentions layer, or a source class
/// when unnamed (<see cref="SpeakerResolver"/>); its medium and the outlet that carried it come from the words of its
/// sentence outside any quoted words (<see cref="OutletReader"/>). Quotes are sorted by Content and never overlap: a
/// direct quote wins over a clause that runs into it. Reads the Dates and Relations layers when they are there.
/// </summary>
public sealed class QuoteFinder(QuoteLexicon lexicon) : IStage
{
    public Layer Requires => Layer.Tokens | Layer.Sentences | Layer.Mentions;

    public Layer Provides => Layer.Quotes;

    /// <summary>The finder with the shipped tables (data/quotes).</summary>
    public static QuoteFinder CreateDefault() => new(QuoteLexicon.Default);

    public Document Run(Document doc) => doc with { Quotes = Find(doc) };

    /// <summary>The quotes of a document that has tokens, sentences and mentions.</summary>
    public ImmutableArray<Quote> Find(Document doc)
    {
        if (doc.Tokens.IsEmpty || doc.Sentences.IsEmpty)
        {
            return [];
        }

        var ctx = new QuoteContext(doc, lexicon);
        var direct = new List<QuoteCandidate>();
        DirectQuoteReader.Find(ctx, direct);
        var clauses = new List<QuoteCandidate>();
        IndirectQuoteReader.Find(ctx, clauses);
        var kept = Merge(ctx, direct, clauses, out var inQuote);

        var attributed = new List<QuoteCandidate>();
        AttributionReader.Find(ctx, kept, inQuote, attributed);
        if (attributed.Count > 0)
        {
            kept.AddRange(attributed);
            kept.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        }

        var resolver = new SpeakerResolver(ctx);
        var quotes = ImmutableArray.CreateBuilder<Quote>(kept.Count);
        var cues = new HashSet<int>(kept.Select(c => c.Cue));
        var next = 0;
        foreach (var c in kept)
        {
            // Cues between the last quote and this one that reported nothing still name who is speaking.
            var anchor = c.Cue >= 0 ? Math.Min(c.Cue, c.FirstToken) : c.FirstToken;
            for (; next < anchor; next++)
            {
                if (inQuote[next] || ctx.QuotationAt[next] >= 0)
                {
                    continue;
                }

                if (ctx.Cue[next] is { Kind: CueKind.Verb or CueKind.Near } && !cues.Contains(next))
                {
                    resolver.RememberSubject(next);
                }
                else if (next == ctx.SentenceStart(next) && next + 1 < anchor)
                {
                    // وحدد بومبيو مطالب…: a sentence opening with a verb and a person is about that person.
                    resolver.RememberOpeningPerson(next + 1);
                }
            }

            next = Math.Max(next, Math.Max(c.LastToken, c.Cue) + 1);
            var result = resolver.Resolve(c);
            if (result.Drop)
            {
                continue;
            }

            var speaker = result.Speaker ?? c.Attributed?.Speaker;
            var quote = Assemble(ctx, resolver, c, result, speaker, inQuote);
            resolver.Remember(c, speaker, quote.Medium, quote.ViaOutlet);
            quotes.Add(quote);
        }

        return quotes.ToImmutable();
    }

    static Quote Assemble(QuoteContext ctx, SpeakerResolver resolver, QuoteCandidate c, SpeakerResult result, Speaker? speaker, bool[] inQuote)
    {
        var frame = c.FrameToken;
        var (from, to) = (ctx.SentenceStart(frame), ctx.SentenceEnd(frame));
        var clause = ReportedClause(ctx, c);
        var addressed = OutletReader.Find(ctx, from, to, inQuote, clause);
        var via = c.Via ?? result.Via ?? c.Attributed?.Via ?? addressed ?? OutletOf(ctx, speaker);
        var medium = OutletReader.Medium(ctx, from, to, inQuote, clause);
        if (medium == QuoteMedium.Unknown)
        {
            medium = result.Medium;
        }

        if (result.Inherited && resolver.IsNear(c) && resolver.Last is { } last)
        {
            // وأضاف: «…» goes on with the same statement: same medium and outlet unless the sentence names others.
            medium = medium == QuoteMedium.Unknown ? last.Medium : medium;
            via ??= last.Via;
        }

        if (medium == QuoteMedium.Unknown && addressed is not null)
        {
            // Words given to an outlet (قال لـ«الشرق الأوسط») are an interview; an outlet that only relayed them
            // (نقلت الوكالة عن، وفقاً للوكالة) says nothing of how they were said.
            medium = QuoteMedium.Interview;
        }

        return new Quote(
            c.Content,
            c.Direct,
            CueSpan(ctx, c),
            c.Word?.Lemma,
            speaker?.Class is null ? speaker?.Id : null,
            speaker?.Span,
            speaker?.Class,
            medium,
            via);
    }

    /// <summary>A speaker that is an outlet (وقالت وكالة الأنباء العراقية، بحسب أسوشيتيد برس) carried its own words.</summary>
    static string? OutletOf(QuoteContext ctx, Speaker? speaker)
    {
        if (speaker is not { Class: null, Span: { } span })
        {
            return null;
        }

        for (var m = 0; m < ctx.Doc.Mentions.Length; m++)
        {
            if (ctx.Doc.Mentions[m].Span == span)
            {
                return ctx.SectorOf(m) == OutletReader.MediaSector ? OutletReader.NameOf(ctx, m, span) : null;
            }
        }

        return null;
    }

    /// <summary>A clause cut at its last comma before a quote it runs into, when enough of it is left.</summary>
    static QuoteCandidate? ClauseBefore(QuoteContext ctx, QuoteCandidate c, int clash)
    {
        for (var t = clash - 1; t > c.FirstToken; t--)
        {
            if (ctx.IsComma(t))
            {
                return IndirectQuoteReader.Words(ctx, c.FirstToken, t) >= IndirectQuoteReader.MinClauseWords
                    ? c.EndingBefore(IndirectQuoteReader.Span(ctx, c.FirstToken, t), t - 1)
                    : null;
            }
        }

        return null;
    }

    /// <summary>The reporter's own words between a cue's complementizer and the quotation marks of a mixed quote.</summary>
    static Range ReportedClause(QuoteContext ctx, QuoteCandidate c)
    {
        if (c.Direct && c.Cue >= 0 && c.Cue < c.FirstToken)
        {
            for (var t = c.Cue + 1; t < c.FirstToken; t++)
            {
                if ((ctx.Roles[t] & ParticleRoles.Complementizer) != 0)
                {
                    return t..c.FirstToken;
                }
            }
        }

        return 0..0;
    }

    static TextSpan? CueSpan(QuoteContext ctx, QuoteCandidate c)
    {
        if (c.Cue < 0 || c.Word is null)
        {
            return null;
        }

        var span = ctx.Tokens[c.Cue].Span;
        if (c.Word.ConjunctionLength == 0)
        {
            return span;
        }

        // وقال: the conjunction is one letter; its vowel marks go with it.
        var start = span.Start + 1;
        while (start < span.End - 1 && !Arabic.ArabicLetters.IsArabicLetter(ctx.Text[start]))
        {
            start++;
        }

        return new TextSpan(start, span.End);
    }

    /// <summary>Direct quotes, then the clauses that overlap none of them (nor an earlier clause), sorted by content.</summary>
    static List<QuoteCandidate> Merge(QuoteContext ctx, List<QuoteCandidate> direct, List<QuoteCandidate> clauses, out bool[] inQuote)
    {
        inQuote = new bool[ctx.Tokens.Length];
        for (var t = 0; t < inQuote.Length; t++)
        {
            inQuote[t] = ctx.QuotationAt[t] >= 0;
        }

        var taken = new bool[ctx.Tokens.Length];
        var kept = new List<QuoteCandidate>(direct.Count + clauses.Count);
        foreach (var c in direct)
        {
            Array.Fill(taken, true, c.FirstToken, c.LastToken - c.FirstToken + 1);
            kept.Add(c);
        }

        clauses.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        foreach (var clause in clauses)
        {
            var c = clause;
            var clash = Array.IndexOf(taken, true, c.FirstToken, c.LastToken - c.FirstToken + 1);
            if (clash > c.FirstToken && ClauseBefore(ctx, c, clash) is { } shorter)
            {
                // إنّ الجنود سيُنقلون إلى الكويت، وإنّ تقليص العدد «…»: the part before the quotation's clause stays.
                (c, clash) = (shorter, -1);
            }

            if (clash < 0)
            {
                Array.Fill(taken, true, c.FirstToken, c.LastToken - c.FirstToken + 1);
                kept.Add(c);
            }
        }

        for (var t = 0; t < inQuote.Length; t++)
        {
            inQuote[t] |= taken[t];
        }

        kept.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return kept;
    }
}
