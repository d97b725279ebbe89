using Marsad.Documents;

namespace Marsad.Dates;

/// <summary>Resolves the expressions that count from the anchor: day offsets, weekdays, periods, seasons, "ago", stretches.</summary>
internal static class RelativeResolver
{
    const int DaysPerWeek = 7;
    const int HoursPerDay = 24;
    const int YearsPerDecade = 10;

    public static Resolution AnchorOffset(in DateExpression e, DateOnly a)
    {
        var offset = e.DayOffset.GetValueOrDefault();
        var day = a.AddDays(offset);
        var rule = e.Rule is { Length: > 0 } preset ? preset : offset switch
        {
            0 => DateRules.Today,
            -1 => DateRules.Yesterday,
            -2 => DateRules.DayBeforeYesterday,
            1 => DateRules.Tomorrow,
            _ => DateRules.DayAfterTomorrow,
        };
        // "اليوم الخميس" on a Wednesday anchor: the anchor wins, the rule records the disagreement.
        return new Resolution(DatePrecision.Day, day, day, DateResolver.CheckWeekday(rule, e.Weekday, day), TimeUnit.Day);
    }

    public static Resolution Weekday(in DateExpression e, DateOnly a, int bareWindow)
    {
        var weekday = e.Weekday.GetValueOrDefault();
        var (first, last, step, rule) = e.Direction switch
        {
            // الماضي: strictly before the anchor; المقبل: strictly after; bare: on or before, within the window.
            Direction.Past => (1, DaysPerWeek, -1, DateRules.WeekdayPast),
            Direction.Next => (1, DaysPerWeek, 1, DateRules.WeekdayNext),
            _ => (0, bareWindow, -1, DateRules.WeekdayRecent),
        };
        for (var k = first; k <= last; k++)
        {
            var day = a.AddDays(step * k);
            if (day.DayOfWeek == weekday)
            {
                return new Resolution(DatePrecision.Day, day, day, rule, TimeUnit.Day);
            }
        }

        return Resolution.Failed(DateRules.NoSuchDay);
    }

