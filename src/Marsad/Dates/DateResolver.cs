using Marsad.Documents;

namespace Marsad.Dates;

/// <summary>
/// Turns a recognised <see cref="DateExpression"/> into a <see cref="DateMention"/> for an anchor (the article's
/// publication date). Pure: the same expression can be resolved against several candidate anchors.
/// </summary>
internal static class DateResolver
{
    // "A few" units (قبل أيام، الأيام القليلة الماضية): Arabic's plural of paucity covers three to ten, and news
    // uses a bare plural from "a couple" up, so a few = 2-10 units.
    const int FewMin = 2;
    const int FewMax = 10;

    // Anchors far from the present would make "last year" or "next month" leave DateOnly's range.
    const int MinAnchorYear = 2;
    const int MaxAnchorYear = 9998;

    // A bare weekday (الثلاثاء) is the most recent such day on or before the anchor, within the six days before.
    const int BareWeekdayWindow = 6;

    public static DateMention Resolve(in DateExpression e, DateOnly? anchor)
    {
        if (e.Kind == ExpressionKind.Unresolvable)
        {
            return new DateMention(e.Span, DatePrecision.Unresolved, null, null, e.Rule, Relative: false);
        }

        var relative = e.NeedsAnchor;
        if (relative && anchor is null)
        {
            return new DateMention(e.Span, DatePrecision.Unresolved, null, null, DateRules.NoAnchor, Relative: true);
        }

        var a = anchor.GetValueOrDefault();
        if (relative && a.Year is < MinAnchorYear or > MaxAnchorYear)
        {
            return new DateMention(e.Span, DatePrecision.Unresolved, null, null, DateRules.AnchorOutOfRange, Relative: true);
        }

        var r = e.Kind switch
        {
            ExpressionKind.CalendarDay => CalendarDay(e, a),
            ExpressionKind.CalendarMonth => CalendarMonth(e, a),
            ExpressionKind.CalendarYear => CalendarYear(e),
            ExpressionKind.CalendarSeason => RelativeResolver.Season(e, a),
            ExpressionKind.DayOfPeriodMonth => RelativeResolver.DayOfPeriodMonth(e, a),
            ExpressionKind.AnchorOffset => RelativeResolver.AnchorOffset(e, a),
            ExpressionKind.WeekdayOf => RelativeResolver.Weekday(e, a, BareWeekdayWindow),
            ExpressionKind.Period => RelativeResolver.Period(e, a),
            ExpressionKind.Ago => RelativeResolver.Ago(e, a, FewMin, FewMax),
            ExpressionKind.Stretch => RelativeResolver.Stretch(e, a, FewMax),
            _ => throw new System.Diagnostics.UnreachableException($"Unresolvable expressions return above; got {e.Kind}."),
        };

        if (r.Precision == DatePrecision.Unresolved)
        {
            return new DateMention(e.Span, DatePrecision.Unresolved, null, null, r.Rule, relative);
        }

        if (e.Phase != Phase.None && r.Grain is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Season)
        {
            var (start, end) = CalendarMath.ApplyPhase(r.Start, r.End, r.Grain, e.Phase);
            var prefix = e.Phase switch
            {
                Phase.Opening => DateRules.PhaseOpening,
                Phase.Middle => DateRules.PhaseMiddle,
                _ => DateRules.PhaseClosing,
            };
            r = new Resolution(DatePrecision.Range, start, end, prefix + r.Rule, r.Grain);
        }

        return new DateMention(e.Span, r.Precision, r.Start, r.End, r.Rule, relative);
    }

    static Resolution CalendarDay(in DateExpression e, DateOnly a)
    {
        DateOnly? date;
        string rule;
        if (e.Year > 0)
        {
            date = e.Hijri ? CalendarMath.FromHijri(e.Year, e.Month, e.Day)
                : CalendarMath.IsValid(e.Year, e.Month, e.Day) ? new DateOnly(e.Year, e.Month, e.Day) : null;
            rule = e.Rule;
            if (date is null && e.Hijri && !CalendarMath.HijriSupported(e.Year))
            {
                return Resolution.Failed(DateRules.HijriNotConverted);
            }
        }
        else if (e.Hijri)
        {
            if (!CalendarMath.TryToHijri(a, out var hy, out var hm))
            {
                return Resolution.Failed(DateRules.HijriNotConverted);
            }

            date = CalendarMath.FromHijri(CalendarMath.YearOfMonth(hy, hm, e.Month, e.Direction), e.Month, e.Day);
            rule = DayRule(e.Direction);
        }
        else if (e.Unit == TimeUnit.Year)
        {
            var year = a.Year + YearShift(e.Direction);
            date = CalendarMath.IsValid(year, e.Month, e.Day) ? new DateOnly(year, e.Month, e.Day) : null;
            rule = Pick(e.Direction, DateRules.DayMonthOfYearPast, DateRules.DayMonthOfYearCurrent, DateRules.DayMonthOfYearNext);
        }
        else if (e.Direction == Direction.None)
        {
            date = CalendarMath.NearestDayMonth(a, e.Month, e.Day, e.Weekday);
            var nearest = CalendarMath.NearestDayMonth(a, e.Month, e.Day);
            rule = date == nearest ? DateRules.DayMonthNearest : DateRules.DayMonthWeekdayYear;
        }
        else
        {
            var year = CalendarMath.YearOfMonth(a.Year, a.Month, e.Month, e.Direction);
            date = CalendarMath.IsValid(year, e.Month, e.Day) ? new DateOnly(year, e.Month, e.Day) : null;
            rule = DayRule(e.Direction);
        }

        if (date is not { } d)
        {
            return Resolution.Failed(DateRules.NoSuchDay);
        }

        return new Resolution(DatePrecision.Day, d, d, CheckWeekday(rule, e.Weekday, d), TimeUnit.Day);
    }

