using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// What earlier words refer to: titles said again, subjects naming the previous speaker, definite sources and head nouns,
/// and the subject a joined verb of demanding goes on with.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words shorter than this (من، عن) never tie a subject to an earlier name.</summary>
    const int MinNameWord = 3;

    /// <summary>A title phrase: the person it named earlier, the subject of a relation read from it, or just its span.</summary>
    Speaker Title(Subject subject)
    {
        // وزير الدفاع الأمريكي جيمس ماتيس … وتابع الوزير الأمريكي: a later title whose words are all in an earlier
        // one, with the same head, names the same person.
        var words = TitleWords(subject.HeadStart, subject.HeadEnd);
        for (var i = _titles.Count - 1; i >= 0 && words.Length > 0; i--)
        {
            var (known, speaker) = _titles[i];
            if (known[0] == words[0] && words.All(w => known.Contains(w, StringComparer.Ordinal)))
            {
                return speaker with { Span = subject.Speaker.Span };
            }
        }

        var span = subject.Speaker.Span!.Value;
        foreach (var relation in ctx.Doc.Relations)
        {
            if (relation.Span.Overlaps(span) && relation.Predicate is RelationPredicate.SpokespersonOf or RelationPredicate.HoldsRole or RelationPredicate.Leads)
            {
                return new Speaker(relation.SubjectId, span, null);
            }
        }

        return subject.Speaker;
    }

    void RememberTitle(Subject subject)
    {
        if (subject.HeadStart >= 0 && subject.HeadEnd > subject.HeadStart && subject.Speaker.Id is not null)
        {
            var words = TitleWords(subject.HeadStart, subject.HeadEnd);
            if (words.Length > 0)
            {
                _titles.Add((words, subject.Speaker));
            }
        }
    }

    /// <summary>The title's words without proclitics (Token.Base), skipping marks and باسم.</summary>
    string[] TitleWords(int from, int to)
    {
        var words = new List<string>(to - from);
        for (var t = from; t < to; t++)
        {
            if (QuotationScanner.IsWord(ctx.Tokens[t]) && ctx.Tokens[t].Folded != "باسم")
            {
                words.Add(ctx.Tokens[t].Base);
            }
        }

        return [.. words];
    }

    /// <summary>
    /// True when a subject phrase names the previous speaker again: one of its words is a word of that speaker's
    /// span or entity name (وقال الحريري after سعد الحريري), or it is an outlet word and the speaker an outlet
    /// (وأشارت الصحيفة after صحيفة يديعوت أحرونوت).
    /// </summary>
    bool Names(Subject subject, Speaker previous)
    {
        var names = new List<string>();
        if (previous.Span is { } span)
        {
            names.Add(Arabic.ArabicFolding.Fold(ctx.Doc[span]));
        }

        string? sector = null;
        foreach (var entity in ctx.Doc.Entities)
        {
            if (entity.Id == previous.Id)
            {
                names.Add(Arabic.ArabicFolding.Fold(entity.Name));
                names.AddRange(entity.Aliases.Select(Arabic.ArabicFolding.Fold));
                sector = entity.Sector;
            }
        }

        // Every distinctive word must be in the name (وكالة الأنباء الرسمية is not وكالة فرانس برس); title and outlet
        // words are generic and only say the kind of speaker.
        var named = 0;
        for (var t = subject.HeadStart; t < subject.HeadEnd; t++)
        {
            var word = ctx.Tokens[t].Base;
            var heads = ctx.HeadRoles(t, out _);
            if (heads != ParticleRoles.None || word.Length < MinNameWord || !QuotationScanner.IsWord(ctx.Tokens[t]))
            {
                if (sector == OutletReader.MediaSector && (heads & OutletReader.AnyOutletHead) != 0 && subject.HeadEnd - subject.HeadStart == 1)
                {
                    return true;
                }

                continue;
            }

            if (!names.Any(n => ContainsWord(n, word)))
            {
                return false;
            }

            named++;
        }

        return named > 0;
    }

    /// <summary>
    /// A definite head noun alone (وقالت الوزارة، ونفت الشركة، وأضافت الهيئة) refers to the last organisation named
    /// before it with that head (وزارة الخزانة الأميركية، شركة السنابل للصيرفة): Arabic news names a body once in full
    /// and then by its head noun with the article.
    /// </summary>
    Speaker? BodyNamedBefore(Subject subject, int cue)
    {
        if (subject.HeadEnd - subject.HeadStart != 1 || subject.HeadStart < 0 || cue < 0)
        {
            return null;
        }

        var token = ctx.Tokens[subject.HeadStart];
        if (!token.Prefix.EndsWith("ال", StringComparison.Ordinal) || token.Base.Length < MinNameWord)
        {
            return null;
        }

        var before = ctx.Tokens[cue].Span.Start;
        for (var m = ctx.Doc.Mentions.Length - 1; m >= 0; m--)
        {
            var mention = ctx.Doc.Mentions[m];
            if (mention.Span.End > before || mention.Kind != EntityKind.Organization)
            {
                continue;
            }

            // The head is the name's first word (وزارة الخزانة) or the descriptor written before it (جماعة أنصار الله،
            // حركة حماس: وتبنّت الجماعة …).
            var first = FirstTokenAt(mention.Span.Start);
            if (first >= 0 && ((!ctx.Tokens[first].Prefix.EndsWith("ال", StringComparison.Ordinal) && ctx.Tokens[first].Base == token.Base)
                || (first > 0 && ctx.Tokens[first - 1].Folded == token.Base)))
            {
                return SubjectFinder.FromMention(ctx, m) with { Span = subject.Speaker.Span };
            }
        }

        return null;
    }

    // Verbs whose object is a party (طالب أنقرة بـ، دعا المجتمع الدولي إلى، اتهم طهران بـ), folded lemmas.
    static bool AddressesParty(string lemma) => lemma is "طالب" or "دعا" or "حث" or "ناشد" or "اتهم";

    /// <summary>True when the cue carries the conjunction و right after a comma and the quote before is in its sentence.</summary>
    bool GoesOnWithSubject(int cue) =>
        cue > 0 && ctx.Cue[cue] is { ConjunctionLength: > 0 } && ctx.IsComma(cue - 1)
        && _last is { } last && last.Sentence == ctx.SentenceOf[cue];

    bool IsOutletWord(Subject subject) =>
        subject.HeadEnd - subject.HeadStart == 1 && (ctx.HeadRoles(subject.HeadStart, out _) & OutletReader.AnyOutletHead) != 0;

    /// <summary>True when <paramref name="word"/> is one of the words of <paramref name="name"/>, with or without its article.</summary>
    static bool ContainsWord(string name, string word)
    {
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == word || (part.StartsWith("ال", StringComparison.Ordinal) && part.AsSpan(2).SequenceEqual(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A definite source phrase refers back. A one-word one (المسؤولون، المصدر) is the source named before with the
    /// same noun (مسؤولين عراقيين); a phrase naming one speaker (المسؤول الأمريكي) with no such source before is the
    /// person quoted just before (وزير الخارجية مايك بومبيو … وأضاف المسؤول الأمريكي).
    /// </summary>
    Speaker TakeUpClass(Speaker speaker, QuoteCandidate c)
    {
        if (speaker.Class is null || speaker.ClassEntry < 0 || speaker.Span is not { } span)
        {
            return speaker;
        }

        var entry = ctx.Lexicon.SourceClasses.Entries[speaker.ClassEntry];
        var at = FirstTokenAt(span.Start);
        if (at < 0 || !ctx.Tokens[at].Prefix.EndsWith("ال", StringComparison.Ordinal))
        {
            return speaker;
        }

        for (var i = _classes.Count - 1; i >= 0 && entry.Words.Length == 1; i--)
        {
            var earlier = ctx.Lexicon.SourceClasses.Entries[_classes[i].ClassEntry];
            if (earlier.Words[0].Intersect(entry.Words[0], StringComparer.Ordinal).Any())
            {
                return speaker with { Class = _classes[i].Class, ClassEntry = _classes[i].ClassEntry };
            }
        }

        if (ctx.Lexicon.IsSingleSource(speaker.ClassEntry) && IsNear(c) && _last is { Speaker: { Id: not null, Class: null } previous })
        {
            return previous with { Span = span };
        }

        return speaker;
    }

    /// <summary>The token that holds character <paramref name="start"/> (tokens are sorted), or -1.</summary>
    int FirstTokenAt(int start)
    {
        var (lo, hi) = (0, ctx.Tokens.Length - 1);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ctx.Tokens[mid].Span.End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < ctx.Tokens.Length && ctx.Tokens[lo].Span.End > start ? lo : -1;
    }
}
