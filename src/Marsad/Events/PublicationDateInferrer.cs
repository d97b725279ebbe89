using System.Collections.Immutable;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Events;

/// <summary>
/// Infers a publication date the page does not print, when the text pins it (docs/events.md, "Inferred
/// publication dates"). It needs a weekday named relative to the day of writing (اليوم الخميس، أمس الأربعاء) and
/// a printed calendar date to place that weekday: the article is the first such weekday on or after the latest
/// dated event it reports. A day-month printed without a year but with its weekday (أمس الاثنين الخامس من تموز) is
/// dated by that weekday: the one year of the news period in which the day falls on it. Without a weekday cue it
/// never guesses. Runs before <see cref="DateFinder"/>, so the relative dates resolve against the inferred anchor;
/// when dates were already found it re-resolves them.
/// </summary>
public sealed class PublicationDateInferrer(DateFinder finder, int firstYear = PublicationDateInferrer.NewsPeriodStart, int lastYear = PublicationDateInferrer.NewsPeriodEnd) : IStage
{
    /// <summary>
    /// The first year of the news period a yearless weekday date is placed in: the period the knowledge base and the
    /// tables describe (docs/knowledge-base.md, 2018–2025 news). Eight years hold a given day on a given weekday once
    /// or twice; twice means no inference.
    /// </summary>
    public const int NewsPeriodStart = 2018;

    /// <summary>The last year of the news period (see <see cref="NewsPeriodStart"/>).</summary>
    public const int NewsPeriodEnd = 2025;

    /// <summary>An anchor word with a weekday and a day-month without a year (أمس الأحد، السابع عشر من تشرين الأول).</summary>
    public const string TodayWithWeekdayDayMonth = "anchor-word-with-weekday-and-day-month";

    /// <summary>An anchor word with a full date (اليوم الخميس 8 أبريل 2021): the date minus the offset.</summary>
    public const string TodayWithDate = "anchor-word-with-printed-date";

    /// <summary>The cue weekday on or after the latest printed day date (a dated event is reported after it happens).</summary>
    public const string WeekdayAfterLatestDate = "weekday-on-or-after-latest-printed-date";

    /// <summary>As above, with a day-month that has no year placed in the latest year the text prints.</summary>
    public const string WeekdayAfterDayMonthOfLatestYear = "weekday-on-or-after-day-month-in-latest-printed-year";

    // The cue words that name a weekday relative to the day of writing: أول أمس (-2) to بعد غد (+2). Further
    // offsets do not exist in Arabic day words.
    const int MaxCueOffset = 2;

    // A week has seven days, so the first cue weekday on or after a date is at most six days later.
    const int DaysPerWeek = 7;

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Provides => Layer.None;

    /// <summary>An inferrer over the date tables embedded in the engine.</summary>
    public static PublicationDateInferrer CreateDefault() => new(DateFinder.CreateDefault());

    public Document Run(Document doc)
    {
        if (doc.Source.Published is not null || doc.InferredPublished is not null)
        {
            return doc;
        }

        if (Infer(doc.Text, doc.Sentences) is not { } inferred)
        {
            return doc;
        }

        var result = doc with { InferredPublished = inferred };
        // A pipeline that ran the date finder first gets its relative dates re-resolved against the new anchor.
        return doc.Dates.IsDefaultOrEmpty ? result : result with { Dates = finder.Find(doc.Text, inferred.Date) };
    }

    /// <summary>The inferred publication date of <paramref name="text"/>, or null when the text does not pin one.</summary>
    public InferredDate? Infer(string text, ImmutableArray<Sentence> sentences)
    {
        var expressions = WithWeekdayYears(finder.Recognise(text));
        DayOfWeek? weekday = null;
        var cues = new List<TextSpan>();
        foreach (var e in expressions)
        {
            if (e.DayOffset is not { } offset || Math.Abs(offset) > MaxCueOffset)
            {
                continue;
            }

            if (e.Kind == ExpressionKind.CalendarDay && !e.NeedsAnchor
                && DateResolver.Resolve(e, null) is { Precision: DatePrecision.Day, Start: { } printed })
            {
                return Evidence(printed.AddDays(-offset), e.Rule == TodayWithWeekdayDayMonth ? e.Rule : TodayWithDate, [e.Span], sentences);
            }

            if (e.Kind != ExpressionKind.AnchorOffset || e.Weekday is not { } named)
            {
                continue;
            }

            // The anchor's weekday: "أمس الأربعاء" makes the day of writing a Thursday.
            var cue = (DayOfWeek)(((int)named - offset + DaysPerWeek) % DaysPerWeek);
            if (weekday is { } seen && seen != cue)
            {
                return null;
            }

            weekday = cue;
            cues.Add(e.Span);
        }

        if (weekday is not { } day)
        {
            return null;
        }

        var (latest, latestSpan, latestYear, yearSpan) = LatestPrinted(expressions);
        if (latest is { } pin && pin.Year >= latestYear)
        {
            cues.Add(latestSpan);
            return Evidence(OnOrAfter(pin, day), WeekdayAfterLatestDate, cues, sentences);
        }

        if (latest is null && latestYear > 0 && LatestDayMonth(expressions, latestYear) is ({ } placed, var placedSpan))
        {
            cues.Add(placedSpan);
            cues.Add(yearSpan);
            return Evidence(OnOrAfter(placed, day), WeekdayAfterDayMonthOfLatestYear, cues, sentences);
        }

        return null;
    }