    static Resolution CalendarMonth(in DateExpression e, DateOnly a)
    {
        if (e.Hijri)
        {
            int year;
            string rule;
            if (e.Year > 0)
            {
                (year, rule) = (e.Year, e.Rule);
            }
            else if (e.GregorianYear > 0)
            {
                (year, rule) = (CalendarMath.HijriYearOfMonthStartingIn(e.GregorianYear, e.Month), e.Rule);
            }
            else if (CalendarMath.TryToHijri(a, out var hy, out var hm))
            {
                (year, rule) = (CalendarMath.YearOfMonth(hy, hm, e.Month, e.Direction), MonthRule(e.Direction, hijri: true));
            }
            else
            {
                return Resolution.Failed(DateRules.HijriNotConverted);
            }

            if (!CalendarMath.HijriSupported(year))
            {
                return Resolution.Failed(DateRules.HijriNotConverted);
            }

            // A Hijri month straddles two Gregorian months, so it is a range of days, not a Month.
            var (start, end) = CalendarMath.HijriMonthRange(year, e.Month);
            return new Resolution(DatePrecision.Range, start, end, rule, TimeUnit.None);
        }

        var (y, name) = e switch
        {
            { Year: > 0 } => (e.Year, e.Rule),
            { Unit: TimeUnit.Year } => (a.Year + YearShift(e.Direction),
                Pick(e.Direction, DateRules.MonthOfYearPast, DateRules.MonthOfYearCurrent, DateRules.MonthOfYearNext)),
            _ => (CalendarMath.YearOfMonth(a.Year, a.Month, e.Month, e.Direction), MonthRule(e.Direction, hijri: false)),
        };
        var precision = e.Month == e.MonthEnd ? DatePrecision.Month : DatePrecision.Range;
        return new Resolution(precision, CalendarMath.FirstOfMonth(y, e.Month), CalendarMath.LastOfMonth(y, e.MonthEnd), name, TimeUnit.Month);
    }

    static Resolution CalendarYear(in DateExpression e)
    {
        if (e.Hijri)
        {
            if (!CalendarMath.HijriSupported(e.Year) || !CalendarMath.HijriSupported(e.YearEnd))
            {
                return Resolution.Failed(DateRules.HijriNotConverted);
            }

            var start = CalendarMath.HijriMonthRange(e.Year, 1).Start;
            var end = CalendarMath.HijriMonthRange(e.YearEnd, 12).End;
            return new Resolution(DatePrecision.Range, start, end, e.Rule, TimeUnit.None);
        }

        var precision = e.Year == e.YearEnd ? DatePrecision.Year : DatePrecision.Range;
        return new Resolution(precision, new DateOnly(e.Year, 1, 1), new DateOnly(e.YearEnd, 12, 31), e.Rule, TimeUnit.Year);
    }

    /// <summary>Keeps the date when a weekday printed with it disagrees, and says so in the rule.</summary>
    internal static string CheckWeekday(string rule, DayOfWeek? weekday, DateOnly date) =>
        weekday is { } w && w != date.DayOfWeek ? rule + DateRules.WeekdayDisagrees : rule;

    static int YearShift(Direction direction) => direction switch
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

    static string DayRule(Direction direction) => direction switch
    {
        Direction.Past => DateRules.DayOfNamedMonthPast,
        Direction.Next => DateRules.DayOfNamedMonthNext,
        Direction.Current => DateRules.DayOfNamedMonthCurrent,
        _ => DateRules.DayMonthNearest,
    };

    static string MonthRule(Direction direction, bool hijri) => direction switch
    {
        Direction.Past => DateRules.NamedMonthPast,
        Direction.Next => DateRules.NamedMonthNext,
        Direction.Current => DateRules.NamedMonthCurrent,
        _ => hijri ? DateRules.HijriMonthNearest : DateRules.MonthNearest,
    };
}

/// <summary>A resolved interval with its precision, rule and the granularity a phase word would divide.</summary>
internal readonly record struct Resolution(DatePrecision Precision, DateOnly Start, DateOnly End, string Rule, TimeUnit Grain)
{
    public static Resolution Failed(string reason) => new(DatePrecision.Unresolved, default, default, reason, TimeUnit.None);
}
