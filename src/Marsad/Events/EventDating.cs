using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Dates an event (docs/events.md, "When"): the resolved date mention of its clause nearest the trigger, else the
/// nearest of its sentence, else the article's date. Marks reported history: an event that ended more than
/// <see cref="BackgroundDays"/> days before the article is Background; one dated after the article is Future.
/// </summary>
internal static class EventDating
{
    /// <summary>
    /// An event that ended more than this many days before the article is background, not news of the day. A month
    /// covers what news still reports as recent ("last week", "earlier this month"); a killing a year before is history.
    /// </summary>
    public const int BackgroundDays = 30;

    public const string SameClause = "date-in-clause";
    public const string SameSentence = "date-in-sentence";
    public const string ArticleDate = "article-date";

    /// <summary>A background event without a date of its own: before the article, day unknown.</summary>
    public const string BeforeArticle = "before-article-date";

    public const string NoDate = "no-date";

    /// <returns>
    /// The date, its end, precision and rule; and whether the date is written after the trigger (it then names the
    /// happening's own day, «بعد أربعة أشهر من اتفاق … في 26 تموز», and no offset phrase before the trigger moves it).
    /// </returns>
    public static (DateOnly? Date, DateOnly? End, DatePrecision Precision, string Rule, bool After) Date(
        SentenceView view, EventDraft draft, List<DateMention> sentenceDates)
    {
        var trigger = view.Tokens[draft.Primary.Start].Span;
        DateMention? best = null;
        var bestScore = int.MaxValue;
        var anchor = view.Doc.Anchor;
        foreach (var d in sentenceDates)
        {
            // A date after a threat or demand that reaches past the article (بعد نهاية العام) is the deadline of its
            // content, not when it was made.
            if (FlagReader.IsSpeechAct(draft.Category) && d.Span.Start >= trigger.End && (d.End ?? d.Start) > anchor)
            {
                continue;
            }

            // «واتفق الجانبان على … خلال الأسابيع المقبلة»: a verb in the past tense told as done is not dated by a time
            // that starts on or after the article's day and runs past it; that time belongs to what was agreed.
            if (anchor is { } today && d.Start is { } from && from >= today && (d.End ?? from) > today && PastTense(view, draft))
            {
                continue;
            }

            // A date in the relative clause of another noun dates that noun (RelativeClauses).
            var dateToken = view.TokenAt(d.Span.Start);

            // «بحلول نهاية أيلول» is a deadline: it dates the withdrawal or handover it bounds, not the reactions to it.
            if (dateToken > view.First && view.Tokens[dateToken - 1].Base == "بحلول"
                && draft.Category is not (EventCategory.Retreat or EventCategory.Concede))
            {
                continue;
            }

            if (view.ClauseOf(dateToken) > draft.Clause)
            {
                continue;
            }

            var tie = RelativeClauses.Of(view, draft.Primary.End - 1, dateToken);

            // Its own relative clause first (الهجوم الذي استهدف القاعدة مساء الأحد), then the same clause (a date right
            // after a reporting verb dates the statement: it counts as another clause's), then the nearest in characters,
            // and a date in another noun's relative clause last: it dates that noun, and this event only through it
            // (اتفقا في ختام الجولة التي عقدت أمس).
            var sameClause = view.ClauseOf(dateToken) == draft.Clause && !(d.Span.End <= trigger.Start && AfterReportingVerb(view, dateToken));
            var distance = d.Span.Start >= trigger.End ? d.Span.Start - trigger.End : trigger.Start - d.Span.End;
            var score = tie switch
            {
                RelativeClauses.Tie.Own => -1_000_000,
                RelativeClauses.Tie.Other => 2_000_000,
                _ => sameClause ? 0 : 1_000_000,
            } + Math.Max(0, distance);
            if (score < bestScore)
            {
                (best, bestScore) = (d, score);
            }
        }

        if (best is { Start: { } start, End: { } end })
        {

            var rule = bestScore < 1_000_000 ? SameClause : SameSentence;
            return (start, end == start ? null : end, best.Precision, rule, best.Span.Start >= trigger.End);
        }

        if (anchor is not { } day)
        {
            return (null, null, DatePrecision.Unresolved, NoDate, false);
        }

        return draft.CueBackground || (draft.Flags & EventFlags.Background) != 0
            ? (null, day, DatePrecision.Unresolved, BeforeArticle, false)
            : (day, null, DatePrecision.Day, ArticleDate, false);
    }

    /// <summary>
    /// True when the draft's trigger is a verb in the past tense with no future or conditional reading: it does not
    /// start with the imperfect prefixes ي or ن (ت may be either: تعهد), and nothing marks it as to come.
    /// </summary>
    static bool PastTense(SentenceView view, EventDraft draft)
    {
        if (!draft.Primary.Rule.IsVerb || (draft.Flags & (EventFlags.Future | EventFlags.Conditional)) != 0)
        {
            return false;
        }

        var word = view.Tokens[draft.Primary.Start].Base;
        return word.Length > 0 && word[0] is not ('ي' or 'ن' or 'ت') && !FlagReader.FutureVerb(view, view.Tokens[draft.Primary.Start]);
    }

    // A statement's date follows its reporting verb within this many words (أعلنت قيادة العمليات المشتركة اليوم).
    const int ReportingWindow = 5;

    static bool AfterReportingVerb(SentenceView view, int dateToken)
    {
        for (var k = Math.Max(view.First, dateToken - ReportingWindow); k < dateToken; k++)
        {
            if ((view.CueAt(k) & CueRole.Reporting) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A background cue (إثر، عقب، بعد) orders two happenings; it does not make the earlier one history when the text
    /// dates it within this many days of the article (إثر انفجار عبوة … صباح اليوم).
    /// </summary>
    public const int DayNewsDays = 2;

    /// <summary>True when the event's own clause or sentence dates it within <see cref="DayNewsDays"/> of the article.</summary>
    public static bool IsDayNews(DateOnly? anchor, DateOnly? date, DateOnly? end, string rule) =>
        anchor is { } a && date is not null && rule is SameClause or SameSentence
        && (end ?? date.Value).DayNumber >= a.DayNumber - DayNewsDays;

    /// <summary>Background when it ended over <see cref="BackgroundDays"/> before the article; Future when dated after it.</summary>
    public static EventFlags FlagsOf(DateOnly? anchor, DateOnly? date, DateOnly? end, string rule)
    {
        if (anchor is not { } a || date is not { } start || rule == ArticleDate)
        {
            return EventFlags.None;
        }

        var last = end ?? start;
        if (last.DayNumber < a.DayNumber - BackgroundDays)
        {
            return EventFlags.Background;
        }

        return start > a ? EventFlags.Future : EventFlags.None;
    }
}
