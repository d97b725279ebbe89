using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Reads how an event is asserted from the cue words around its trigger (docs/events.md, "Flags"): negation just
/// before it, the future proclitic or a future word, a conditional anywhere in its clause, a denial of
/// responsibility, and the background cues (عقب/منذ before the noun, كان … قد, سبق أن).
/// </summary>
internal static class FlagReader
{
    // Negation and future words govern the next few words: "لا يوجد جدول زمني لسحب" has the trigger four words on.
    const int NegationWindow = 4;
    const int FutureWindow = 4;

    // A negator two words before an event noun governs it (عدم انسحاب، لا هجوم); further off it negates a verb
    // between them (لم تعلن أي جهة مسؤوليتها عن الهجوم does not negate the attack).
    const int NounNegationWindow = 2;

    // "الحوار المزمع عقده": المزمع/المقرر follow the event noun they qualify.
    const int FutureAfterNounWindow = 2;

    // The splitter leaves سـ on some verbs (ستوجه); a word of five letters or more starting سي/ست/سن/سأ that does
    // not end as a noun (ة، ات، ية، ين) is taken as a future verb when it stands just before a trigger.
    const int MinFutureVerbLength = 5;

    // "إثر مقتل"، "عقب الهجوم الأخير": a background preposition governs the event noun up to three words on.
    const int BackgroundWindow = 3;

    // "بعد نحو ثلاثة أيام من اغتيال": with a duration, بعد stands up to six words before the noun (بعد + hedge + count +
    // unit + واحد + من).
    const int DurationWindow = 6;

    /// <summary>The flags of <paramref name="draft"/>; also records who denied or claimed responsibility.</summary>
    public static EventFlags Read(SentenceView view, EventDraft draft, int clauseStart, int clauseEnd)
    {
        var tokens = view.Tokens;
        var hit = draft.Primary;
        var flags = EventFlags.None;
        if (tokens[hit.Start].Prefix.Contains('س', StringComparison.Ordinal))
        {
            flags |= EventFlags.Future;
        }

        var kana = -1;
        for (var k = clauseStart; k < hit.Start; k++)
        {
            var cue = view.CueAt(k);
            var distance = hit.Start - k;
            if ((cue & CueRole.Negation) != 0 && Governs(view, k, hit) && !OtherTriggerBetween(view, k, hit.Start))
            {
                flags |= EventFlags.Negated;
                // لن + imperfect is a negated future.
                flags |= view.Tokens[k].Base is "لن" ? EventFlags.Future : EventFlags.None;
            }

            if (distance <= FutureWindow && ((cue & CueRole.Future) != 0 || FutureVerb(view, tokens[k])))
            {
                flags |= EventFlags.Future;
            }

            if ((cue & CueRole.DenyFact) != 0)
            {
                flags |= HasResponsibility(view, k + 1, hit.Start) ? EventFlags.Denied : EventFlags.Negated;
            }

            // «سابق» describes the noun it follows: past a comma it qualifies another phrase (خلافاً لزيارات سابقة، لم يلتقِ).
            if ((cue & CueRole.Previously) != 0 && distance <= FutureWindow && !PunctuationBetween(view, k, hit.Start))
            {
                flags |= EventFlags.Background;
            }

            if ((cue & CueRole.PluperfectKana) != 0)
            {
                kana = k;
            }

            if ((cue & CueRole.PluperfectQad) != 0 && kana >= 0)
            {
                flags |= EventFlags.Background;
            }
        }

        // "الحوار المزمع عقده": a future word right after an event noun.
        for (var k = hit.End; k < clauseEnd && k < hit.End + FutureAfterNounWindow && !hit.Rule.IsVerb; k++)
        {
            if ((view.CueAt(k) & CueRole.Future) != 0)
            {
                flags |= EventFlags.Future;
            }
        }

        // A threat, demand or refusal is made whatever its condition: only a condition before it makes it hypothetical.
        var conditionEnd = IsSpeechAct(hit.Rule.Category) ? hit.Start : clauseEnd;
        for (var k = clauseStart; k < conditionEnd; k++)
        {
            if ((view.CueAt(k) & CueRole.Conditional) != 0)
            {
                flags |= EventFlags.Conditional;
            }
        }

        if (draft.CueBackground)
        {
            flags |= EventFlags.Background;
        }

        return flags;
    }

