using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Turns a sentence's triggers into event drafts and applies the coding rules between them (docs/events.md):
/// triggers of one category in one clause are one event; a withdrawal that is announced is CONCEDE; a conditional
/// future assault is also a THREATEN; what is threatened or requested has not happened (Future), what is rejected
/// is Negated, and none of them is an event of its own; a STATEMENT stands only alone and in a statement context; deaths from accidents are no assault.
/// </summary>
internal static class DraftRules
{
    /// <summary>Groups the sentence's triggers into drafts, in trigger order.</summary>
    public static List<EventDraft> Group(SentenceView view)
    {
        var drafts = new List<EventDraft>();
        foreach (var hit in view.Hits)
        {
            var clause = view.ClauseOf(hit.Start);
            var background = FlagReader.IntroducedAsBackground(view, hit, view.Clauses[clause].Start);
            // «زيارة … يلتقي خلالها الرئيس»: a step taken during the happening named before it (خلالها، فيها) is an event
            // of its own, with its own parties, though of the same kind.
            var during = hit.End < view.End && (view.CueAt(hit.End) & CueRole.Resumptive) != 0;
            var same = background || during ? null : drafts.Find(d => d.Clause == clause && d.Category == hit.Rule.Category && !d.CueBackground);
            if (!background && !during && drafts.FindLast(d => d.Clause == clause && d.Category == hit.Rule.Category) is { } means
                && DraftJoins.Joins(view, hit, means, drafts))
            {
                // "اغتيال … بضربة جوية": بـ + a weapon noun is the means of the event before it, even a background one;
                // "… بغارة استهدفت موكبهما": a verb with no conjunction describes that same happening.
                same = means;
            }

            if (same is not null)
            {
                if (hit.Stem != same.Primary.Stem)
                {
                    view.Unsee(hit);
                }

                same.Hits.Add(hit);
                continue;
            }

            drafts.Add(new EventDraft(hit.Rule.Category, hit, clause) { CueBackground = background });
        }

        // Parties of an event stop at the next event's trigger in the clause.
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var end = view.Clauses[d.Clause].End;
            foreach (var other in drafts)
            {
                if (other == d || other.Clause != d.Clause)
                {
                    continue;
                }

                foreach (var hit in other.Hits)
                {
                    if (hit.Start > d.Primary.Start && hit.Start < end)
                    {
                        end = hit.Start;
                    }
                }
            }

            d.ScopeEnd = end;
        }

