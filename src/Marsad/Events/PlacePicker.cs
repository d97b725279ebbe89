using System.Collections.Frozen;
using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Picks an event's place (docs/events.md, "Where"): among the knowledge-base places (GPE, LOC) its sentence names,
/// other than its actors, one its own trigger governs (a place belongs to the nearest trigger before it: in «وصل إلى
/// بغداد في زيارة، بعد يوم من استهداف منزله في المنطقة الخضراء» the zone is the attack's, not the visit's), then one
/// in its clause (a sentence often tells two happenings in two places), then the most specific (a base over its city
/// over its country), then the nearest to the trigger. A place after a compass word («في محافظة الديوانية جنوبي بغداد»)
/// is a landmark that locates another, and one in an attribution («بحسب وزارة الصحة في إقليم كردستان») is where the
/// source sits: either is taken only when no other place is named. A place inside a direct quote is the speaker's subject, not
/// where the narrated event happened, unless the event is itself inside that quote.
/// </summary>
internal static class PlacePicker
{
    // Without a knowledge-base depth, a location (base, district) is taken as more specific than a GPE.
    const int LocationDepth = 3;

    // Compass words, folded, with and without the nisba ending (جنوب بغداد، جنوبي بغداد).
    static readonly FrozenSet<string> Compass = FrozenSet.ToFrozenSet(
        ["جنوب", "جنوبي", "شمال", "شمالي", "شرق", "شرقي", "غرب", "غربي"], StringComparer.Ordinal);

    public static Mention? Pick(SentenceView view, EventDraft draft, List<Mention> places, PlaceDepths depths, IReadOnlyList<TextSpan> quotes)
    {
        Mention? best = null;
        (int Located, int Own, int Clause, int Depth, int Distance) bestKey = default;
        var trigger = view.Tokens[draft.Primary.Start].Span;
        var triggerQuote = QuoteOf(quotes, trigger);
        foreach (var m in places)
        {
            if (m.EntityId is not { } id || draft.Actors.Contains(id) || QuoteOf(quotes, m.Span) != triggerQuote)
            {
                continue;
            }

            var depth = depths.DepthOf(id) ?? (m.Kind == EntityKind.Location ? LocationDepth : 0);
            var token = view.TokenAt(m.Span.Start);
            if (view.ClauseOf(token) > draft.Clause)
            {
                // A later clause (فيما …، تنفيذاً لاتفاق في سويسرا) tells another happening and its place.
                continue;
            }

            var own = Owns(view, draft, token) ? 1 : 0;
            var clause = view.ClauseOf(token) == draft.Clause ? 1 : 0;
            var distance = m.Span.Start >= trigger.End ? m.Span.Start - trigger.End : trigger.Start - m.Span.End;
            var located = (token > view.First && Compass.Contains(view.Tokens[token - 1].Base)) || Attributed(view, token) || NotWhere(view, token) ? 0 : 1;
            var key = (located, own, clause, depth, -distance);
            if (best is null || key.CompareTo(bestKey) > 0)
            {
                (best, bestKey) = (m, key);
            }
        }

        return best;
    }

    /// <summary>
    /// True when the trigger nearest before the place's token (or, with none before it, the first after it) is one of
    /// the draft's: the words after a trigger up to the next one tell that happening's circumstances.
    /// </summary>
    static bool Owns(SentenceView view, EventDraft draft, int token)
    {
        Hit? before = null;
        Hit? after = null;
        foreach (var hit in view.Hits)
        {
            if (hit.Start < token && (before is null || hit.Start > before.Value.Start))
            {
                before = hit;
            }
            else if (hit.Start > token && (after is null || hit.Start < after.Value.Start))
            {
                after = hit;
            }
        }

        var owner = before ?? after;
        return owner is { } o && draft.Hits.Contains(o);
    }

    /// <summary>
    /// True when the place is the subject of a light, reporting or event verb right before it (شنت الولايات المتحدة
    /// غارات، قالت طهران، وتتهم طهران: the country acts or speaks, it is not where the event happened), or an end of a road or border
    /// (الطريق الرابط بين بغداد والحلة، الطريق المؤدي إلى الميناء: the road runs between them, the event happened on it).
    /// </summary>
    static bool NotWhere(SentenceView view, int token)
    {
        if (token <= view.First)
        {
            return false;
        }

        var before = view.CueAt(token - 1);
        if ((before & (CueRole.LightVerb | CueRole.Reporting | CueRole.Between)) != 0 && !view.Tokens[token - 1].Prefix.Contains('ب', StringComparison.Ordinal))
        {
            return true;
        }

        // The subject right after a verb of saying or dealing (وتتهم طهران جماعات …، رحبت بغداد): the country acts, it is
        // not the place. After an attack verb the place may be the passive's target (استُهدفت أربيل بصواريخ), so it stays.
        foreach (var hit in view.Hits)
        {
            if (hit.End == token && hit.Rule.IsVerb && hit.Rule.Category is not (EventCategory.Assault or EventCategory.Coerce))
            {
                return true;
            }
        }

        // The end a road leads to: «الطريق المؤدي إلى ميناء أم قصر».
        if (token - 2 >= view.First && (view.CueAt(token - 2) & CueRole.RoadTo) != 0 && (view.CueAt(token - 1) & CueRole.RecipientPrep) != 0)
        {
            return true;
        }

        // The second end: «بين بغداد والحلة», the conjunction right after the first place.
        return view.Tokens[token].Prefix.StartsWith('و') && token - 2 >= view.First && (view.CueAt(token - 2) & CueRole.Between) != 0;
    }

    // An attribution phrase names its source in a few words (بحسب وزارة الصحة في إقليم كردستان).
    const int AttributionWindow = 5;

    /// <summary>True when an attribution cue (بحسب، وفق، نقلاً) stands a few words before the place.</summary>
    static bool Attributed(SentenceView view, int token)
    {
        for (var k = token - 1; k >= view.First && k >= token - AttributionWindow; k--)
        {
            if ((view.CueAt(k) & CueRole.Attribution) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the direct quote holding <paramref name="span"/>, or -1.</summary>
    static int QuoteOf(IReadOnlyList<TextSpan> quotes, TextSpan span)
    {
        for (var q = 0; q < quotes.Count; q++)
        {
            if (span.Start >= quotes[q].Start && span.End <= quotes[q].End)
            {
                return q;
            }
        }

        return -1;
    }
}
