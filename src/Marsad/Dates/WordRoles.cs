namespace Marsad.Dates;

/// <summary>What a word (or fixed phrase) can do in a date expression; one word may have several roles.</summary>
[Flags]
internal enum WordRoles : uint
{
    None = 0,
    Month = 1u << 0,
    Weekday = 1u << 1,
    Ordinal = 1u << 2,
    Cardinal = 1u << 3,
    Unit = 1u << 4,
    Direction = 1u << 5,
    Phase = 1u << 6,
    Period = 1u << 7,
    DayOffset = 1u << 8,
    Night = 1u << 9,
    DayNoun = 1u << 10,
    MonthNoun = 1u << 11,
    YearNoun = 1u << 12,
    Ago = 1u << 13,
    Hedge = 1u << 14,
    Cue = 1u << 15,
    Of = 1u << 16,
    And = 1u << 17,
    GregorianMark = 1u << 18,
    HijriMark = 1u << 19,
    Demonstrative = 1u << 20,
    FewAdjective = 1u << 21,
    Season = 1u << 22,
    NameCue = 1u << 23,
    AdjectiveHead = 1u << 24,
    Anaphoric = 1u << 25,
    TodayBlocker = 1u << 26,
    WeekdayBlockerAfter = 1u << 27,
    WeekdayBlockerBefore = 1u << 28,
    Same = 1u << 29,
    TodayName = 1u << 30,
}
