using System.Globalization;

namespace Marsad.Dates;

/// <summary>
/// Calendar arithmetic for resolving dates: the week convention, phases of a period, seasons, placing a month
/// relative to an anchor, and Hijri (Umm al-Qura) conversion. Pure functions over <see cref="DateOnly"/>.
/// </summary>
internal static class CalendarMath
{
    /// <summary>
    /// Weeks run Saturday to Friday: Arab wall calendars and school and civil-service weeks in most of the region
    /// start on Saturday, and Friday (الجمعة, the day of the gathering) closes the week.
    /// </summary>
    public const DayOfWeek WeekStart = DayOfWeek.Saturday;

    // مطلع/منتصف/أواخر of a week: the first three days, the middle three, the last three (they overlap by a day,
    // as the words do).
    const int WeekPhaseDays = 3;

    // Of a month: the traditional thirds (العشر الأوائل، الأواسط، الأواخر): days 1-10, 11-20, 21-end.
    const int MonthOpeningLastDay = 10;
    const int MonthMiddleLastDay = 20;

    // Of a year: مطلع = the first quarter (January-March), أواخر = the last quarter, منتصف = June-July.
    const int YearOpeningMonths = 3;
    const int YearMiddleFirstMonth = 6;
    const int YearMiddleLastMonth = 7;
    const int YearClosingMonths = 3;