    /// <summary>
    /// The expressions with each day-month printed without a year but with its weekday dated by it: the one year of
    /// the news period, not before the latest year the text prints, in which the day falls on that weekday (the
    /// day of a month recurs on a weekday only every 5, 6 or 11 years). A dated one keeps the rule that pinned it.
    /// </summary>
    List<DateExpression> WithWeekdayYears(List<DateExpression> expressions)
    {
        var printedYear = LatestPrinted(expressions).Year;
        var dated = new List<DateExpression>(expressions.Count);
        foreach (var e in expressions)
        {
            if (e.Kind == ExpressionKind.CalendarDay && e.NeedsAnchor && !e.Hijri && e.Direction == Direction.None && e.Unit != TimeUnit.Year
                && e.Weekday is { } w && CalendarMath.YearOfWeekday(e.Month, e.Day, w, Math.Max(firstYear, printedYear), lastYear) is { } year)
            {
                dated.Add(e with { Year = year, Rule = TodayWithWeekdayDayMonth });
                continue;
            }

            dated.Add(e);
        }

        return dated;
    }

    /// <summary>The latest printed day date and the latest printed year (of any date), with their spans.</summary>
    static (DateOnly? Day, TextSpan DaySpan, int Year, TextSpan YearSpan) LatestPrinted(List<DateExpression> expressions)
    {
        DateOnly? latest = null;
        var latestSpan = default(TextSpan);
        var year = 0;
        var yearSpan = default(TextSpan);
        foreach (var e in expressions)
        {
            if (e.NeedsAnchor || e.Kind is ExpressionKind.Unresolvable)
            {
                continue;
            }

            var m = DateResolver.Resolve(e, null);
            if (m.Precision == DatePrecision.Unresolved || m.End is not { } end)
            {
                continue;
            }

            if (m.Precision == DatePrecision.Day && (latest is null || end > latest))
            {
                (latest, latestSpan) = (end, e.Span);
            }

            // A span of years (2014-2017) or a Hijri year counts by its last Gregorian year.
            if (end.Year > year)
            {
                (year, yearSpan) = (end.Year, e.Span);
            }
        }

        return (latest, latestSpan, year, yearSpan);
    }

    /// <summary>The latest day-month without a year (السابع من أبريل), placed in <paramref name="year"/>.</summary>
    static (DateOnly?, TextSpan) LatestDayMonth(List<DateExpression> expressions, int year)
    {
        DateOnly? latest = null;
        var span = default(TextSpan);
        foreach (var e in expressions)
        {
            if (e.Kind == ExpressionKind.CalendarDay && e.NeedsAnchor && !e.Hijri && e.Direction == Direction.None
                && e.Unit != TimeUnit.Year && CalendarMath.IsValid(year, e.Month, e.Day))
            {
                var d = new DateOnly(year, e.Month, e.Day);
                if (latest is null || d > latest)
                {
                    (latest, span) = (d, e.Span);
                }
            }
        }

        return (latest, span);
    }

    static DateOnly OnOrAfter(DateOnly date, DayOfWeek weekday) =>
        date.AddDays(((int)weekday - (int)date.DayOfWeek + DaysPerWeek) % DaysPerWeek);

    /// <summary>The inferred date with the sentences holding its evidence (the expression spans when no sentences are given).</summary>
    static InferredDate Evidence(DateOnly date, string rule, List<TextSpan> spans, ImmutableArray<Sentence> sentences)
    {
        var evidence = new SortedSet<TextSpan>(Comparer<TextSpan>.Create((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End)));
        foreach (var span in spans)
        {
            evidence.Add(SentenceOf(span, sentences) ?? span);
        }

        return new InferredDate(date, rule, [.. evidence]);
    }

    static TextSpan? SentenceOf(TextSpan span, ImmutableArray<Sentence> sentences)
    {
        foreach (var s in sentences)
        {
            if (s.Span.Start <= span.Start && span.Start < s.Span.End)
            {
                return s.Span;
            }
        }

        return null;
    }
}
