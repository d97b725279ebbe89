namespace Marsad.Dates;

/// <summary>Rules for dates counted from the anchor: today/yesterday, weekdays, named periods, phases, "N units ago".</summary>
internal readonly ref partial struct DateGrammar
{
    /// <summary>"اليوم [الخميس]", "أمس", "يوم أمس الأربعاء", "أول أمس", "غدا", "الليلة الماضية".</summary>
    int MatchDayOffset(int i, out DateExpression e)
    {
        e = default;
        var w = Word(i);
        if (w.Has(WordRoles.Night))
        {
            if (!Has(i + 1, WordRoles.Direction) || Word(i + 1).Direction != Direction.Past)
            {
                return -1;
            }

            e = new DateExpression { Span = SpanOf(i, i + 2), Kind = ExpressionKind.AnchorOffset, DayOffset = w.DayOffset, Rule = DateRules.LastNight };
            return i + 2;
        }

        if (!w.Has(WordRoles.DayOffset))
        {
            return -1;
        }

        // اليوم is "the day" after ذلك/نفس and before an ordinal, a relative pronoun or an adjective
        // (اليوم الأول، اليوم الذي، اليوم الوطني); only otherwise is it "today". After a part of the day it is
        // "today" whatever definite word follows (صباح اليوم الهجوم: the object of the verb, not an adjective).
        if (w.DayOffset == 0 && (Before(i, WordRoles.Anaphoric | WordRoles.TodayName)
            || Has(i + 1, WordRoles.TodayBlocker | WordRoles.Same | WordRoles.Ordinal)
            || (IsUnknownDefiniteWord(i + 1) && !Before(i, WordRoles.PartOfDay))))
        {
            return -1;
        }

        var end = i + 1;
        DayOfWeek? weekday = null;
        if (Has(end, WordRoles.Weekday))
        {
            weekday = Word(end).Weekday;
            end++;
        }

        e = new DateExpression { Span = SpanOf(i, end), Kind = ExpressionKind.AnchorOffset, DayOffset = w.DayOffset, Weekday = weekday, Rule = "" };
        return end;
    }

    /// <summary>"[يوم] الثلاثاء [الماضي|المقبل]"; a bare الأحد/الاثنين is checked against its other sense.</summary>
    int MatchWeekday(int i, out DateExpression e)
    {
        e = default;
        var j = i;
        var noun = Has(j, WordRoles.DayNoun);
        j += noun ? 1 : 0;
        if (!Has(j, WordRoles.Weekday))
        {
            return -1;
        }

        var w = Word(j);
        var basis = new DateExpression { Kind = ExpressionKind.WeekdayOf, Weekday = w.Weekday, Rule = "" };
        if (Has(j + 1, WordRoles.Direction) && Word(j + 1).Direction is Direction.Past or Direction.Next)
        {
            e = basis with { Span = SpanOf(i, j + 2), Direction = Word(j + 1).Direction };
            return j + 2;
        }

        if (w.WeekdayGuarded && !noun && (Before(j, WordRoles.WeekdayBlockerBefore) || Has(j + 1, WordRoles.WeekdayBlockerAfter)))
        {
            return -1;
        }

        e = basis with { Span = SpanOf(i, j + 1) };
        return j + 1;
    }

    /// <summary>"الأسبوع الماضي", "الشهر المقبل", "العام الحالي", "هذا العام".</summary>
    int MatchPeriod(int i, out DateExpression e)
    {
        e = default;
        if (Has(i, WordRoles.Demonstrative) && Has(i + 1, WordRoles.Period))
        {
            e = new DateExpression
            {
                Span = SpanOf(i, i + 2), Kind = ExpressionKind.Period, Unit = Word(i + 1).Period, Direction = Direction.Current, Rule = "",
            };
            return i + 2;
        }

        if (!Has(i, WordRoles.Period) || !Has(i + 1, WordRoles.Direction)
            || Word(i + 1).Direction is not (Direction.Past or Direction.Current or Direction.Next))
        {
            return -1;
        }

        // "المدعي العام الحالي" is the current attorney general: العام is an adjective there.
        if (Word(i).Period == TimeUnit.Year && Before(i, WordRoles.AdjectiveHead))
        {
            return -1;
        }

        e = new DateExpression
        {
            Span = SpanOf(i, i + 2), Kind = ExpressionKind.Period, Unit = Word(i).Period, Direction = Word(i + 1).Direction, Rule = "",
        };
        return i + 2;
    }

    /// <summary>A phase word before a period, month, year or season: "مطلع العام الحالي", "أواخر الشهر الماضي", "منتصف 2020".</summary>
    int MatchPhase(int i, out DateExpression e)
    {
        var k = i + 1;
        var inner = default(DateExpression);
        var end = -1;
        Keep(MatchPeriod(k, out var candidate), candidate, ref inner, ref end);
        Keep(MatchMonth(k, cued: true, out candidate), candidate, ref inner, ref end);
        Keep(MatchYear(k, out candidate), candidate, ref inner, ref end);
        Keep(MatchSeason(k, out candidate), candidate, ref inner, ref end);
        if (end < 0 && Has(k, WordRoles.Period) && Has(k + 1, WordRoles.Same))
        {
            // "أواخر العام ذاته": a period of the story, not the anchor's.
            e = Unresolvable(i, k + 2, DateRules.PeriodNotNamed);
            return k + 2;
        }

        if (end < 0 && Has(k, WordRoles.Period) && !IsUnknownDefiniteWord(k + 1))
        {
            // "نهاية العام" with no direction word means the anchor's year ("بحلول نهاية العام").
            inner = new DateExpression { Kind = ExpressionKind.Period, Unit = Word(k).Period, Direction = Direction.Current, Rule = DateRules.Unqualified };
            end = k + 1;
        }

        if (end < 0 || inner.Kind is ExpressionKind.Unresolvable)
        {
            e = default;
            return -1;
        }

        e = inner with { Span = SpanOf(i, end), Phase = Word(i).Phase };
        return end;
    }

    /// <summary>"قبل 18 عاماً", "قبل ثلاثة أيام", "قبل أسبوعين", "منذ أيام قليلة", "قبل نحو أسبوع".</summary>
    int MatchAgo(int i, out DateExpression e)
    {
        e = default;
        var k = i + 1;
        var approximate = Has(k, WordRoles.Hedge);
        k += approximate ? 1 : 0;
        var afterCount = TryCount(k, out var count);
        var u = afterCount > 0 ? afterCount : k;
        if (!Has(u, WordRoles.Unit) || Word(u).UnitDefinite)
        {
            return -1;
        }

        var unit = Word(u);
        var counted = afterCount > 0;
        var n = counted ? count : unit.UnitCount;
        var end = u + 1;
        if (n == 0 && Has(end, WordRoles.FewAdjective))
        {
            end++;
        }

        // Without a number a singular or plural unit followed by a definite noun is in construct:
        // "قبل يوم الانتخابات" is "before election day", "قبل عام 2020" is "before the year 2020".
        if (!counted && unit.UnitCount != 2 && (StartsWithArticle(end) || IsNumber(end, 1, 4)))
        {
            return -1;
        }

        if (Has(end, WordRoles.Of))
        {
            e = Unresolvable(i, end, DateRules.CountedFromEvent);
            return end;
        }

        e = new DateExpression
        {
            Span = SpanOf(i, end), Kind = ExpressionKind.Ago, Unit = unit.Unit, Count = n, Approximate = approximate, Rule = "",
        };
        return end;
    }

    /// <summary>"الأيام الماضية", "الأيام القليلة الماضية", "اليومين الماضيين", "الساعات الـ24 الماضية", "الأسابيع المقبلة".</summary>
    int MatchStretch(int i, out DateExpression e)
    {
        e = default;
        var unit = Word(i);
        if (!unit.UnitDefinite)
        {
            return -1;
        }

        var n = (int)unit.UnitCount;
        var k = i + 1;
        if (IsNumber(k, 1, 3))
        {
            n = Value(k);
            k++;
        }
        else if (Has(k, WordRoles.Cardinal) && StartsWithArticle(k))
        {
            n = Word(k).Cardinal;
            k++;
        }

        k += Has(k, WordRoles.FewAdjective) ? 1 : 0;
        if (!Has(k, WordRoles.Direction) || Word(k).Direction is Direction.Current or Direction.None || n < 0)
        {
            return -1;
        }

        e = new DateExpression
        {
            Span = SpanOf(i, k + 1), Kind = ExpressionKind.Stretch, Unit = unit.Unit, Count = n, Direction = Word(k).Direction, Rule = "",
        };
        return k + 1;
    }
}
