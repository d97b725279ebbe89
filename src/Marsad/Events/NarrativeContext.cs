using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// What a news article's sentences leave unsaid because an earlier sentence said it (docs/events.md, "Narrative
/// context"). A report states the day and the place of its main happening once, in the lead, and the sentences after
/// it go on in that time and place ("وصل قاآني إلى بغداد أمس … والتقى رئيس الوزراء في مكتبه"): an event whose own
/// sentence has no date takes the date of the last dated event of the day's news before it, and a physical event
/// (a meeting, an attack, a deployment) whose sentence names no place takes that event's place. Events inside a
/// direct quote keep their own sentence's reading: quoted speech is the speaker's time and place, not the narrator's.
/// The headline (a first line without a full stop) restates the lead, so it sets no day or place of its own.
/// </summary>
internal static class NarrativeContext
{
    /// <summary>Rule name of a date taken from the event before it.</summary>
    public const string PreviousEventDate = "previous-event-date";

    /// <summary>Flags of history and outlook: their dates and places are not the article's narrative time and place.</summary>
    const EventFlags OffNarrative = EventFlags.Background | EventFlags.Future;

    public static List<NewsEvent> Apply(Document doc, List<NewsEvent> events)
    {
        var headline = HeadlineEnd(doc);
        var quoted = DirectQuotes(doc);
        var result = new List<NewsEvent>(events.Count);
        NewsEvent? dated = null;
        NewsEvent? placed = null;
        foreach (var e in events)
        {
            if (e.Span.Start < headline)
            {
                result.Add(e);
                continue;
            }

            var current = e;
            if (InQuote(quoted, e.Trigger))
            {
                // Quoted speech has its own time and place (the speaker's), not the narrator's: nothing carries in or out.
                result.Add(current);
                continue;
            }

            if (current.DateRule == EventDating.ArticleDate && dated is not null)
            {
                current = current with
                {
                    Date = dated.Date,
                    DateEnd = dated.DateEnd,
                    DatePrecision = dated.DatePrecision,
                    DateRule = PreviousEventDate,
                };
            }

            if (current.PlaceId is null && placed is not null && IsPhysical(current.Category) && (current.Flags & OffNarrative) == 0)
            {
                current = current with { PlaceId = placed.PlaceId, PlaceSpan = placed.PlaceSpan };
            }

            if ((current.Flags & OffNarrative) == 0)
            {
                // Only a day carries over: a month or a range (مطلع الشهر) dates its own clause's happening, not the story's.
                if (current.DateRule is EventDating.SameClause or EventDating.SameSentence && current.DatePrecision == DatePrecision.Day)
                {
                    dated = current;
                }

                if (current.PlaceId is not null && IsPhysical(current.Category))
                {
                    placed = current;
                }
            }

            result.Add(current);
        }

        return result;
    }

    static List<TextSpan> DirectQuotes(Document doc)
    {
        var spans = new List<TextSpan>();
        foreach (var q in doc.Quotes)
        {
            if (q.Direct)
            {
                spans.Add(q.Content);
            }
        }

        return spans;
    }

    static bool InQuote(List<TextSpan> quoted, TextSpan trigger)
    {
        foreach (var q in quoted)
        {
            if (trigger.Start >= q.Start && trigger.End <= q.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the headline ends: the first sentence, when it is a line of its own without final punctuation and more
    /// text follows (a headline carries no full stop; a lead sentence does). 0 when the article opens with its body.
    /// </summary>
    static int HeadlineEnd(Document doc)
    {
        if (doc.Sentences.Length < 2)
        {
            return 0;
        }

        var first = doc.Sentences[0].Span;
        var text = doc.Text;
        var end = first.End;
        while (end > first.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // A closing quote mark ends headlines too (الخزعلي يهدد: «…»), so only full stops and a colon mark a lead.
        if (end == first.Start || text[end - 1] is '.' or '؟' or '?' or '!' or '…' or ':')
        {
            return 0;
        }

        var next = doc.Sentences[1].Span.Start;
        return text.AsSpan(end, next - end).Contains('\n') ? first.End : 0;
    }

    /// <summary>Happenings with a place of their own; statements (threats, demands, accusations) are made wherever.</summary>
    static bool IsPhysical(EventCategory category) =>
        category is EventCategory.Consult or EventCategory.Assault or EventCategory.Mobilize or EventCategory.Protest
            or EventCategory.Retreat or EventCategory.Aid or EventCategory.Coerce;
}
