namespace Marsad.CrossDocument;

/// <summary>
/// The blocking keys of an event report (docs/graph.md, "Events"): the short lists of known events the linker scores a
/// report against, by category with a month and the place (and its ancestors), the trigger, or a named party.
/// </summary>
internal sealed class EventBlockingKeys(PlaceTree places)
{
    /// <summary>Months a window may span and still be blocked by month (longer windows block by place and actor).</summary>
    public const int MaxBlockMonths = 3;

    /// <summary>
    /// The keys a report is stored under. Scoped by month (for each month its window may fall in): category with the
    /// place, with each person or organisation involved, and with the trigger. Unscoped: category with the place,
    /// each participant, and a named-event trigger, for reports that carry no usable date (background recalled
    /// without one, undated articles) to find their event by.
    /// </summary>
    public IEnumerable<long> Stored(EventSketch s) => ScopedKeys(s).Concat(UnscopedKeys(s));

    /// <summary>
    /// The keys a report looks candidates up with: the month-scoped keys when it is dated (a busy month's place or
    /// actor is still a short list), the unscoped ones when it is not, and both for background (the old event's first
    /// reports may have carried no date).
    /// </summary>
    public IEnumerable<long> Lookup(EventSketch s)
    {
        var scoped = ScopedKeys(s).ToList();
        return scoped.Count > 0 && !s.Background ? scoped : scoped.Concat(UnscopedKeys(s));
    }

    IEnumerable<long> ScopedKeys(EventSketch s)
    {
        var category = s.Event.Category.ToString();
        foreach (var month in s.Window.Months(MaxBlockMonths))
        {
            if (s.Place is null)
            {
                yield return LinkKey.Of(KeyKind.EventBlock, category, month, "place:-");
            }
            else
            {
                foreach (var place in places.BlockingPlaces(s.Place))
                {
                    yield return LinkKey.Of(KeyKind.EventBlock, category, month, "place:" + place);
                }
            }

            yield return LinkKey.Of(KeyKind.EventBlock, category, month, "trigger:" + s.Trigger);
            foreach (var who in s.Who)
            {
                yield return LinkKey.Of(KeyKind.EventBlock, category, month, "who:" + who);
            }
        }
    }

    IEnumerable<long> UnscopedKeys(EventSketch s)
    {
        var category = s.Event.Category.ToString();
        if (s.Place is { } at)
        {
            foreach (var place in places.BlockingPlaces(at))
            {
                yield return LinkKey.Of(KeyKind.EventBlock, category, "place", place);
            }
        }

        if (s.Trigger.Contains(' ', StringComparison.Ordinal))
        {
            yield return LinkKey.Of(KeyKind.EventBlock, category, "trigger", s.Trigger);
        }

        foreach (var who in s.Who)
        {
            yield return LinkKey.Of(KeyKind.EventBlock, category, "who", who);
        }
    }
}
