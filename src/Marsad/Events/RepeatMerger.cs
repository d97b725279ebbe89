using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// One happening, one event (docs/events.md, "Repeated reports"). A news article tells its main happening several
/// times: the lead (انفجرت عبوة ناسفة …), the toll (وأسفر الانفجار عن مقتل …), a witness or an official retelling it
/// (وقال مصدر إن العبوة انفجرت …). An analyst codes it once. A later event of the same category, with the same flags
/// (a denied or background attack is another statement than the attack itself), a date that agrees and a place that
/// agrees (the same place, or none on one side), told in another sentence and named by a noun (الانفجار، الهجوم،
/// مقتل: a new verb such as والتقى tells a new step of the story, not the same one again), is a repeat: it fills what the first report left open (place,
/// casualties, parties, counts) and is dropped. Two attacks in two places, or on two days, stay two.
/// </summary>
internal static class RepeatMerger
{
    /// <param name="verbTriggers">Triggers that are verbs: a later event told by a verb is never a repeat.</param>
    public static List<NewsEvent> Merge(List<NewsEvent> events, IReadOnlySet<TextSpan> verbTriggers)
    {
        var kept = new List<NewsEvent>(events.Count);
        foreach (var e in events)
        {
            var index = verbTriggers.Contains(e.Trigger) ? -1 : kept.FindIndex(k => IsRepeat(k, e));
            if (index < 0)
            {
                kept.Add(e);
                continue;
            }

            var first = kept[index];
            kept[index] = first with
            {
                PlaceId = first.PlaceId ?? e.PlaceId,
                PlaceSpan = first.PlaceId is null ? e.PlaceSpan : first.PlaceSpan,
                Dead = first.Dead ?? e.Dead,
                Injured = first.Injured ?? e.Injured,
                Actors = [.. first.Actors.Union(e.Actors, StringComparer.Ordinal)],
                Recipients = [.. first.Recipients.Union(e.Recipients, StringComparer.Ordinal).Except(first.Actors.Union(e.Actors, StringComparer.Ordinal), StringComparer.Ordinal)],
                Modes = [.. first.Modes.Union(e.Modes, StringComparer.Ordinal)],
                Quantities = first.Quantities.AddRange(e.Quantities),
            };
        }

        return kept;
    }

    static bool IsRepeat(NewsEvent first, NewsEvent later) =>
        // Within one sentence the draft rules already joined what belongs together: two left apart are two.
        (first.Span != later.Span || Adjacent(first, later))
        && first.Category == later.Category
        && first.Flags == later.Flags
        && first.Date is not null && first.Date == later.Date && first.DateEnd == later.DateEnd
        // The article's own date says nothing about when either happened: two undated reports may be two happenings.
        && first.DateRule != EventDating.ArticleDate && later.DateRule != EventDating.ArticleDate
        && (first.PlaceId is null || later.PlaceId is null || first.PlaceId == later.PlaceId)
        && !Disjoint(first.Actors, later.Actors);

    /// <summary>Two triggers side by side name one happening (انفجار عبوة ناسفة: the blast and the bomb).</summary>
    static bool Adjacent(NewsEvent first, NewsEvent later) => later.Trigger.Start - first.Trigger.End is >= 0 and <= 1;

    /// <summary>Two named actor lists with nothing in common are two parties acting: not a repeat.</summary>
    static bool Disjoint(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Intersect(b, StringComparer.Ordinal).Any();
}
