using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Resolves the speaker of each quote, in text order, remembering what came before in the article:
/// <list type="bullet">
/// <item>the subject of the cue verb (<see cref="SubjectFinder"/>): after the verb, else before it in its clause;</item>
/// <item>a dropped-pronoun subject (وأضاف: «…») and a participle (مضيفاً) continue the previous quote's speaker when
/// that quote is in the same or the previous paragraph;</item>
/// <item>نقل X عن Y and نقلاً عن Y: the speaker is Y and X the outlet;</item>
/// <item>a title phrase nobody named (المتحدث باسم الحركة) is the person that phrase named earlier in the article, or
/// the subject of a relation read from it; otherwise only its span is kept;</item>
/// <item>a definite source noun (المسؤولون، المصادر) takes up the class of the last such source (مسؤولين عراقيين);</item>
/// <item>a definite head noun alone (وقالت الوزارة) is the last organisation named with that head (وزارة الخزانة);</item>
/// <item>a verb of demanding or accusing joined by و after a comma (…، وطالب أنقرة بـ) goes on with the sentence's
/// subject: the party after it is its object.</item>
/// </list>
/// </summary>
internal sealed partial class SpeakerResolver(QuoteContext ctx)
{
    readonly List<(string[] Words, Speaker Speaker)> _titles = [];
    readonly List<Speaker> _classes = [];
    Said? _last;

    /// <summary>The previous quote, as resolved.</summary>
    public Said? Last => _last;

    public SpeakerResult Resolve(QuoteCandidate c)
    {
        if (c.Fixed is { } fixedSpeaker)
        {
            return new SpeakerResult(TakeUpClass(fixedSpeaker, c));
        }

        if (c.Continues || c.Word is null)
        {
            return Inherit(c);
        }

        if (ctx.IsRelativeCue(c.Cue) && Antecedent(c.Cue) is { } antecedent)
        {
            return new SpeakerResult(antecedent);
        }

        switch (c.Word.Kind)
        {
            case CueKind.Participle:
                // مضيفاً أنّ: the subject of the sentence's main verb, which the quote before in the sentence resolved.
                if (_last is { } last && last.Sentence == ctx.SentenceOf[c.Cue] && last.Speaker is not null)
                {
                    return new SpeakerResult(last.Speaker, Inherited: true);
                }

                return LookBack(c) ?? Inherit(c);
            case CueKind.Transmission:
                return Relayed(c, c.WindowStart) ?? FromSubject(c);
            case CueKind.Document:
                for (var t = c.WindowStart; t < c.WindowEnd; t++)
                {
                    // جاء في بيان للوزارة: the document's owner; a place after في (… في البحرين) is no owner.
                    if (ctx.MentionStartingAt(t) is var m && m >= 0 && !SubjectFinder.IsLocative(ctx, t))
                    {
                        return new SpeakerResult(SubjectFinder.FromMention(ctx, m));
                    }
                }

                return LookBack(c) ?? Inherit(c);
            default:
                for (var t = c.WindowStart; t < c.WindowEnd; t++)
                {
                    // قالت الوكالة نقلاً عن مصدر أمني إنّ: the source after عن speaks; the subject relayed it.
                    if (ctx.Cue[t] is { Kind: CueKind.Attribution, Lemma: "نقلا" } && Relayed(c, t) is { } relayed)
                    {
                        return relayed;
                    }
                }

                // «ودان الرئيس فلان الغارة، وطالب لجنة المراقبة بـ«…»»: a verb joined by و after a comma goes on with the
                // sentence's subject, and the party after a verb of demanding or accusing is its object.
                if (c.Word.Kind == CueKind.Verb && AddressesParty(c.Word.Lemma) && GoesOnWithSubject(c.Cue) && _last is { Speaker: { } previous })
                {
                    return new SpeakerResult(previous, Inherited: true);
                }

                return FromSubject(c);
        }
    }


    /// <summary>Records a resolved quote so the next ones can continue its speaker, medium and outlet.</summary>
    public void Remember(QuoteCandidate c, Speaker? speaker, QuoteMedium medium, string? via)
    {
        var token = c.Cue >= 0 ? c.Cue : c.FirstToken;
        _last = new Said(speaker, ctx.SentenceOf[token], ctx.ParagraphOfToken(token), Math.Max(c.LastToken, c.Cue), medium, via);
        if (speaker is { Class: not null, ClassEntry: >= 0 } cls)
        {
            _classes.Add(cls);
        }
    }

