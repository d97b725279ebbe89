using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Picks an event's place (docs/events.md, "Where"): among the knowledge-base places (GPE, LOC) its sentence names,
/// other than its actors, one in its clause (a sentence often tells two happenings in two places), then the most
/// specific (a base over its city over its country), then the nearest to the trigger.
/// </summary>
internal static class PlacePicker
{
    // Without a knowledge-base depth, a location (base, district) is taken as more specific than a GPE.
    const int LocationDepth = 3;

    public static Mention? Pick(SentenceView view, EventDraft draft, List<Mention> places, PlaceDepths depths)
    {
        Mention? best = null;
        (int Clause, int Depth, int Distance) bestKey = default;
        var trigger = view.Tokens[draft.Primary.Start].Span;
        foreach (var m in places)
        {
            if (m.EntityId is not { } id || draft.Actors.Contains(id))
            {
                continue;
            }

            var depth = depths.DepthOf(id) ?? (m.Kind == EntityKind.Location ? LocationDepth : 0);
            var clause = view.ClauseOf(view.TokenAt(m.Span.Start)) == draft.Clause ? 1 : 0;
            var distance = m.Span.Start >= trigger.End ? m.Span.Start - trigger.End : trigger.Start - m.Span.End;
            var key = (clause, depth, -distance);
            if (best is null || key.CompareTo(bestKey) > 0)
            {
                (best, bestKey) = (m, key);
            }
        }

        return best;
    }
}
