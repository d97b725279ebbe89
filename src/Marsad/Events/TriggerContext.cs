using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// The words around a trigger that say it names no new happening of the story (docs/events.md, "Triggers"): a count
/// of times or a tally, a thwarted attack, blasts witnesses heard, a verb carrying the object its row needs.
/// </summary>
internal static class TriggerContext
{
    /// <summary>Ten or more happenings counted under one noun (أكثر من 160 هجوماً) are a tally, not one event.</summary>
    const int TallyCount = 10;

    // «زار البلاد أكثر من خمس مرات»: the count of times follows the verb's object within a few words.
    const int TimesReach = 6;

    // «وفككتها قبل أن تنفجر»: the thwarting verb stands just before قبل أن.
    const int ThwartReach = 4;

    // A perception verb governs its object noun within a few words (سمعوا ما بين خمسة وستة انفجارات).
    const int PerceptionReach = 6;

    /// <summary>
    /// True when the trigger at [<paramref name="i"/>, <paramref name="end"/>) names no new happening: a nisba adjective
    /// of the event noun, a pattern (a count of times, a tally), a thwarted attack, a resumptive toll, a blocker after
    /// it, needed words that do not follow, or a ban that a lifting before it governs.
    /// </summary>
    public static bool NamesNoHappening(SentenceView view, TriggerRule rule, string firstStem, int i, int end)
    {
        var tokens = view.Tokens;
        return (!rule.IsVerb && end - i == 1 && TriggerLookalikes.IsNisba(tokens[i], firstStem))

            // «زار البلاد أكثر من خمس مرات»: a count of times makes a pattern, not one happening.
            || (rule.IsVerb && Repeated(view, end))

            // «تبنت أكثر من 160 هجوماً»: a tally of attacks (an event noun counted by the dozen) is a pattern too. Weapon
            // nouns carry their own mode and stay: «ثلاثون صاروخاً» is one salvo.
            || (!rule.IsVerb && Tallied(view, i, rule))

            // «فككتها قبل أن تنفجر»: what was stopped before it could happen did not happen.
            || (rule.IsVerb && rule.Category == EventCategory.Assault && Thwarted(view, i))

            // A killing verb with a resumptive pronoun (قُتل فيها) tells the toll of the happening it points back to.
            || (rule.IsVerb && rule.Category == EventCategory.Assault && end < view.End && (view.CueAt(end) & CueRole.Resumptive) != 0)
            || Blocked(view, rule, i, end) || (!rule.Needs.IsEmpty && !Follows(view, rule.Needs, end))

            // «رفعت السلطات حظر التجول»: the ban a lifting governs is what ends, not a new restriction.
            || (rule.Category is EventCategory.Coerce or EventCategory.Sanction && Lifted(view, i));
    }

    /// <summary>
    /// True when the verb was matched without an object pronoun it carries (بيان نشرته "a statement it published"):
    /// the needed words of a row name the verb's object (نشر + troops is a deployment), and a verb that carries its
    /// object as a pronoun has none to find after it.
    /// </summary>
    public static bool HasObjectSuffix(in Token token, Phrase<TriggerRule> phrase) =>
        phrase.Length == 1 && token.Base.Length > phrase.Words[0].Length && token.Base.StartsWith(phrase.Words[0], StringComparison.Ordinal);

    /// <summary>
    /// True when a verb was matched by taking off an object pronoun ه that the text writes as ة: folding makes قتلة
    /// ("killers", a noun) look like قتله ("he killed him"), but the printed ة marks a noun.
    /// </summary>
    public static bool NounInTaMarbuta(string text, in Token token, Phrase<TriggerRule> phrase) =>
        phrase.Value.IsVerb && HasObjectSuffix(token, phrase) && token.Span.End > token.Span.Start && text[token.Span.End - 1] == 'ة';

    /// <summary>
    /// True when an event noun is counted by ten or more (تبنت أكثر من 160 هجوماً). Weapon nouns carry their own mode
    /// and stay: «ثلاثون صاروخاً» is one salvo.
    /// </summary>
    public static bool Tallied(SentenceView view, int i, TriggerRule rule) =>
        rule.Modes.IsEmpty && i > view.First && view.NumberEndingAt(i - 1) is { } count && view.Doc.Numbers[count].Value >= TallyCount;