    /// <summary>
    /// Records the subject of a cue that made no quote (وكشف بومبيو عن خطة…): a dropped pronoun after it
    /// (وقال: «…») refers to that subject, not to the speaker of an older quote.
    /// </summary>
    public void RememberSubject(int cue)
    {
        // «ودانت الوزارة …، وطالبت أنقرة بوقف …، مؤكدة أن»: the party after a joined verb of demanding is its object.
        if (ctx.Cue[cue] is { Kind: CueKind.Verb } word && AddressesParty(word.Lemma) && GoesOnWithSubject(cue))
        {
            return;
        }

        // Only a subject right after the verb (adverbs and dates aside) counts: أكد دعم العراق has an object, not a subject.
        var first = cue + 1;
        var end = ctx.SentenceEnd(cue);
        while (first < end && (ctx.InDate[first] || (ctx.Roles[first] & ParticleRoles.Adverb) != 0))
        {
            first++;
        }

        var subject = SubjectFinder.Find(ctx, first, end, afterVerb: false);
        if (subject.Kind is SubjectKind.Found or SubjectKind.Unnamed && first < end && subject.Speaker.Span?.Start == ctx.Tokens[first].Span.Start)
        {
            _last = new Said(subject.Speaker, ctx.SentenceOf[cue], ctx.ParagraphOfToken(cue), cue, QuoteMedium.Unknown, null);
        }
    }

    /// <summary>Records a person mention that stands second in its sentence, after the verb (وحدد بومبيو مطالب).</summary>
    public void RememberOpeningPerson(int token)
    {
        var m = ctx.MentionStartingAt(token);
        if (m >= 0 && ctx.Doc.Mentions[m].Kind == EntityKind.Person && !ctx.MentionHasPreposition(m) && ctx.Roles[token - 1] == ParticleRoles.None)
        {
            _last = new Said(SubjectFinder.FromMention(ctx, m), ctx.SentenceOf[token], ctx.ParagraphOfToken(token), token, QuoteMedium.Unknown, null);
        }
    }

    /// <summary>True when the previous quote is close enough to lend its speaker, medium and outlet (same or previous paragraph).</summary>
    public bool IsNear(QuoteCandidate c) =>
        _last is { } last && ctx.ParagraphOfToken(c.Cue >= 0 ? c.Cue : c.FirstToken) - last.Paragraph <= 1;

    SpeakerResult FromSubject(QuoteCandidate c)
    {
        var subject = SubjectFinder.Find(ctx, c.WindowStart, c.WindowEnd, afterVerb: true);
        switch (subject.Kind)
        {
            case SubjectKind.Found:
                RememberTitle(subject);
                return new SpeakerResult(TakeUpClass(subject.Speaker, c));
            case SubjectKind.Unnamed:
                return new SpeakerResult(BodyNamedBefore(subject, c.Cue) ?? Title(subject));
            case SubjectKind.Explicit:
                if (IsNear(c) && _last is { Speaker: { } previous } && Names(subject, previous))
                {
                    return new SpeakerResult(previous, Inherited: true);
                }

                if (BodyNamedBefore(subject, c.Cue) is { } body)
                {
                    return new SpeakerResult(body);
                }

                if (IsNear(c) && _last is { Via: { } via } && IsOutletWord(subject))
                {
                    // نقلت الصحيفة عن مسؤول… وأشارت الصحيفة: the outlet that relayed the last quote now speaks itself.
                    return new SpeakerResult(new Speaker(via.StartsWith(Entities.Knowledge.KnowledgeBase.IdPrefix, StringComparison.Ordinal) ? via : null, subject.Speaker.Span, null));
                }

                return new SpeakerResult(Title(subject), Via: subject.Outlet);
            case SubjectKind.NonSpeaker:
                return new SpeakerResult(null, Drop: true);
            case SubjectKind.Document:
                return (LookBack(c) ?? Inherit(c)) with { Medium = subject.Medium };
            default:
                return LookBack(c) ?? Inherit(c);
        }
    }

    /// <summary>The subject before the cue in its clause (SVO: الكاظمي اعتبر أنّ), after the previous quote of the sentence.</summary>
    SpeakerResult? LookBack(QuoteCandidate c)
    {
        var start = ctx.SentenceStart(c.Cue);
        if (_last is { } last && last.Sentence == ctx.SentenceOf[c.Cue] && last.LastToken < c.Cue)
        {
            start = Math.Max(start, last.LastToken + 1);
        }

        for (var t = c.Cue - 1; t >= start; t--)
        {
            // قال المسؤولون إنّ الكاظمي هدد: the clause of هدد starts after the complementizer, a colon, a clause
            // opener (…، فيما قال: فيما opens a clause of its own) or a dash (the dateline's دبي (CNN) — قال).
            if ((ctx.Roles[t] & (ParticleRoles.Complementizer | ParticleRoles.ClauseOpener)) != 0 || ctx.IsColon(t) || ctx.IsDash(t))
            {
                start = t + 1;
                break;
            }
        }

        // وكانت شركة الطيران قد قالت: كان is a verb, and its subject follows it as a cue's would.
        var afterKana = start < c.Cue && (ctx.Roles[start] & ParticleRoles.Kana) != 0;
        var subject = SubjectFinder.Find(ctx, afterKana ? start + 1 : start, c.Cue, afterVerb: afterKana);
        return subject.Kind switch
        {
            SubjectKind.Found => new SpeakerResult(TakeUpClass(subject.Speaker, c)),
            SubjectKind.Unnamed or SubjectKind.Explicit => new SpeakerResult(Title(subject), Via: subject.Outlet),
            _ => null,
        };
    }

