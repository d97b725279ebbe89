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
    /// <param name="places">Place nesting: a later report may name the town inside the country the first named.</param>
    public static List<NewsEvent> Merge(List<NewsEvent> events, IReadOnlySet<TextSpan> verbTriggers, PlaceDepths places)
    {
        var kept = new List<NewsEvent>(events.Count);
        foreach (var e in events)
        {
            var index = verbTriggers.Contains(e.Trigger) ? -1 : kept.FindIndex(k => IsRepeat(k, e, places));
            if (index < 0)
            {
                kept.Add(e);
                continue;
            }

            var first = kept[index];
            var refine = first.PlaceId is null || (e.PlaceId is not null && places.Within(e.PlaceId, first.PlaceId));
            kept[index] = first with
            {
                PlaceId = refine ? e.PlaceId : first.PlaceId,
                PlaceSpan = refine ? e.PlaceSpan : first.PlaceSpan,
                Dead = first.Dead ?? e.Dead,
                Injured = first.Injured ?? e.Injured,
                Actors = [.. first.Actors.Union(e.Actors, StringComparer.Ordinal)],
                Recipients = [.. first.Recipients.Union(e.Recipients, StringComparer.Ordinal).Except(first.Actors.Union(e.Actors, StringComparer.Ordinal), StringComparer.Ordinal)],
                Modes = [.. first.Modes.Union(e.Modes, StringComparer.Ordinal)],
                Quantities = first.Quantities.AddRange(e.Quantities),
                Flags = first.Flags == e.Flags ? first.Flags : first.Flags | EventFlags.Denied,
            };
        }

        return kept;
    }

    static bool IsRepeat(NewsEvent first, NewsEvent later, PlaceDepths places) =>
        // Within one sentence the draft rules already joined what belongs together: two left apart are two.
        (first.Span != later.Span || Adjacent(first, later) || DenialOf(first, later))
        && first.Category == later.Category
        && (first.Flags == later.Flags || DenialOf(first, later))
        && first.Date is not null && (SameDates(first, later) || StatementDayAfter(first, later))
        // The article's own date says nothing about when either happened: two undated reports may be two happenings.
        && first.DateRule != EventDating.ArticleDate && later.DateRule != EventDating.ArticleDate
        && (first.PlaceId is null || later.PlaceId is null || first.PlaceId == later.PlaceId
            || places.Within(later.PlaceId, first.PlaceId) || places.Within(first.PlaceId, later.PlaceId))
        && !Disjoint(first.Actors, later.Actors);

    /// <summary>
    /// A later mention inside a denial (فيما نفت الكتائب أي صلة لها بالهجوم) names the same attack: it denies a part in it,
    /// not that it happened, so it joins the first report and marks it Denied.
    /// </summary>
    static bool DenialOf(NewsEvent first, NewsEvent later) =>
        (later.Flags & (EventFlags.Negated | EventFlags.Denied)) != 0 && (first.Flags & EventFlags.Negated) == 0
        && (later.Flags & ~(EventFlags.Negated | EventFlags.Denied)) == (first.Flags & ~(EventFlags.Negated | EventFlags.Denied));

    static bool SameDates(NewsEvent first, NewsEvent later) => first.Date == later.Date && first.DateEnd == later.DateEnd;

    /// <summary>
    /// The later report's only date is outside its clause (the day of the statement that retells it: «قال في بيان صدر
    /// فجر اليوم إن الغارات طالت …»), a day or two after the first report's day: it dates the telling, not the happening.
    /// </summary>
    static bool StatementDayAfter(NewsEvent first, NewsEvent later) =>
        later.DateRule == EventDating.SameSentence && first.DatePrecision == DatePrecision.Day
        && later.Date is { } told && first.Date is { } happened && first.DateEnd is null
        && told.DayNumber - happened.DayNumber is >= 0 and <= EventDating.DayNewsDays;

    /// <summary>Two triggers side by side name one happening (انفجار عبوة ناسفة: the blast and the bomb).</summary>
    static bool Adjacent(NewsEvent first, NewsEvent later) => later.Trigger.Start - first.Trigger.End is >= 0 and <= 1;

    /// <summary>Two named actor lists with nothing in common are two parties acting: not a repeat.</summary>
    static bool Disjoint(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Intersect(b, StringComparer.Ordinal).Any();
}