    /// <summary>
    /// True when the plural or dual of مرة ("time") follows the verb within <see cref="TimesReach"/> words, before any
    /// punctuation (مرات، مرتين، عدة مرات): the verb tells how often something happened. The singular (للمرة الثانية)
    /// is one happening.
    /// </summary>
    public static bool Repeated(SentenceView view, int from)
    {
        var tokens = view.Tokens;
        for (var k = from; k < view.End && k < from + TimesReach; k++)
        {
            if (!view.IsWord(k))
            {
                return false;
            }

            if (tokens[k].Base is "مرات" or "مرتين" or "مرتان")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the verb follows «قبل أن» and a verb of defusing, downing or foiling stands just before that.</summary>
    public static bool Thwarted(SentenceView view, int i)
    {
        var tokens = view.Tokens;
        if (i - 2 < view.First || tokens[i - 1].Base != "ان" || tokens[i - 2].Base != "قبل")
        {
            return false;
        }

        for (var k = i - 3; k >= view.First && k >= i - 2 - ThwartReach; k--)
        {
            if ((view.CueAt(k) & CueRole.Thwart) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a verb of hearing or seeing (cues.tsv, perception) stands a few words before the noun in its clause.</summary>
    public static bool Perceived(SentenceView view, int i)
    {
        for (var k = i - 1; k >= view.First && k >= i - PerceptionReach && view.ClauseOf(k) == view.ClauseOf(i); k--)
        {
            if ((view.CueAt(k) & CueRole.Perception) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the noun's own clause dates it to a day (a dated mention is the report of the happening, not an echo),
    /// unless the noun is the object of an earlier trigger of its clause, whose date it is.
    /// </summary>
    public static bool DatedClause(SentenceView view, int i)
    {
        // The object of an earlier trigger of its clause (ودان الرئيس صباح اليوم الهجوم): the date is that act's.
        foreach (var hit in view.Hits)
        {
            if (hit.Start < i && view.ClauseOf(hit.Start) == view.ClauseOf(i))
            {
                return false;
            }
        }

        foreach (var d in view.Doc.Dates)
        {
            if (d.Span.Start >= view.Span.End)
            {
                break;
            }

            if (d.Span.Start >= view.Span.Start && d.Precision == DatePrecision.Day && d.Start is not null && view.ClauseOf(view.TokenAt(d.Span.Start)) == view.ClauseOf(i)
                && RelativeClauses.Of(view, i, view.TokenAt(d.Span.Start)) != RelativeClauses.Tie.Other)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a denial, claim or responsibility word stands before the noun in its sentence.</summary>
    public static bool ResponsibilityBefore(SentenceView view, int i)
    {
        for (var k = view.First; k < i; k++)
        {
            if ((view.CueAt(k) & (CueRole.DenyFact | CueRole.Claim | CueRole.Responsibility)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A blocker stem right after the trigger, or a stop word right before it (وقف إطلاق النار).</summary>
    public static bool Blocked(SentenceView view, TriggerRule rule, int start, int next) =>
        (next < view.End && !rule.Blockers.IsEmpty && rule.Blockers.Contains(view.Tokens[next].Stem))
        || (start > view.First && (view.CueAt(start - 1) & CueRole.StopsNext) != 0);

    // The word a trigger needs (صوت … على، حذر من، فرض عقوبات) within this many words after it. Punctuation and the
    // words of a date do not count: «صوّت المجلس، في جلسة عقدت اليوم الأحد، على قرار» keeps its على in reach.
    const int NeedsWindow = 9;

    /// <summary>
    /// True when a lifting (a CONCEDE row: رفع الحظر، رفعت … العقوبات) found earlier in the sentence governs the token:
    /// it is within the window in which the lifting verb looked for the restriction it needs.
    /// </summary>
    public static bool Lifted(SentenceView view, int i)
    {
        for (var h = view.Hits.Count - 1; h >= 0; h--)
        {
            if (view.Hits[h].Rule.Category == EventCategory.Concede)
            {
                return i - view.Hits[h].End < NeedsWindow;
            }
        }

        return false;
    }

    /// <summary>True when one of the needed words follows within <see cref="NeedsWindow"/> words.</summary>
    public static bool Follows(SentenceView view, ImmutableArray<string> stems, int from)
    {
        var tokens = view.Tokens;
        var words = 0;
        for (var k = from; k < view.End && words < NeedsWindow; k++)
        {
            if (stems.Contains(tokens[k].Stem) || stems.Contains(tokens[k].Folded))
            {
                return true;
            }

            var folded = tokens[k].Folded;
            if (folded.Length > 0 && char.IsLetter(folded[0]) && !view.InDate(k))
            {
                words++;
            }
        }

        return false;
    }
}
