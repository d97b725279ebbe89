using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// When a trigger joins an earlier event of its category and clause rather than starting one (docs/events.md, "One
/// event per clause and category"): the instrument (بضربة جوية، في غارة), a verb describing the noun before it (غارة
/// استهدفت), a verb that goes on telling a background event, and a killing named as an attack's result.
/// </summary>
internal static class DraftJoins
{
    /// <summary>True when <paramref name="hit"/> belongs to <paramref name="earlier"/>, the last draft of its category in its clause.</summary>
    public static bool Joins(SentenceView view, Hit hit, EventDraft earlier, List<EventDraft> drafts) =>
        Instrumental(view, hit) || Describing(view, hit, earlier) || Continues(view, hit, earlier, drafts) || Toll(view, hit);

    /// <summary>
    /// A trigger of the category of an earlier background event of its clause, with no conjunction, no punctuation and
    /// no other event between them, goes on telling that event (بعد ثمانية أشهر من تصويت المجلس على قرار يطالب الحكومة
    /// …: the demand is the resolution the vote passed), not a new one of the day.
    /// </summary>
    static bool Continues(SentenceView view, Hit hit, EventDraft earlier, List<EventDraft> drafts)
    {
        var token = view.Tokens[hit.Start];
        if (!earlier.CueBackground || token.Prefix.StartsWith('و') || token.Prefix.StartsWith('ف'))
        {
            return false;
        }

        var from = earlier.Hits[^1].End;
        foreach (var d in drafts)
        {
            if (d != earlier && d.Hits.Exists(h => h.Start >= from && h.Start < hit.Start))
            {
                return false;
            }
        }

        // A date between them gives the verb a time of its own (عقب مقتل القائد في 8 كانون الثاني 2020 إذ قصفت …).
        for (var k = from; k < hit.Start; k++)
        {
            if (!view.IsWord(k) || view.InDate(k))
            {
                return false;
            }
        }

        return hit.Start - from <= ContinuesReach;
    }

    // The words of a noun phrase between the background event and the verb that goes on telling it (مجلس النواب العراقي
    // على قرار).
    const int ContinuesReach = 6;

    /// <summary>
    /// «أسفر عن مقتل»، «أدى إلى مقتل»: a killing the clause names as the result of an attack before it is that attack's
    /// toll, even when the attack is an earlier, background one (بعد يومين من هجوم … أسفر عن مقتل ثلاثة جنود).
    /// </summary>
    static bool Toll(SentenceView view, Hit hit)
    {
        var tokens = view.Tokens;
        var k = hit.Start - 1;
        if (hit.Rule.Category != EventCategory.Assault || k - 1 < view.First)
        {
            return false;
        }

        var (verb, preposition) = (tokens[k - 1].Base, tokens[k].Base);
        return (preposition == "عن" && verb is "اسفر" or "اسفرت") || (preposition is "الي" or "إلى" && verb is "ادى" or "ادت" or "ادي");
    }

    // A relative clause on an indefinite noun starts right after the noun and its adjective (غارة أميركية استهدفت).
    const int DescribingReach = 2;

    /// <summary>
    /// A trigger verb without a conjunction (استهدفت, not واستهدفت) right after a trigger noun of its category, no
    /// punctuation between: a relative clause on that noun (بغارة أميركية استهدفت موكبهما), not a new step.
    /// </summary>
    static bool Describing(SentenceView view, Hit hit, EventDraft noun)
    {
        var token = view.Tokens[hit.Start];
        if (!hit.Rule.IsVerb || token.Prefix.StartsWith('و') || token.Prefix.StartsWith('ف'))
        {
            return false;
        }

        var last = noun.Hits.FindLast(h => h.End <= hit.Start);
        if (last.Rule is null || last.Rule.IsVerb || hit.Start - last.End > DescribingReach)
        {
            return false;
        }

        for (var k = last.End; k < hit.Start; k++)
        {
            if (!view.IsWord(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A trigger noun written with the preposition بـ (بضربة، بالعبوات), or an indefinite one after في (في غارة): the instrument of an event.</summary>
    static bool Instrumental(SentenceView view, Hit hit)
    {
        var token = view.Tokens[hit.Start];
        // في غارة أميركية (killed "in" a strike) names the means as بغارة does.
        var inside = hit.Start > view.First && view.Tokens[hit.Start - 1].Folded == "في" && token.Prefix.Length == 0;
        return !hit.Rule.IsVerb && (inside || token.Prefix.Contains('ب', StringComparison.Ordinal)
            || (token.Folded.Length > token.Prefix.Length && token.Folded[token.Prefix.Length] == 'ب' && !hit.Stem.StartsWith('ب')));
    }
}