    public static Resolution Period(in DateExpression e, DateOnly a)
    {
        var shift = Shift(e.Direction);
        var suffix = e.Rule == DateRules.Unqualified ? DateRules.Unqualified : "";
        switch (e.Unit)
        {
            case TimeUnit.Week:
                var start = CalendarMath.WeekStartOf(a).AddDays(DaysPerWeek * shift);
                var week = Pick(e.Direction, DateRules.WeekPast, DateRules.WeekCurrent, DateRules.WeekNext);
                return new Resolution(DatePrecision.Week, start, start.AddDays(DaysPerWeek - 1), week + suffix, TimeUnit.Week);
            case TimeUnit.Month:
                var first = new DateOnly(a.Year, a.Month, 1).AddMonths(shift);
                var month = Pick(e.Direction, DateRules.MonthPast, DateRules.MonthCurrent, DateRules.MonthNext);
                return new Resolution(DatePrecision.Month, first, first.AddMonths(1).AddDays(-1), month + suffix, TimeUnit.Month);
            default:
                var year = a.Year + shift;
                var name = Pick(e.Direction, DateRules.YearPast, DateRules.YearCurrent, DateRules.YearNext);
                return new Resolution(DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), name + suffix, TimeUnit.Year);
        }
    }

    public static Resolution DayOfPeriodMonth(in DateExpression e, DateOnly a)
    {
        var month = new DateOnly(a.Year, a.Month, 1).AddMonths(Shift(e.Direction));
        if (!CalendarMath.IsValid(month.Year, month.Month, e.Day))
        {
            return Resolution.Failed(DateRules.NoSuchDay);
        }

        var day = new DateOnly(month.Year, month.Month, e.Day);
        var rule = Pick(e.Direction, DateRules.DayOfMonthPast, DateRules.DayOfMonthCurrent, DateRules.DayOfMonthNext);
        return new Resolution(DatePrecision.Day, day, day, DateResolver.CheckWeekday(rule, e.Weekday, day), TimeUnit.Day);
    }

    public static Resolution Season(in DateExpression e, DateOnly a)
    {
        int year;
        string rule;
        if (e.Year > 0)
        {
            (year, rule) = (e.Year, e.Rule);
        }
        else if (e.Unit == TimeUnit.Year)
        {
            // صيف العام الماضي: the direction moves the year, then the season is taken in it.
            year = a.Year + Shift(e.Direction);
            rule = Pick(e.Direction, DateRules.SeasonOfYearPast, DateRules.SeasonOfYearCurrent, DateRules.SeasonOfYearNext);
        }
        else
        {
            // الصيف الماضي: the latest summer strictly before the anchor's season (like a named month).
            var current = CalendarMath.SeasonOf(a);
            var currentYear = CalendarMath.SeasonYearOf(a);
            var currentStart = CalendarMath.SeasonRange(currentYear, current).Start;
            year = e.Direction == Direction.Current && e.Season != current ? a.Year : currentYear;
            var start = CalendarMath.SeasonRange(year, e.Season).Start;
            year += e.Direction switch
            {
                Direction.Past when start >= currentStart => -1,
                Direction.Next when start <= currentStart => 1,
                _ => 0,
            };
            rule = Pick(e.Direction, DateRules.SeasonPast, DateRules.SeasonCurrent, DateRules.SeasonNext);
        }

        var (from, to) = CalendarMath.SeasonRange(year, e.Season);
        return new Resolution(DatePrecision.Season, from, to, rule, TimeUnit.Season);
    }

    public static Resolution Ago(in DateExpression e, DateOnly a, int fewMin, int fewMax)
    {
        if (!WithinCalendar(a, e.Unit, Math.Max(e.Count, fewMax)))
        {
            return Resolution.Failed(DateRules.BeyondCalendar);
        }

        var suffix = e.Approximate ? DateRules.Approximately : "";
        var n = e.Count;
        if (n == 0)
        {
            // "قبل أيام": a few units before the anchor, as a range.
            var (from, to) = e.Unit == TimeUnit.Hour ? (a, a) : (Back(a, e.Unit, fewMax), Back(a, e.Unit, fewMin));
            (from, to) = e.Unit switch
            {
                TimeUnit.Month => (new DateOnly(from.Year, from.Month, 1), CalendarMath.LastOfMonth(to.Year, to.Month)),
                TimeUnit.Year or TimeUnit.Decade => (new DateOnly(from.Year, 1, 1), new DateOnly(to.Year, 12, 31)),
                _ => (from, to),
            };
            return new Resolution(from == to ? DatePrecision.Day : DatePrecision.Range, from, to, DateRules.FewUnitsAgo + suffix, TimeUnit.None);
        }

        var at = Back(a, e.Unit, n);
        return e.Unit switch
        {
            TimeUnit.Hour => new Resolution(DatePrecision.Day, at, at, DateRules.HoursAgo + suffix, TimeUnit.Day),
            TimeUnit.Day => new Resolution(DatePrecision.Day, at, at, DateRules.DaysAgo + suffix, TimeUnit.Day),
            TimeUnit.Week => new Resolution(DatePrecision.Week, CalendarMath.WeekStartOf(at), CalendarMath.WeekStartOf(at).AddDays(DaysPerWeek - 1),
                DateRules.WeeksAgo + suffix, TimeUnit.Week),
            TimeUnit.Month => new Resolution(DatePrecision.Month, new DateOnly(at.Year, at.Month, 1), CalendarMath.LastOfMonth(at.Year, at.Month),
                DateRules.MonthsAgo + suffix, TimeUnit.Month),
            _ => new Resolution(DatePrecision.Year, new DateOnly(at.Year, 1, 1), new DateOnly(at.Year, 12, 31),
                (e.Unit == TimeUnit.Decade ? DateRules.DecadesAgo : DateRules.YearsAgo) + suffix, TimeUnit.Year),
        };
    }

    public static Resolution Stretch(in DateExpression e, DateOnly a, int fewMax)
    {
        var n = e.Count == 0 ? fewMax : e.Count;
        if (!WithinCalendar(a, e.Unit, n))
        {
            return Resolution.Failed(DateRules.BeyondCalendar);
        }

        return e.Direction == Direction.Next
            ? new Resolution(DatePrecision.Range, a, Forward(a, e.Unit, n), DateRules.StretchNext, TimeUnit.None)
            : new Resolution(DatePrecision.Range, Back(a, e.Unit, n), a, DateRules.StretchPast, TimeUnit.None);
    }

    /// <summary>True when moving n units either way from the anchor stays inside years 1-9999.</summary>
    static bool WithinCalendar(DateOnly a, TimeUnit unit, int n)
    {
        var years = unit switch
        {
            TimeUnit.Hour => n / (HoursPerDay * 365),
            TimeUnit.Day => n / 365,
            TimeUnit.Week => n / 52,
            TimeUnit.Month => n / 12,
            TimeUnit.Decade => n * YearsPerDecade,
            _ => n,
        };
        return a.Year - years > 1 && a.Year + years < 9999;
    }

    static DateOnly Back(DateOnly a, TimeUnit unit, int n) => Forward(a, unit, -n);

    static DateOnly Forward(DateOnly a, TimeUnit unit, int n) => unit switch
    {
        // Hours count in whole days: "قبل 48 ساعة" is two days before; a few hours stay on the anchor.
        TimeUnit.Hour => a.AddDays(n / HoursPerDay),
        TimeUnit.Day => a.AddDays(n),
        TimeUnit.Week => a.AddDays(DaysPerWeek * n),
        TimeUnit.Month => a.AddMonths(n),
        TimeUnit.Decade => a.AddYears(YearsPerDecade * n),
        _ => a.AddYears(n),
    };

    static int Shift(Direction direction) => direction switch
    {
        Direction.Past => -1,
        Direction.Next => 1,
        _ => 0,
    };

    static string Pick(Direction direction, string past, string current, string next) => direction switch
    {
        Direction.Past => past,
        Direction.Next => next,
        _ => current,
    };
}
