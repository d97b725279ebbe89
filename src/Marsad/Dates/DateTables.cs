using System.Globalization;
using Marsad.Arabic;
using Marsad.Resources;

namespace Marsad.Dates;

/// <summary>
/// Reads the tables in <c>data/dates/</c> into folded single words and multi-word phrases, merging the
/// roles a form has in several tables. Used once, by <see cref="DateLexicon.Load"/>.
/// </summary>
internal sealed class DateTables
{
    public Dictionary<string, DateWord> Words { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DateWord> Phrases { get; } = new(StringComparer.Ordinal);

    public void ReadAll()
    {
        foreach (var row in DataFile.ReadTsv("dates/months.tsv"))
        {
            var (month, end, undecided) = ParseMonth(row[1]);
            Add(row[0], new DateWord
            {
                Roles = WordRoles.Month, Month = month, MonthEnd = end, MonthUndecided = undecided,
                Series = Enum.Parse<MonthSeries>(row[2], ignoreCase: true),
                Alone = Enum.Parse<MonthAlone>(row[3], ignoreCase: true),
            });
        }

        foreach (var row in DataFile.ReadTsv("dates/weekdays.tsv"))
        {
            Add(row[0], new DateWord
            {
                Roles = WordRoles.Weekday, Weekday = (DayOfWeek)Int(row[1]), WeekdayGuarded = row[2] == "guarded",
            });
        }

        foreach (var row in DataFile.ReadTsv("dates/ordinals.tsv"))
        {
            Add(row[0], new DateWord { Roles = WordRoles.Ordinal, Ordinal = (byte)Int(row[1]) });
        }

        foreach (var row in DataFile.ReadTsv("dates/numbers.tsv"))
        {
            Add(row[0], new DateWord { Roles = WordRoles.Cardinal, Cardinal = row[1] == "few" ? (short)0 : (short)Int(row[1]) });
        }

        foreach (var row in DataFile.ReadTsv("dates/units.tsv"))
        {
            Add(row[0], new DateWord
            {
                Roles = WordRoles.Unit, Unit = Enum.Parse<TimeUnit>(row[1], ignoreCase: true),
                UnitCount = row[2] == "few" ? (byte)0 : (byte)Int(row[2]),
                UnitDefinite = row[0].StartsWith("ال", StringComparison.Ordinal),
            });
        }

        foreach (var row in DataFile.ReadTsv("dates/seasons.tsv"))
        {
            Add(row[0], new DateWord { Roles = WordRoles.Season, Season = Enum.Parse<Season>(row[1], ignoreCase: true) });
        }

        foreach (var row in DataFile.ReadTsv("dates/relative-words.tsv"))
        {
            Add(row[0], RelativeWord(row[1], row.Length > 2 ? row[2] : ""));
        }

        foreach (var row in DataFile.ReadTsv("dates/guards.tsv"))
        {
            Add(row[0], new DateWord { Roles = Guard(row[1]) });
        }
    }

    void Add(string form, DateWord word)
    {
        var parts = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = string.Join(' ', parts.Select(ArabicFolding.Fold));
        var target = parts.Length > 1 ? Phrases : Words;
        target[folded] = target.TryGetValue(folded, out var existing) ? Merge(existing, word) : word;
    }

    static DateWord RelativeWord(string role, string value) => role switch
    {
        "period" => new DateWord { Roles = WordRoles.Period, Period = Enum.Parse<TimeUnit>(value, ignoreCase: true) },
        "direction" => new DateWord { Roles = WordRoles.Direction, Direction = Enum.Parse<Direction>(value, ignoreCase: true) },
        "demonstrative" => new DateWord { Roles = WordRoles.Demonstrative, Direction = Direction.Current },
        "phase" => new DateWord { Roles = WordRoles.Phase, Phase = Enum.Parse<Phase>(value, ignoreCase: true) },
        "day-offset" => new DateWord { Roles = WordRoles.DayOffset, DayOffset = (sbyte)Int(value) },
        "night" => new DateWord { Roles = WordRoles.Night, DayOffset = (sbyte)Int(value) },
        "day-noun" => new DateWord { Roles = WordRoles.DayNoun },
        "month-noun" => new DateWord { Roles = WordRoles.MonthNoun },
        "year-noun" => new DateWord { Roles = WordRoles.YearNoun },
        "ago" => new DateWord { Roles = WordRoles.Ago },
        "hedge" => new DateWord { Roles = WordRoles.Hedge },
        "few-adjective" => new DateWord { Roles = WordRoles.FewAdjective },
        "cue" => new DateWord { Roles = WordRoles.Cue },
        "of" => new DateWord { Roles = WordRoles.Of },
        "and" => new DateWord { Roles = WordRoles.And },
        "gregorian-mark" => new DateWord { Roles = WordRoles.GregorianMark },
        "hijri-mark" => new DateWord { Roles = WordRoles.HijriMark },
        _ => throw new InvalidDataException($"dates/relative-words.tsv: unknown role '{role}'."),
    };

    static WordRoles Guard(string guard) => guard switch
    {
        "name-cue" => WordRoles.NameCue,
        "adjective-head" => WordRoles.AdjectiveHead,
        "anaphoric" => WordRoles.Anaphoric,
        "today-blocker" => WordRoles.TodayBlocker,
        "weekday-blocker-after" => WordRoles.WeekdayBlockerAfter,
        "weekday-blocker-before" => WordRoles.WeekdayBlockerBefore,
        "same" => WordRoles.Same,
        "today-name" => WordRoles.TodayName,
        "part-of-day" => WordRoles.PartOfDay,
        _ => throw new InvalidDataException($"dates/guards.tsv: unknown guard '{guard}'."),
    };

    static (byte Month, byte End, bool Undecided) ParseMonth(string value)
    {
        if (value.IndexOf('|') is var bar and > 0)
        {
            return ((byte)Int(value[..bar]), (byte)Int(value[(bar + 1)..]), true);
        }

        if (value.IndexOf('-') is var dash and > 0)
        {
            return ((byte)Int(value[..dash]), (byte)Int(value[(dash + 1)..]), false);
        }

        var month = (byte)Int(value);
        return (month, month, false);
    }

    static int Int(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    static DateWord Merge(DateWord a, DateWord b) => new()
    {
        Roles = a.Roles | b.Roles,
        Month = Pick(a.Month, b.Month),
        MonthEnd = Pick(a.MonthEnd, b.MonthEnd),
        MonthUndecided = a.MonthUndecided || b.MonthUndecided,
        Series = b.Series != MonthSeries.None ? b.Series : a.Series,
        Alone = a.Has(WordRoles.Month) ? a.Alone : b.Alone,
        Weekday = b.Has(WordRoles.Weekday) ? b.Weekday : a.Weekday,
        WeekdayGuarded = a.WeekdayGuarded || b.WeekdayGuarded,
        Ordinal = Pick(a.Ordinal, b.Ordinal),
        Cardinal = a.Has(WordRoles.Cardinal) ? a.Cardinal : b.Cardinal,
        Unit = b.Unit != TimeUnit.None ? b.Unit : a.Unit,
        UnitCount = a.Has(WordRoles.Unit) ? a.UnitCount : b.UnitCount,
        UnitDefinite = a.UnitDefinite || b.UnitDefinite,
        Direction = b.Direction != Direction.None ? b.Direction : a.Direction,
        Phase = b.Phase != Phase.None ? b.Phase : a.Phase,
        Period = b.Period != TimeUnit.None ? b.Period : a.Period,
        DayOffset = a.Has(WordRoles.DayOffset | WordRoles.Night) ? a.DayOffset : b.DayOffset,
        Season = b.Season != Season.None ? b.Season : a.Season,
    };

    static byte Pick(byte a, byte b) => b != 0 ? b : a;
}