    /// <summary>Categories whose content follows them (a threat, a demand, a refusal).</summary>
    public static bool IsSpeechAct(EventCategory category) =>
        category is EventCategory.Threaten or EventCategory.Request or EventCategory.Reject;

    /// <summary>True when a background cue (عقب، منذ، إثر، بعد) governs the trigger at <paramref name="hit"/>.</summary>
    public static bool IntroducedAsBackground(SentenceView view, Hit hit, int clauseStart)
    {
        for (var k = Math.Max(clauseStart, hit.Start - DurationWindow); k < hit.Start; k++)
        {
            if ((view.CueAt(k) & CueRole.BackgroundBefore) == 0 || OtherTriggerBetween(view, k, hit.Start))
            {
                continue;
            }

            // بعد alone is "after" a recent event (بعد المحادثات); only "بعد يومين من اغتيال" counts back from it.
            var isAfter = view.Tokens[k].Base == "بعد";
            if (isAfter
                ? (hit.Start - k >= 2 && view.Tokens[hit.Start - 1].Base == "من"
                    && (hit.Start - k <= BackgroundWindow || DayOffset.IsDuration(view, k + 1, hit.Start - 1)))
                  || (hit.Start - k == 1 && OwnDay(view, hit))
                : hit.Start - k <= BackgroundWindow)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of the deny or claim verb before the trigger when it is about responsibility, else -1.</summary>
    public static int ResponsibilityVerb(SentenceView view, int clauseStart, int trigger)
    {
        for (var k = trigger - 1; k >= clauseStart; k--)
        {
            if ((view.CueAt(k) & (CueRole.DenyFact | CueRole.Claim)) != 0 && HasResponsibility(view, k + 1, trigger))
            {
                return k;
            }
        }

        return -1;
    }

    static bool HasResponsibility(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if ((view.CueAt(k) & CueRole.Responsibility) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the negator at <paramref name="k"/> governs the trigger: a verb within the window (لم يستهدف), an
    /// event noun right after it (عدم انسحاب) or after a verb of existence (لا يوجد جدول زمني لسحب).
    /// </summary>
    static bool Governs(SentenceView view, int k, Hit hit)
    {
        var distance = hit.Start - k;
        if (hit.Rule.IsVerb || distance <= NounNegationWindow)
        {
            return distance <= NegationWindow;
        }

        return distance <= NegationWindow && view.Tokens[k + 1].Base is "يوجد" or "توجد" or "هناك" or "وجود";
    }

    /// <summary>A verb with the future proclitic سـ (سيتم split off by the splitter, ستوجه left on).</summary>
    public static bool FutureVerb(SentenceView view, in Token token)
    {
        if (token.Prefix.Contains('س', StringComparison.Ordinal))
        {
            return true;
        }

        var word = token.Folded.AsSpan(token.Prefix.Length);
        var surface = view.Doc.Text.AsSpan(token.Span.Start, token.Span.Length);
        return token.Prefix is "" or "و" or "ف" && word.Length >= MinFutureVerbLength && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا'
            && surface[^1] != 'ة' && !word.EndsWith("ات", StringComparison.Ordinal) && !word.EndsWith("يه", StringComparison.Ordinal)
            && !word.EndsWith("ين", StringComparison.Ordinal) && word[^1] != 'ي';
    }

    /// <summary>
    /// True when the event noun is followed by its own day (هجوم الأحد، هجوم 3 تموز): after بعد it names an earlier,
    /// dated happening («في ثاني هجوم خلال 48 ساعة بعد هجوم الأحد في بابل»), not the one of the clause.
    /// </summary>
    static bool OwnDay(SentenceView view, Hit hit) =>
        hit.End < view.End && view.InDate(hit.End) && !hit.Rule.IsVerb;

    static bool PunctuationBetween(SentenceView view, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (!view.IsWord(k))
            {
                return true;
            }
        }

        return false;
    }

    static bool OtherTriggerBetween(SentenceView view, int from, int to)
    {
        foreach (var hit in view.Hits)
        {
            if (hit.Start > from && hit.Start < to)
            {
                return true;
            }
        }

        return false;
    }
}
