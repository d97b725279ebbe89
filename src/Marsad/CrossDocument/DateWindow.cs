using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// The days an event may have happened on, from its date and that date's precision: one day, a week, a month, a
/// year, open on one side (before the article) or not known at all. Inclusive on both ends; null means unbounded.
/// </summary>
public readonly record struct DateWindow(DateOnly? From, DateOnly? To)
{
    /// <summary>
    /// An event dated only by its article's date happened that day or shortly before: wire copy reports the day's
    /// and the previous day's events, and a weekend can add a day (the seeds' dialogue round of Wednesday 7 April is
    /// reported on Friday the 9th with no date of its own).
    /// </summary>
    public const int ArticleDateSlackDays = 2;

    public static DateWindow Unknown => default;

    /// <summary>True when both ends are the same day.</summary>
    public bool IsDay => From is { } f && To is { } t && f == t;

    /// <summary>Days covered, or null when unbounded.</summary>
    public int? Days => From is { } f && To is { } t ? t.DayNumber - f.DayNumber + 1 : null;

    /// <summary>True when the event's own clause or sentence gave its date (not the article's day, not the day before it carried over).</summary>
    public static bool IsStated(NewsEvent e) =>
        e.DateRule is not (Events.EventDating.ArticleDate or Events.NarrativeContext.NarrativeDay);

    /// <summary>The window of an event as extraction dated it.</summary>
    public static DateWindow Of(NewsEvent e, DateOnly? articleDate)
    {
        // A date the text does not state for this event (the article's day, or the day carried over from the event
        // before it) is context, not evidence: a window with slack, never a stated day.
        if (!IsStated(e) && e.Date is { } day)
        {
            return new DateWindow(day.AddDays(-ArticleDateSlackDays), day);
        }

        if (e.Date is { } start)
        {
            var end = e.DateEnd ?? e.DatePrecision switch
            {
                DatePrecision.Month => start.AddMonths(1).AddDays(-1),
                DatePrecision.Year => new DateOnly(start.Year, 12, 31),
                _ => start,
            };
            return new DateWindow(start, end < start ? start : end);
        }

        // Background without a date of its own (before-article-date): some time before the article.
        return e.DateEnd is { } before ? new DateWindow(null, before) : articleDate is { } a && e.Flags.HasFlag(EventFlags.Background)
            ? new DateWindow(null, a)
            : Unknown;
    }

    /// <summary>True when the windows share a day, or (for two single days) lie within <paramref name="toleranceDays"/>.</summary>
    public bool Overlaps(DateWindow other, int toleranceDays = 0)
    {
        var lo = Max(From, other.From);
        var hi = Min(To, other.To);
        return lo is null || hi is null || lo.Value.DayNumber - hi.Value.DayNumber <= toleranceDays;
    }

    /// <summary>Days between the windows (0 when they overlap), or null when either is unbounded on the facing side.</summary>
    public int? Gap(DateWindow other)
    {
        var lo = Max(From, other.From);
        var hi = Min(To, other.To);
        return lo is null || hi is null ? null : Math.Max(0, lo.Value.DayNumber - hi.Value.DayNumber);
    }

    /// <summary>The narrower of two windows (the one covering fewer days; bounded beats unbounded).</summary>
    public DateWindow Narrower(DateWindow other) => (Days, other.Days) switch
    {
        (null, null) => To is null ? other : this,
        (null, _) => other,
        (_, null) => this,
        var (a, b) => b < a ? other : this,
    };

    /// <summary>Months the window touches (yyyy-MM), or none when it is unbounded or spans more than <paramref name="max"/>.</summary>
    public IEnumerable<string> Months(int max)
    {
        if (From is not { } f || To is not { } t)
        {
            yield break;
        }

        var count = ((t.Year - f.Year) * 12) + t.Month - f.Month + 1;
        if (count > max)
        {
            yield break;
        }

        for (var m = new DateOnly(f.Year, f.Month, 1); m <= t; m = m.AddMonths(1))
        {
            yield return m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
