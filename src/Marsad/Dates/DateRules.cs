namespace Marsad.Dates;

/// <summary>
/// The names written to <see cref="Documents.DateMention.Rule"/>: which rule resolved a date, or why it stayed
/// unresolved. Suffixes and prefixes compose (<c>Yesterday + WeekdayDisagrees</c>, <c>PhaseOpening + YearCurrent</c>).
/// </summary>
public static class DateRules
{
    // Absolute: everything needed is printed.
    public const string NumericDayFirst = "numeric-day-first";
    public const string NumericYearFirst = "numeric-year-first";
    public const string DayMonthYear = "day-month-year";
    public const string MonthYear = "month-year";

    /// <summary>«تموز من العام ذاته»: the month of the year the sentence named just before.</summary>
    public const string MonthOfSameYear = "month-of-same-year";
    public const string TishreenYear = "tishreen-year-both-months";
    public const string Year = "year";
    public const string YearSpan = "year-span";
    public const string HijriDayMonthYear = "hijri-day-month-year";
    public const string HijriMonthYear = "hijri-month-year";
    public const string HijriYear = "hijri-year";
    public const string HijriMonthGregorianYear = "hijri-month-in-gregorian-year";
    public const string SeasonYear = "season-year";

    // A named day or month without a year: placed with the anchor.
    public const string DayMonthNearest = "day-month-nearest-anchor";
    public const string DayMonthWeekdayYear = "day-month-year-chosen-by-weekday";
    public const string MonthNearest = "month-nearest-anchor";
    public const string HijriMonthNearest = "hijri-month-nearest-anchor";
    public const string NamedMonthPast = "named-month-past";
    public const string NamedMonthNext = "named-month-next";
    public const string NamedMonthCurrent = "named-month-current";
    public const string DayOfNamedMonthPast = "day-of-named-month-past";
    public const string DayOfNamedMonthNext = "day-of-named-month-next";
    public const string DayOfNamedMonthCurrent = "day-of-named-month-current";
    public const string MonthOfYearPast = "month-of-year-past";
    public const string MonthOfYearCurrent = "month-of-year-current";
    public const string MonthOfYearNext = "month-of-year-next";
    public const string DayMonthOfYearPast = "day-month-of-year-past";
    public const string DayMonthOfYearCurrent = "day-month-of-year-current";
    public const string DayMonthOfYearNext = "day-month-of-year-next";
    public const string DayOfMonthPast = "day-of-month-past";
    public const string DayOfMonthNext = "day-of-month-next";
    public const string DayOfMonthCurrent = "day-of-month-current";

    // Relative to the anchor.
    public const string Today = "today";
    public const string Yesterday = "yesterday";
    public const string DayBeforeYesterday = "day-before-yesterday";
    public const string Tomorrow = "tomorrow";
    public const string DayAfterTomorrow = "day-after-tomorrow";
    public const string LastNight = "last-night";
    public const string WeekdayPast = "weekday-past";
    public const string WeekdayNext = "weekday-next";
    public const string WeekdayRecent = "weekday-recent";
    public const string WeekPast = "week-past";
    public const string WeekCurrent = "week-current";
    public const string WeekNext = "week-next";
    public const string MonthPast = "month-past";
    public const string MonthCurrent = "month-current";
    public const string MonthNext = "month-next";
    public const string YearPast = "year-past";
    public const string YearCurrent = "year-current";
    public const string YearNext = "year-next";
    public const string SeasonPast = "season-past";
    public const string SeasonCurrent = "season-current";
    public const string SeasonNext = "season-next";
    public const string SeasonOfYearPast = "season-of-year-past";
    public const string SeasonOfYearCurrent = "season-of-year-current";
    public const string SeasonOfYearNext = "season-of-year-next";
    public const string HoursAgo = "hours-ago";
    public const string DaysAgo = "days-ago";
    public const string WeeksAgo = "weeks-ago";
    public const string MonthsAgo = "months-ago";
    public const string YearsAgo = "years-ago";
    public const string DecadesAgo = "decades-ago";
    public const string FewUnitsAgo = "few-units-ago";
    public const string StretchPast = "stretch-up-to-anchor";
    public const string StretchNext = "stretch-from-anchor";

    // Composed with the rules above.
    public const string WeekdayDisagrees = "+weekday-disagrees-date-kept";
    public const string Approximately = "+approximate";
    public const string Unqualified = "+unqualified-period-taken-as-anchors";
    public const string PhaseOpening = "opening-of:";
    public const string PhaseMiddle = "middle-of:";
    public const string PhaseClosing = "closing-of:";

    // Reasons a recognised expression stays unresolved.
    public const string NoAnchor = "no publication date to anchor to";
    public const string HijriNotConverted = "hijri calendar not converted (year outside the Umm al-Qura tables)";
    public const string KanunAlone = "bare كانون is December (الأول) or January (الثاني)";
    public const string TishreenDay = "a day of bare تشرين is in October (الأول) or November (الثاني)";
    public const string CountedFromEvent = "counted from another event, not from the publication date";
    public const string NamedAfterDate = "a movement or event named after its date; the year is not printed";
    public const string PeriodNotNamed = "a period named elsewhere in the text (…ذاته/نفسه)";
    public const string MonthNotNamed = "a day of a month named elsewhere in the text";
    public const string NoSuchDay = "no such day in that month";
    public const string BeyondCalendar = "the count reaches outside the calendar";
    public const string AnchorOutOfRange = "the publication date is outside the supported calendar range";
    public const string CalendarConflict = "month name and year marker are from different calendars";
}