    // The Umm al-Qura calendar (Saudi Arabia's official one) is what .NET ships; other countries' moon sightings
    // can differ from it by a day or two at month boundaries.
    static readonly UmAlQuraCalendar Hijri = new();
    static readonly int MinHijriYear = Hijri.GetYear(Hijri.MinSupportedDateTime) + 1;
    static readonly int MaxHijriYear = Hijri.GetYear(Hijri.MaxSupportedDateTime) - 1;

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek - (int)WeekStart + 7) % 7));

    public static DateOnly FirstOfMonth(int year, int month) => new(year, month, 1);

    public static DateOnly LastOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// The year of <paramref name="month"/> placed by a direction word relative to the anchor's year and month (in
    /// either calendar): Past = the latest strictly before the anchor's month, Next = the earliest strictly after,
    /// Current = the anchor's year, None = the nearest (a tie goes to the past, since news reports the past).
    /// </summary>
    public static int YearOfMonth(int anchorYear, int anchorMonth, int month, Direction direction)
    {
        var before = month < anchorMonth ? anchorYear : anchorYear - 1;
        var after = month > anchorMonth ? anchorYear : anchorYear + 1;
        var back = (anchorMonth - month + 12) % 12;
        var ahead = (month - anchorMonth + 12) % 12;
        return direction switch
        {
            Direction.Past => before,
            Direction.Next => after,
            Direction.Current => anchorYear,
            _ => back == 0 ? anchorYear : back <= ahead ? before : after,
        };
    }

    /// <summary>
    /// The date of day/month nearest the anchor (previous, same or next year); when a printed weekday is given,
    /// the nearest of those years on which the date falls on that weekday, if any does. Null when no such day exists.
    /// </summary>
    public static DateOnly? NearestDayMonth(DateOnly anchor, int month, int day, DayOfWeek? weekday = null)
    {
        var matchesWeekday = false;
        for (var year = anchor.Year - 1; weekday is { } w && year <= anchor.Year + 1; year++)
        {
            matchesWeekday |= IsValid(year, month, day) && new DateOnly(year, month, day).DayOfWeek == w;
        }

        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (!IsValid(year, month, day) || (matchesWeekday && new DateOnly(year, month, day).DayOfWeek != weekday))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            // Strictly smaller distance wins, and years are tried past first, so ties go to the past.
            var distance = Math.Abs(candidate.DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The one year in [<paramref name="firstYear"/>, <paramref name="lastYear"/>] in which day/month falls on
    /// <paramref name="weekday"/>, or null when none or several do. A day of the year falls on the same weekday again
    /// after 5, 6 or 11 years (leap years shift it by two), so a window of up to five years always pins it and a
    /// longer one sometimes does not.
    /// </summary>
    public static int? YearOfWeekday(int month, int day, DayOfWeek weekday, int firstYear, int lastYear)
    {
        int? found = null;
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (!IsValid(year, month, day) || new DateOnly(year, month, day).DayOfWeek != weekday)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = year;
        }

        return found;
    }

    /// <summary>The part of [start, end] a phase names, by the period's granularity.</summary>
    public static (DateOnly Start, DateOnly End) ApplyPhase(DateOnly start, DateOnly end, TimeUnit granularity, Phase phase) =>
        (granularity, phase) switch
        {
            (_, Phase.None) => (start, end),
            (TimeUnit.Week, Phase.Opening) => (start, start.AddDays(WeekPhaseDays - 1)),
            (TimeUnit.Week, Phase.Middle) => (start.AddDays(WeekPhaseDays - 1), end.AddDays(-(WeekPhaseDays - 1))),
            (TimeUnit.Week, Phase.Closing) => (end.AddDays(-(WeekPhaseDays - 1)), end),
            (TimeUnit.Month, Phase.Opening) => (start, new DateOnly(start.Year, start.Month, MonthOpeningLastDay)),
            (TimeUnit.Month, Phase.Middle) => (new DateOnly(start.Year, start.Month, MonthOpeningLastDay + 1), new DateOnly(end.Year, end.Month, MonthMiddleLastDay)),
            (TimeUnit.Month, Phase.Closing) => (new DateOnly(end.Year, end.Month, MonthMiddleLastDay + 1), end),
            (TimeUnit.Year, Phase.Opening) => (start, LastOfMonth(start.Year, YearOpeningMonths)),
            (TimeUnit.Year, Phase.Middle) => (FirstOfMonth(start.Year, YearMiddleFirstMonth), LastOfMonth(end.Year, YearMiddleLastMonth)),
            (TimeUnit.Year, Phase.Closing) => (FirstOfMonth(end.Year, 12 - YearClosingMonths + 1), end),
            // A season's three months: the first, the second, the third.
            (TimeUnit.Season, Phase.Opening) => (start, start.AddMonths(1).AddDays(-1)),
            (TimeUnit.Season, Phase.Middle) => (start.AddMonths(1), start.AddMonths(2).AddDays(-1)),
            (TimeUnit.Season, Phase.Closing) => (start.AddMonths(2), end),
            _ => (start, end),
        };

    /// <summary>The meteorological season; winter <paramref name="year"/> runs from December of the year before to February.</summary>
    public static (DateOnly Start, DateOnly End) SeasonRange(int year, Season season) => season switch
    {
        Season.Spring => (FirstOfMonth(year, 3), LastOfMonth(year, 5)),
        Season.Summer => (FirstOfMonth(year, 6), LastOfMonth(year, 8)),
        Season.Autumn => (FirstOfMonth(year, 9), LastOfMonth(year, 11)),
        _ => (FirstOfMonth(year - 1, 12), LastOfMonth(year, 2)),
    };

    public static Season SeasonOf(DateOnly day) => day.Month switch
    {
        >= 3 and <= 5 => Season.Spring,
        >= 6 and <= 8 => Season.Summer,
        >= 9 and <= 11 => Season.Autumn,
        _ => Season.Winter,
    };

    /// <summary>The year a season of this day is named by (December belongs to the next year's winter).</summary>
    public static int SeasonYearOf(DateOnly day) => day.Month == 12 ? day.Year + 1 : day.Year;

    public static bool HijriSupported(int year) => year >= MinHijriYear && year <= MaxHijriYear;

    /// <summary>A Hijri date as a Gregorian day, or null when the day does not exist or is outside the tables.</summary>
    public static DateOnly? FromHijri(int year, int month, int day) =>
        HijriSupported(year) && month is >= 1 and <= 12 && day >= 1 && day <= Hijri.GetDaysInMonth(year, month)
            ? DateOnly.FromDateTime(Hijri.ToDateTime(year, month, day, 0, 0, 0, 0))
            : null;

    /// <summary>The Gregorian days a Hijri month covers (the caller checks <see cref="HijriSupported"/>).</summary>
    public static (DateOnly Start, DateOnly End) HijriMonthRange(int year, int month) =>
        (FromHijri(year, month, 1)!.Value, FromHijri(year, month, Hijri.GetDaysInMonth(year, month))!.Value);

    /// <summary>The Hijri year whose <paramref name="month"/> starts in Gregorian <paramref name="year"/> (the first, if two do); 0 if none.</summary>
    public static int HijriYearOfMonthStartingIn(int year, int month)
    {
        if (!TryToHijri(new DateOnly(year, 1, 1), out var first, out _))
        {
            return 0;
        }

        for (var h = first; h <= first + 1; h++)
        {
            if (HijriSupported(h) && HijriMonthRange(h, month).Start.Year == year)
            {
                return h;
            }
        }

        return 0;
    }

    /// <summary>The Hijri year and month of a Gregorian day, when the Umm al-Qura tables cover it.</summary>
    public static bool TryToHijri(DateOnly day, out int year, out int month)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        if (at < Hijri.MinSupportedDateTime || at > Hijri.MaxSupportedDateTime)
        {
            (year, month) = (0, 0);
            return false;
        }

        (year, month) = (Hijri.GetYear(at), Hijri.GetMonth(at));
        return true;
    }
}
