namespace Marsad.Dates;

/// <summary>
/// What Marsad's date tables say about one folded word or fixed phrase. Roles are merged across tables
/// (يوم is a unit and the noun of "يوم الثلاثاء"); each value field belongs to one role and is 0 otherwise.
/// </summary>
internal readonly record struct DateWord
{
    public WordRoles Roles { get; init; }

    /// <summary>Month number; for bare تشرين the first of two months (see <see cref="MonthEnd"/>).</summary>
    public byte Month { get; init; }

    /// <summary>Last month the name can mean: equal to <see cref="Month"/> unless the name covers two.</summary>
    public byte MonthEnd { get; init; }

    /// <summary>True for a name that is one of two non-adjacent months (bare كانون).</summary>
    public bool MonthUndecided { get; init; }

    public MonthSeries Series { get; init; }

    public MonthAlone Alone { get; init; }

    /// <summary>Weekday as <see cref="DayOfWeek"/>, valid when <see cref="Roles"/> has Weekday.</summary>
    public DayOfWeek Weekday { get; init; }

    /// <summary>True for weekday names with a second common sense (الأحد "the one", الاثنين "the two").</summary>
    public bool WeekdayGuarded { get; init; }

    public byte Ordinal { get; init; }

    /// <summary>Cardinal value; 0 with the Cardinal role means "a few" (بضعة، عدة).</summary>
    public short Cardinal { get; init; }

    public TimeUnit Unit { get; init; }

    /// <summary>1 for a singular unit, 2 for a dual, 0 for a plural ("a few").</summary>
    public byte UnitCount { get; init; }

    /// <summary>True for a unit with the article (الأيام، اليومين), which opens "the past N units".</summary>
    public bool UnitDefinite { get; init; }

    public Direction Direction { get; init; }

    public Phase Phase { get; init; }

    public TimeUnit Period { get; init; }

    /// <summary>Days from the anchor for Day offset words (أمس = -1) and the Night word.</summary>
    public sbyte DayOffset { get; init; }

    public Season Season { get; init; }

    public bool Has(WordRoles role) => (Roles & role) != 0;
}
