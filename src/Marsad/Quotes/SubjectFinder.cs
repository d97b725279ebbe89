using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Finds the subject of a cue among the tokens where it may stand: after the verb (VSO, the usual order in news
/// copy) or before it in its clause (SVO and topic-first: الكاظمي اعتبر أنّ). The subject is the first mention or
/// source-class phrase that no preposition governs. A preposition governs the next noun phrase up to the end of its
/// first mention, a comma or a new title (المتحدث باسم الحركة جعفر الحسيني: الحركة is governed, the name is not).
/// A non-person subject followed closely by a person (رئيس حزب الدعوة نوري المالكي، وزير خارجية إيران عباس
/// عراقجي، الخبير الأمني فلان) yields the person: the first noun was the person's title.
/// </summary>
internal static partial class SubjectFinder
{
    /// <summary>
    /// Between a title's organisation or country and the person's name stand at most this many words (the
    /// adjectives of حزب الدعوة الإسلامية، the الأمني of الخبير الأمني).
    /// </summary>
    public const int MaxChainGap = 2;

    /// <summary>A title phrase that names nobody runs to at most this many tokens (المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف).</summary>
    public const int MaxRolePhraseTokens = 8;

    /// <summary>A subject phrase that is neither title nor mention is kept to its noun and a few modifiers (الرئاسة الفرنسية، منظمة غير حكومية).</summary>
    public const int MaxExplicitTokens = 4;

    /// <summary>
    /// The subject among tokens [<paramref name="from"/>, <paramref name="to"/>). <paramref name="afterVerb"/> is true
    /// for the window after the cue, where any ungoverned noun is the subject (the complement clause or the quotation
    /// is the verb's object); before a verb other verbs may stand, so there only mentions, classes and titles count.
    /// </summary>
    public static Subject Find(QuoteContext ctx, int from, int to, bool afterVerb)
    {
        var explicitStart = -1;
        Subject? source = null;
        var governed = false;
        var objectStarted = false;
        var objectIsTitle = false;
        var sawAdjunct = false;
        var head = -1;
        var owner = SubjectKind.Pronoun;
        var medium = QuoteMedium.Unknown;
        for (var t = from; t < to; t++)
        {
            var roles = ctx.Roles[t];
            if (ctx.QuotationAt[t] >= 0 || ctx.IsColon(t) || (roles & ParticleRoles.Complementizer) != 0)
            {
                break;
            }

            if (ctx.IsComma(t))
            {
                (governed, sawAdjunct) = (false, true);
                continue;
            }

            if (ctx.InDate[t] || (roles & ParticleRoles.Adverb) != 0 || !QuotationScanner.IsWord(ctx.Tokens[t]))
            {
                continue;
            }

            if ((roles & ParticleRoles.Relative) != 0)
            {
                t = SkipToComma(ctx, t, to);
                continue;
            }

            // A mention first: the recogniser's name wins over a function word it folds to (علي "Ali" and على "on").
            var m = ctx.MentionStartingAt(t);
            if (m < 0 && (roles & ParticleRoles.Preposition) != 0)
            {
                (governed, objectStarted, objectIsTitle, sawAdjunct) = (true, false, false, true);
                continue;
            }

            if (m >= 0)
            {
                // المتحدث باسم الحكومة باسم العوادي، مسؤول في وزارة الداخلية فلان: a person after the governed noun of
                // a body is the subject's name; after a governed title (لنظيره الإيراني فلان) it is the addressee's.
                var freeAfterBody = governed && objectStarted && !objectIsTitle && ctx.Doc.Mentions[m].Kind == EntityKind.Person;
                if ((!governed || freeAfterBody) && !ctx.MentionHasPreposition(m))
                {
                    return source is not null && ctx.Doc.Mentions[m].Kind != EntityKind.Person ? source.Value : Found(ctx, m, to, head, explicitStart);
                }

                if (owner != SubjectKind.Pronoun && !IsLocative(ctx, t))
                {
                    // بيان للوزارة، تقرير لمنظمة العفو: the body the document belongs to is the speaker.
                    return new Subject(SubjectKind.Found, FromMention(ctx, m));
                }

                governed = false;
                t = ctx.MentionLast[m];
                continue;
            }

            var token = ctx.Tokens[t];
            if (!governed && source is null && ctx.Lexicon.SourceClasses.MatchAt(ctx.Tokens, t, to) is { Governed: false } phrase)
            {
                var last = t + phrase.TokenCount - 1;
                var person = ChainedPerson(ctx, last + 1, to);
                if (person >= 0)
                {
                    return new Subject(SubjectKind.Found, FromMention(ctx, person));
                }

                source = new Subject(SubjectKind.Found, new Speaker(null, new TextSpan(token.Span.Start, ctx.Tokens[last].Span.End), phrase.Value, phrase.Entry));
                if (!ctx.Lexicon.IsSingleSource(phrase.Entry))
                {
                    return source.Value;
                }

                // المتحدث العسكري باسم حركة … فلان، مسؤول في الوزارة فلان: one official may still be named further on.
                (head, t) = (t, last);
                continue;
            }

            var heads = ctx.HeadRoles(t, out var attached);
            if ((heads & ParticleRoles.SpeakerHead) != 0)
            {
                if (attached)
                {
                    // لوزير الخارجية …: a title governed by its own ل is an addressee's.
                    (governed, objectStarted, objectIsTitle, sawAdjunct) = (true, true, true, true);
                    continue;
                }

                objectIsTitle |= governed && !objectStarted;

                if (governed && objectStarted && IsDefinite(ctx.Tokens[t]))
                {
                    // باسم القائد العام اللواء يحيى رسول: a second, definite title after the object starts an
                    // apposition (an indefinite one is an adjective of the object: في مؤتمر صحفي).
                    governed = false;
                }

                if (!governed && head < 0 && owner == SubjectKind.Pronoun)
                {
                    head = t;
                }

                objectStarted |= governed;
                continue;
            }

            if (!governed && head < 0 && owner == SubjectKind.Pronoun && !attached)
            {
                if ((heads & ParticleRoles.NonSpeaker) != 0)
                {
                    owner = SubjectKind.NonSpeaker;
                    continue;
                }

                if (ctx.Lexicon.Media.MatchAt(ctx.Tokens, t, to) is { } document
                    && ctx.Lexicon.MediumOf(document.Entry) is QuoteMedium.Statement or QuoteMedium.Letter)
                {
                    // وأضاف البيان، وذكر بيان صادر عن…: a document speaks for whoever issued it.
                    (owner, medium) = (SubjectKind.Document, ctx.Lexicon.MediumOf(document.Entry));
                    continue;
                }
            }

            // The subject follows the verb before any adjunct: a noun after one (تعهد، خلال استقباله…، بسحب القوات) is not it.
            if (afterVerb && !governed && !sawAdjunct && head < 0 && owner == SubjectKind.Pronoun && explicitStart < 0 && IsPlainNoun(ctx, t))
            {
                explicitStart = t;
            }

            if (governed)
            {
                objectStarted = true;
            }
            else if (WordKeys.HasPrepositionalProclitic(token.Prefix))
            {
                // بالوفد، لنظيره: a word with an attached preposition opens a governed phrase like a written-apart one.
                (governed, objectStarted, objectIsTitle, sawAdjunct) = (true, true, false, true);
            }
        }

        if (explicitStart >= 0 && owner == SubjectKind.Pronoun && !IsDefinite(ctx.Tokens[explicitStart])
            && (ctx.HeadRoles(explicitStart, out _) & OutletReader.AnyOutletHead) != 0
            && OutletReader.Phrase(ctx, explicitStart) is { } outlet)
        {
            // وذكرت صحيفة «الأهرام»: an outlet the recogniser does not know speaks, and carried its own words. A
            // definite head (الصحيفة البريطانية) refers back to an outlet named before; it names none itself.
            var last = Math.Max(explicitStart, outlet.End - 1);
            return new Subject(SubjectKind.Explicit, new Speaker(null, outlet.Span, null), explicitStart, last + 1, Outlet: outlet.Name);
        }

        if (source is not null)
        {
            return source.Value;
        }

        if (head >= 0)
        {
            // رضا فلان مدير العلاقات العامة: a name the recogniser missed before the title belongs to the phrase.
            var start = explicitStart >= 0 && explicitStart < head ? explicitStart : head;
            var end = RolePhraseEnd(ctx, head, to);
            return new Subject(SubjectKind.Unnamed, new Speaker(null, new TextSpan(ctx.Tokens[start].Span.Start, ctx.Tokens[end - 1].Span.End), null), head, end);
        }

        if (explicitStart >= 0 && owner == SubjectKind.Pronoun)
        {
            var end = Math.Min(RolePhraseEnd(ctx, explicitStart, to), explicitStart + MaxExplicitTokens);
            return new Subject(SubjectKind.Explicit, new Speaker(null, new TextSpan(ctx.Tokens[explicitStart].Span.Start, ctx.Tokens[end - 1].Span.End), null), explicitStart, end);
        }

        return new Subject(owner, Medium: medium);
    }

    /// <summary>
    /// An Arabic or Latin word or a number (وأعلن 11 فصيلاً) that can head a subject: no function word, cue or date, no
    /// attached preposition, and not an indefinite accusative in -an (ردّاً على، تعليقاً على), an adverbial of purpose.
    /// </summary>
    static bool IsPlainNoun(QuoteContext ctx, int t)
    {
        var token = ctx.Tokens[t];
        if (!QuotationScanner.IsWord(token) || ctx.Roles[t] != ParticleRoles.None || ctx.Cue[t] is not null
            || ctx.InDate[t] || WordKeys.HasPrepositionalProclitic(token.Prefix))
        {
            return false;
        }

        return IsDefinite(token) || token.Folded.Length < 4 || token.Folded[^1] != 'ا';
    }

    /// <summary>A mention right after في is a place or a time, never the owner of a document.</summary>
    public static bool IsLocative(QuoteContext ctx, int t) => t > 0 && ctx.Tokens[t - 1].Folded is "في" or "وفي";

    public static Speaker FromMention(QuoteContext ctx, int m) => new(ctx.Doc.Mentions[m].EntityId, ctx.Doc.Mentions[m].Span, null);

    static bool IsDefinite(in Token token) => token.Prefix.EndsWith("ال", StringComparison.Ordinal) || token.Prefix.EndsWith("لل", StringComparison.Ordinal);

    static int SkipToComma(QuoteContext ctx, int t, int to)
    {
        while (t + 1 < to && !ctx.IsComma(t + 1))
        {
            t++;
        }

        return t;
    }
}