        return drafts;
    }

    /// <summary>
    /// True when <paramref name="d"/> is the content of <paramref name="governor"/>: an event noun (or a verb after
    /// أن) with no temporal preposition (بعد، منذ، عقب) and no coordinated verb (وحذر) between them.
    /// </summary>
    static bool Governs(SentenceView view, EventDraft governor, EventDraft d)
    {
        var tokens = view.Tokens;
        var previous = tokens[d.Primary.Start - 1].Base;
        if (d.Primary.Rule.IsVerb && previous is not ("ان" or "بان"))
        {
            return false;
        }

        for (var k = governor.Primary.End; k < d.Primary.Start; k++)
        {
            if ((view.CueAt(k) & CueRole.BackgroundBefore) != 0)
            {
                return false;
            }
        }

        foreach (var hit in view.Hits)
        {
            if (hit.Start > governor.Primary.Start && hit.Start < d.Primary.Start && hit.Rule.IsVerb
                && tokens[hit.Start].Prefix.StartsWith('و'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Applies the rules that need every draft's flags; returns the drafts to keep.</summary>
    public static List<EventDraft> Apply(SentenceView view, List<EventDraft> drafts)
    {
        var contents = new HashSet<EventDraft>();
        var sentenceCues = CueRole.None;
        for (var k = view.First; k < view.End; k++)
        {
            sentenceCues |= view.CueAt(k);
        }

        foreach (var d in drafts)
        {
            foreach (var governor in drafts)
            {
                if (governor == d || governor.Clause != d.Clause || governor.Primary.Start >= d.Primary.Start || !Governs(view, governor, d))
                {
                    continue;
                }

                // A threatened assault makes the threat one of violence.
                if (governor.Category == EventCategory.Threaten && d.Category == EventCategory.Assault && !governor.Modes.Contains("violence"))
                {
                    governor.Modes.Add("violence");
                }

                // The content of a threat or a demand has not happened; the content of a refusal is negated.
                d.Flags |= governor.Category switch
                {
                    EventCategory.Threaten or EventCategory.Request => EventFlags.Future,
                    EventCategory.Reject => EventFlags.Negated,
                    _ => EventFlags.None,
                };

                // What is threatened, demanded or refused (هدد باستهداف، طالب بإخراج القوات، رفض الاتفاق) is what the
                // speech act is about, coded on it (a threat of violence), not a happening of its own.
                if (governor.Category is EventCategory.Threaten or EventCategory.Request or EventCategory.Reject)
                {
                    contents.Add(d);
                }
            }

            if (d.Category == EventCategory.Retreat && ((d.Flags & (EventFlags.Future | EventFlags.Conditional)) != 0 || Announced(view, d)))
            {
                d.Category = EventCategory.Concede;
            }
        }

        var kept = new List<EventDraft>(drafts.Count + 1);
        foreach (var d in drafts)
        {
            if (contents.Contains(d))
            {
                continue;
            }

            if (d.Category == EventCategory.Statement
                && ((sentenceCues & CueRole.StatementContext) == 0 || drafts.Exists(o => o.Category != EventCategory.Statement && o.Clause == d.Clause)))
            {
                continue;
            }

            if (d.Category == EventCategory.Assault && (sentenceCues & CueRole.SuppressAssault) != 0 && d.Modes.Count == 0
                && d.Hits.TrueForAll(h => h.Rule.Modes.IsEmpty))
            {
                continue;
            }

            kept.Add(d);
            if (d.Category == EventCategory.Assault && (d.Flags & (EventFlags.Future | EventFlags.Conditional)) == (EventFlags.Future | EventFlags.Conditional)
                && !drafts.Exists(o => o.Category == EventCategory.Threaten && o.Clause == d.Clause))
            {
                kept.Add(ThreatOf(view, d));
            }
        }

        return kept;
    }

    /// <summary>"ستوجه ضربات … في حال لم …": the assault is conditional and future, and saying so is a threat.</summary>
    static EventDraft ThreatOf(SentenceView view, EventDraft assault)
    {
        var trigger = assault.Primary;
        // The threat's word is the future verb that announces the strike (ستوجه), when there is one.
        for (var k = assault.Primary.Start - 1; k >= view.Clauses[assault.Clause].Start && k >= assault.Primary.Start - 3; k--)
        {
            if (FlagReader.FutureVerb(view, view.Tokens[k]))
            {
                trigger = trigger with { Start = k, End = k + 1 };
                break;
            }
        }

        var threat = new EventDraft(EventCategory.Threaten, trigger, assault.Clause)
        {
            Flags = assault.Flags & EventFlags.Background,
            ScopeEnd = assault.ScopeEnd,
            TriggerSpan = new TextSpan(view.Tokens[trigger.Start].Span.Start, view.Tokens[trigger.End - 1].Span.End),
        };
        threat.Modes.Add("violence");
        threat.Actors.AddRange(assault.Actors);
        threat.Recipients.AddRange(assault.Recipients);
        return threat;
    }

    /// <summary>
    /// An announcement verb or noun before the withdrawal in its clause (أعلن سحب، قرار خفض), unless a word of
    /// completion stands nearer to it (أعلن اكتمال خفض القوات: what is announced is that it was carried out).
    /// </summary>
    static bool Announced(SentenceView view, EventDraft d)
    {
        for (var k = d.Primary.Start - 1; k >= view.Clauses[d.Clause].Start; k--)
        {
            var cue = view.CueAt(k);
            if ((cue & CueRole.Completed) != 0)
            {
                return false;
            }

            if ((cue & CueRole.Announce) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
