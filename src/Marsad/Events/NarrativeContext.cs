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
    /// <summary>Rule name of a day taken from the narrative around the event (a dated sentence before it, or after the lead).</summary>
    public const string NarrativeDay = "narrative-day";

    /// <summary>
    /// A lead that gives no day of its own is dated by the sentences right after it ("هدد X …" then "وقال X في كلمة
    /// مساء أمس الجمعة"): this many sentences are read ahead for a narrative day.
    /// </summary>
    const int LeadLookAhead = 2;

    /// <summary>Flags of history and outlook: their dates and places are not the article's narrative time and place.</summary>
    const EventFlags OffNarrative = EventFlags.Background | EventFlags.Future;

    /// <param name="quoted">The content spans of the article's direct quotes (<see cref="DirectQuotes"/>).</param>
    public static List<NewsEvent> Apply(Document doc, List<NewsEvent> events, List<TextSpan> quoted)
    {
        var headline = HeadlineEnd(doc);
        var bodyCategories = new HashSet<EventCategory>();
        foreach (var e in events)
        {
            if (e.Span.Start >= headline)
            {
                bodyCategories.Add(e.Category);
            }
        }

        var days = NarrativeDays(doc, events, headline, quoted);
        var result = new List<NewsEvent>(events.Count);
        NewsEvent? placed = null;
        var placedByCategory = new Dictionary<EventCategory, NewsEvent>();
        NewsEvent? placedVisit = null;
        foreach (var e in events)
        {
            if (e.Span.Start < headline)
            {
                if (!bodyCategories.Contains(e.Category))
                {
                    result.Add(e);
                }

                continue;
            }

            var current = e;
            var performed = QuotedClaims.Performative(e.Category);
            if (InQuote(quoted, e.Trigger) && !performed)
            {
                // Quoted speech has its own time and place (the speaker's), not the narrator's: nothing carries in or out.
                result.Add(current);
                continue;
            }

            // A threat or demand the quoted words perform (سنلاحق المتورطين) happened when they were said: it takes the
            // narrative day of the sentence that quotes them, but no place (the speaker's words name what they are about).
            if (InQuote(quoted, e.Trigger))
            {
                if (current.DateRule == EventDating.ArticleDate && DayOf(doc, days, current.Span, reaction: true) is { } said)
                {
                    current = current with { Date = said, DateEnd = null, DatePrecision = DatePrecision.Day, DateRule = NarrativeDay };
                }

                result.Add(current);
                continue;
            }

            if (current.DateRule == EventDating.ArticleDate && DayOf(doc, days, current.Span, IsReaction(current.Category)) is { } day)
            {
                current = current with
                {
                    Date = day,
                    DateEnd = null,
                    DatePrecision = DatePrecision.Day,
                    DateRule = NarrativeDay,
                };
            }

            // A meeting goes on where the visit was, not where the attack it followed was: the last placed event of the
            // same kind sets the place first, then the last placed physical event.
            // A step planned for the day of the narrative (ومن المقرر أن يلتقي قاآني اليوم رئيس الوزراء) happens there too.
            var planned = (current.Flags & EventFlags.Background) == 0 && current.Date is { } when && when <= doc.Anchor;
            // A meeting during a visit is in the visit's place (the city), not in the house where an earlier meeting was.
            var visit = current.Category == EventCategory.Consult ? placedVisit : null;
            if (current.PlaceId is null && (visit ?? placedByCategory.GetValueOrDefault(current.Category) ?? placed) is { } setting
                && IsPhysical(current.Category) && ((current.Flags & OffNarrative) == 0 || planned))
            {
                current = current with { PlaceId = setting.PlaceId, PlaceSpan = setting.PlaceSpan };
            }

            if ((current.Flags & OffNarrative) == 0 && current.PlaceId is not null && IsPhysical(current.Category))
            {
                placed = current;
                placedByCategory[current.Category] = current;
                if (current.Modes.Contains("visit"))
                {
                    placedVisit = current;
                }
            }

            result.Add(current);
        }

        return result;
    }

    /// <summary>
    /// The days the narrative passes through, in text order: day-precision dates of the body, outside direct quotes and
    /// outside sentences whose events are history or outlook, from <see cref="EventDating.BackgroundDays"/> before the
    /// article up to its date. Only a day carries over: a month or a range (مطلع الشهر) dates its own clause, not the story.
    /// </summary>
    static List<DateMention> NarrativeDays(Document doc, List<NewsEvent> events, int headline, List<TextSpan> quoted)
    {
        var days = new List<DateMention>();
        if (doc.Anchor is not { } anchor)
        {
            return days;
        }

        foreach (var d in doc.Dates)
        {
            if (d.Span.Start < headline || d.Precision != DatePrecision.Day || d.Start is not { } start
                || start > anchor || start.DayNumber < anchor.DayNumber - EventDating.BackgroundDays || InQuote(quoted, d.Span)
                || OffNarrativeSentence(events, d.Span))
            {
                continue;
            }

            days.Add(d);
        }

        return days;
    }

    /// <summary>True when the date's sentence coded events and every one of them is history or outlook.</summary>
    static bool OffNarrativeSentence(List<NewsEvent> events, TextSpan date)
    {
        var any = false;
        foreach (var e in events)
        {
            if (date.Start >= e.Span.Start && date.End <= e.Span.End)
            {
                if ((e.Flags & OffNarrative) == 0)
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>The last narrative day before the sentence, else (for a lead) the first within <see cref="LeadLookAhead"/> sentences after it.</summary>
    static DateOnly? DayOf(Document doc, List<DateMention> days, TextSpan sentence, bool reaction)
    {
        DateMention? before = null;
        foreach (var d in days)
        {
            // A reaction (a condemnation, a demand, a threat) comes after what it answers: it takes the latest day the
            // story has reached, not the day of the happening the sentence before it recalled.
            if (d.Span.End <= sentence.Start && (!reaction || before is null || d.Start > before.Start))
            {
                before = d;
            }
        }

        if (before is not null)
        {
            return before.Start;
        }

        var index = SentenceIndex(doc, sentence.Start);
        var limit = index + LeadLookAhead < doc.Sentences.Length ? doc.Sentences[index + LeadLookAhead].Span.End : doc.Text.Length;
        foreach (var d in days)
        {
            if (d.Span.Start >= sentence.End && d.Span.Start < limit)
            {
                return d.Start;
            }
        }

        return null;
    }

    static int SentenceIndex(Document doc, int position)
    {
        var (lo, hi) = (0, doc.Sentences.Length - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (doc.Sentences[mid].Span.Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The content spans of the article's direct quotes, in text order.</summary>
    public static List<TextSpan> DirectQuotes(Document doc)
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

        // The headline is the whole first line: the splitter may cut it at an ellipsis (قرار خفض القوات… ترحيب حذر).
        var text = doc.Text;
        var start = doc.Sentences[0].Span.Start;
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0 || lineEnd >= doc.Sentences[^1].Span.Start)
        {
            return 0;
        }

        var end = lineEnd;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // A closing quote mark ends headlines too (الخزعلي يهدد: «…»), so only full stops and a colon mark a lead.
        return end == start || text[end - 1] is '.' or '؟' or '?' or '!' or '…' or ':' ? 0 : lineEnd;
    }

    /// <summary>Statements that answer a happening: condemnations, demands, refusals, threats, welcomes.</summary>
    static bool IsReaction(EventCategory category) =>
        category is EventCategory.Accuse or EventCategory.Request or EventCategory.Reject or EventCategory.Threaten
            or EventCategory.Support or EventCategory.Statement;

    /// <summary>Happenings with a place of their own; statements (threats, demands, accusations) are made wherever.</summary>
    static bool IsPhysical(EventCategory category) =>
        category is EventCategory.Consult or EventCategory.Assault or EventCategory.Mobilize or EventCategory.Protest
            or EventCategory.Retreat or EventCategory.Aid or EventCategory.Coerce;
}