    SpeakerResult Inherit(QuoteCandidate c) =>
        IsNear(c) && _last is { Speaker: { } previous } ? new SpeakerResult(previous, Inherited: true) : new SpeakerResult(null);

    /// <summary>The noun a relative clause's cue reports for: the mention right before الذي/التي (a comma may stand between).</summary>
    Speaker? Antecedent(int cue)
    {
        var t = cue - 2;
        if (t >= 0 && ctx.IsComma(t))
        {
            t--;
        }

        var m = t >= 0 ? ctx.MentionAt[t] : -1;
        return m >= 0 && ctx.MentionLast[m] == t ? SubjectFinder.FromMention(ctx, m) : null;
    }

    /// <summary>The speaker after عن (نقلت الوكالة عن مسؤولين عراقيين، نقلاً عن مصدر) and the relaying outlet before it.</summary>
    SpeakerResult? Relayed(QuoteCandidate c, int from)
    {
        for (var t = from; t < c.WindowEnd; t++)
        {
            if (ctx.Tokens[t].Folded != "عن")
            {
                continue;
            }

            var source = t + 1;
            if (source < c.WindowEnd && QuotationScanner.IsMark(ctx.MarkAt(source)))
            {
                // نقلت الصحيفة عن «مسؤول أميركي رفيع»: the source's words in marks.
                source++;
            }

            Speaker? speaker = null;
            if (source < c.WindowEnd && ctx.Lexicon.SourceClasses.MatchAt(ctx.Tokens, source, c.WindowEnd) is { } phrase)
            {
                var span = new TextSpan(ctx.Tokens[source].Span.Start, ctx.Tokens[source + phrase.TokenCount - 1].Span.End);
                speaker = new Speaker(null, span, phrase.Value, phrase.Entry);
            }
            else if (source < c.WindowEnd && ctx.MentionAt[source] is var m && m >= 0)
            {
                speaker = SubjectFinder.FromMention(ctx, m);
            }
            else if (SubjectFinder.Find(ctx, source, c.WindowEnd, afterVerb: true) is { Kind: SubjectKind.Found or SubjectKind.Unnamed or SubjectKind.Explicit } named)
            {
                // نقلت الوكالة عن متحدث باسم الشرطة: a source nobody resolved is still the speaker, not the outlet.
                speaker = named.Speaker;
            }

            if (speaker is null)
            {
                return null;
            }

            var relayEnd = from == c.WindowStart ? t : from;
            var relay = SubjectFinder.Find(ctx, c.WindowStart, relayEnd, afterVerb: true);
            string? via = null;
            if (relay.Kind == SubjectKind.Found && relay.Speaker.Span is { } relaySpan && relay.Speaker.Class is null)
            {
                via = relay.Speaker.Id is { } id && id.StartsWith(Entities.Knowledge.KnowledgeBase.IdPrefix, StringComparison.Ordinal) ? id : ctx.Doc[relaySpan];
            }
            else if (relay.Kind == SubjectKind.Unnamed && relay.Speaker.Span is { } unnamed)
            {
                via = ctx.Doc[unnamed];
            }
            else if (c.WindowStart < relayEnd && (ctx.HeadRoles(c.WindowStart, out _) & OutletReader.AnyOutletHead) != 0
                && OutletReader.Phrase(ctx, c.WindowStart) is { } outlet)
            {
                // نقلت وكالة … عن: an outlet the recogniser does not know, named by its head word.
                via = outlet.Name;
            }

            return new SpeakerResult(TakeUpClass(speaker.Value, c), Via: via);
        }

        return null;
    }
}

/// <summary>A speaker as resolved, and whether it was taken from the quote before (so its medium and outlet may be too).</summary>
internal readonly record struct SpeakerResult(Speaker? Speaker, bool Inherited = false, bool Drop = false, string? Via = null, QuoteMedium Medium = QuoteMedium.Unknown);

/// <summary>A resolved quote as the next ones see it.</summary>
internal readonly record struct Said(Speaker? Speaker, int Sentence, int Paragraph, int LastToken, QuoteMedium Medium, string? Via);
