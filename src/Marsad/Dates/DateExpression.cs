using Marsad.Documents;

namespace Marsad.Dates;

/// <summary>What a recognised date expression says, before the anchor is applied.</summary>
internal enum ExpressionKind : byte
{
    /// <summary>
    /// A day of a named month: Year (0 = not printed), Month, Day; Direction picks the month's year, or the year's
    /// when Unit is Year (5 مارس من العام الماضي).
    /// </summary>
    CalendarDay,

    /// <summary>A named month (or the two months of bare تشرين): Year (0 = not printed), Month..MonthEnd, Direction (of the year when Unit is Year).</summary>
    CalendarMonth,

    /// <summary>A year or a span of years: Year..YearEnd.</summary>
    CalendarYear,

    /// <summary>A season: of Year, or of the year Direction names (Unit = Year), or the season Direction names (Unit = Season).</summary>
    CalendarSeason,

    /// <summary>A day of "الشهر" with a Direction (الثاني من الشهر الجاري).</summary>
    DayOfPeriodMonth,

    /// <summary>A day counted from the anchor (اليوم = 0, أمس = -1, غدا = +1).</summary>
    AnchorOffset,

    /// <summary>A weekday, before (Past), after (Next) or on/just before (None) the anchor.</summary>
    WeekdayOf,

    /// <summary>The week, month or year (Unit) before, of or after the anchor (Direction).</summary>
    Period,

    /// <summary>Count Units before the anchor (Count 0 = a few).</summary>
    Ago,

    /// <summary>The Count Units up to the anchor (Direction Past/Recent) or from it (Next); Count 0 = a few.</summary>
    Stretch,

    /// <summary>Recognised but not resolvable: Rule holds the reason.</summary>
    Unresolvable,
}

/// <summary>
/// A date expression as read from the text, independent of any anchor: what it names (a weekday, a day
/// offset, a month…) and the rule that recognised it. <see cref="DateResolver"/> turns it into a
/// <see cref="DateMention"/> for a given anchor, so the same expressions can be re-resolved against
/// candidate anchors (inferring a missing publication date from "اليوم الخميس" and "أمس الأربعاء").
/// </summary>
internal readonly record struct DateExpression
{
    public TextSpan Span { get; init; }

    public ExpressionKind Kind { get; init; }

    /// <summary>The recognising rule (see <see cref="DateRules"/>), or the reason for Unresolvable.</summary>
    public string Rule { get; init; }

    public int Year { get; init; }

    public int YearEnd { get; init; }

    public int Month { get; init; }

    public int MonthEnd { get; init; }

    public int Day { get; init; }

    /// <summary>True when Year/Month/Day are in the Hijri (Umm al-Qura) calendar.</summary>
    public bool Hijri { get; init; }

    /// <summary>The Gregorian year printed after a Hijri month (رمضان 2019): the month as it fell in that year.</summary>
    public int GregorianYear { get; init; }

    /// <summary>A weekday the text names with the date (اليوم الخميس، الجمعة 9 أبريل 2021), to be checked.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>Days from the anchor an anchor word names (اليوم = 0, أمس = -1), also when a full date follows it.</summary>
    public int? DayOffset { get; init; }

    public Direction Direction { get; init; }

    public TimeUnit Unit { get; init; }

    /// <summary>Units counted; 0 means "a few" (قبل أيام، الأيام القليلة الماضية).</summary>
    public int Count { get; init; }

    public Phase Phase { get; init; }

    public Season Season { get; init; }

    /// <summary>A hedge (نحو، حوالي) made the count approximate.</summary>
    public bool Approximate { get; init; }

    /// <summary>True when resolving needs the anchor.</summary>
    public bool NeedsAnchor => Kind switch
    {
        ExpressionKind.CalendarDay or ExpressionKind.CalendarMonth => Year == 0 && GregorianYear == 0,
        ExpressionKind.CalendarSeason => Year == 0,
        ExpressionKind.CalendarYear or ExpressionKind.Unresolvable => false,
        _ => true,
    };
}
