namespace Marsad.Dates;

/// <summary>Rules for dates whose day or month is named: numeric dates, day-month(-year), months (with year or direction).</summary>
internal readonly ref partial struct DateGrammar
{
    // With a year noun (عام 1916) or after a month name any four-digit year from 1000 counts.
    const int MinYear = 1000;

    // A bare four-digit number after في/منذ/حتى is a year only within 1900-2100 (news reports modern years;
    // outside that range "في 1500 موقع" is a count).
    const int MinBareYear = 1900;
    const int MaxYear = 2100;

    // Hijri years in modern copy are 13xx-14xx; 1600 AH is about 2174 CE.
    const int MaxHijriYear = 1600;

    /// <summary>24/11/2020, 09.04.2021, 3-4-2021 (day first, the Arab convention) and 2021-04-03.</summary>
    int MatchNumeric(int i, out DateExpression e)
    {
        e = default;
        if (!IsNumber(i, 1, 4) || !IsNumber(i + 2, 1, 2) || !IsNumber(i + 4, 1, 4)
            || !Glued(i + 1) || !Glued(i + 2) || !Glued(i + 3) || !Glued(i + 4))
        {
            return -1;
        }

        var separator = (char)_tokens[i + 1].Value;
        if (separator is not ('/' or '-' or '.') || !IsPunctuation(i + 1, separator) || !IsPunctuation(i + 3, separator))
        {
            return -1;
        }

        int year, month, day;
        string rule;
        if (_tokens[i].Digits == 4 && _tokens[i + 4].Digits <= 2)
        {
            (year, month, day, rule) = (Value(i), Value(i + 2), Value(i + 4), DateRules.NumericYearFirst);
        }
        else if (_tokens[i].Digits <= 2 && _tokens[i + 4].Digits == 4)
        {
            (day, month, year, rule) = (Value(i), Value(i + 2), Value(i + 4), DateRules.NumericDayFirst);
        }
        else
        {
            return -1;
        }

        if (year is < MinYear or > MaxYear || !CalendarMath.IsValid(year, month, day))
        {
            return -1;
        }

        e = new DateExpression
        {
            Span = SpanOf(i, i + 5), Kind = ExpressionKind.CalendarDay, Rule = rule,
            Year = year, YearEnd = year, Month = month, MonthEnd = month, Day = day,
        };
        return i + 5;
    }

    /// <summary>
    /// [يوم] [weekday[،]] day [من] month [year | direction]: "5 يناير 2020", "الجمعة 9 أبريل 2021",
    /// "السابع من أبريل", "15 مارس الماضي", "الثاني من الشهر الجاري".
    /// </summary>
    int MatchDayMonth(int i, out DateExpression e)
    {
        e = default;
        var j = i;
        int? offset = null;
        if (Has(j, WordRoles.DayOffset) && Has(j + 1, WordRoles.Weekday))
        {
            // "اليوم الخميس 6 ..." / "أمس الأربعاء 7 أبريل": the printed date resolves it; the anchor word is kept.
            offset = Word(j).DayOffset;
            j++;
        }
        else if (Has(j, WordRoles.DayNoun))
        {
            j++;
        }

        DayOfWeek? weekday = null;
        if (Has(j, WordRoles.Weekday))
        {
            weekday = Word(j).Weekday;
            j++;
            if (IsPunctuation(j, '،') || IsPunctuation(j, ','))
            {
                j++;
            }
        }

        int day, k;
        if (IsNumber(j, 1, 2) && Value(j) is >= 1 and <= 31)
        {
            (day, k) = (Value(j), j + 1);
            k += Has(k, WordRoles.Of) ? 1 : 0;
        }
        else if (Has(j, WordRoles.Ordinal) && Has(j + 1, WordRoles.Of))
        {
            // An ordinal is a day only when "من" ties it to a month (السابع من أبريل), never alone.
            (day, k) = (Word(j).Ordinal, j + 2);
        }
        else
        {
            return -1;
        }

        var basis = new DateExpression { Kind = ExpressionKind.CalendarDay, Day = day, Weekday = weekday, DayOffset = offset, Rule = "" };
        if (Has(k, WordRoles.Period) && Word(k).Period == TimeUnit.Month)
        {
            if (Has(k + 1, WordRoles.Direction) && Word(k + 1).Direction is Direction.Past or Direction.Current or Direction.Next)
            {
                e = basis with { Span = SpanOf(i, k + 2), Kind = ExpressionKind.DayOfPeriodMonth, Direction = Word(k + 1).Direction };
                return k + 2;
            }

            var named = k + 1 + (Has(k + 1, WordRoles.Same) ? 1 : 0);
            e = Unresolvable(i, named, DateRules.MonthNotNamed);
            return named;
        }

        var afterMonth = TryMonth(k, out var month);
        if (afterMonth < 0)
        {
            return -1;
        }

        var afterYear = TryYear(afterMonth, out var year, out var hijriMark);
        var end = Math.Max(afterMonth, afterYear);
        if (month.Undecided || month.Month != month.MonthEnd)
        {
            e = Unresolvable(i, end, month.Undecided ? DateRules.KanunAlone : DateRules.TishreenDay);
            return end;
        }

        basis = basis with { Month = month.Month, MonthEnd = month.Month, Hijri = month.Series == MonthSeries.Hijri };
        if (afterYear > 0)
        {
            if (!Agrees(month, year, hijriMark))
            {
                e = Unresolvable(i, afterYear, DateRules.CalendarConflict);
                return afterYear;
            }

            var rule = basis.Hijri ? DateRules.HijriDayMonthYear : DateRules.DayMonthYear;
            e = basis with { Span = SpanOf(i, afterYear), Year = year, YearEnd = year, Rule = rule };
            return afterYear;
        }

        if (!basis.Hijri && TryYearDirection(afterMonth, out var yearDirection) is var afterYearWord and > 0)
        {
            e = basis with { Span = SpanOf(i, afterYearWord), Unit = TimeUnit.Year, Direction = yearDirection };
            return afterYearWord;
        }

        if (Has(afterMonth, WordRoles.Direction) && Word(afterMonth).Direction is Direction.Past or Direction.Current or Direction.Next)
        {
            e = basis with { Span = SpanOf(i, afterMonth + 1), Direction = Word(afterMonth).Direction };
            return afterMonth + 1;
        }

        e = Before(i, WordRoles.NameCue)
            ? Unresolvable(i, afterMonth, DateRules.NamedAfterDate)
            : basis with { Span = SpanOf(i, afterMonth) };
        return afterMonth;
    }

    /// <summary>[شهر] month [pair] [year | direction]: "أغسطس (آب) 2020", "في شهر آب 2020", "حزيران (يونيو) الماضي", "تشرين 2019".</summary>
    int MatchMonth(int i, bool cued, out DateExpression e)
    {
        e = default;
        var afterMonth = TryMonth(i, out var month);
        if (afterMonth < 0)
        {
            return -1;
        }

        var hijri = month.Series == MonthSeries.Hijri;
        var basis = new DateExpression
        {
            Kind = ExpressionKind.CalendarMonth, Month = month.Month, MonthEnd = month.MonthEnd, Hijri = hijri, Rule = "",
        };
        var afterYear = TryYear(afterMonth, out var year, out var hijriMark);
        if (afterYear > 0 && hijri && !hijriMark && year > MaxHijriYear)
        {
            // "رمضان 2019": the Hijri month as it fell in that Gregorian year.
            e = basis with { Span = SpanOf(i, afterYear), GregorianYear = year, Rule = DateRules.HijriMonthGregorianYear };
            return afterYear;
        }

        if (afterYear > 0)
        {
            var reason = month.Undecided ? DateRules.KanunAlone : !Agrees(month, year, hijriMark) ? DateRules.CalendarConflict : null;
            var rule = month.Month != month.MonthEnd ? DateRules.TishreenYear : hijri ? DateRules.HijriMonthYear : DateRules.MonthYear;
            e = reason is not null
                ? Unresolvable(i, afterYear, reason)
                : basis with { Span = SpanOf(i, afterYear), Year = year, YearEnd = year, Rule = rule };
            return afterYear;
        }

        // Bare تشرين and كانون need a year: alone they are not a month (انتفاضة تشرين).
        if (month.Undecided || month.Month != month.MonthEnd)
        {
            return -1;
        }

        if (Has(afterMonth, WordRoles.Direction) && Word(afterMonth).Direction is Direction.Past or Direction.Current or Direction.Next)
        {
            e = basis with { Span = SpanOf(i, afterMonth + 1), Direction = Word(afterMonth).Direction };
            return afterMonth + 1;
        }

        if (!hijri && TryYearDirection(afterMonth, out var yearDirection) is var afterYearWord and > 0)
        {
            e = basis with { Span = SpanOf(i, afterYearWord), Unit = TimeUnit.Year, Direction = yearDirection };
            return afterYearWord;
        }

        // «في تموز من العام ذاته»: the year is the one the text named just before, not the anchor's.
        if (!hijri && Has(afterMonth, WordRoles.Of) && Has(afterMonth + 1, WordRoles.Period) && Word(afterMonth + 1).Period == TimeUnit.Year
            && Has(afterMonth + 2, WordRoles.Same))
        {
            e = YearBefore(i) is { } named
                ? basis with { Span = SpanOf(i, afterMonth + 3), Year = named, YearEnd = named, Rule = DateRules.MonthOfSameYear }
                : Unresolvable(i, afterMonth + 3, DateRules.PeriodNotNamed);
            return afterMonth + 3;
        }

        var alone = month.Paired || month.Noun || month.Alone == MonthAlone.Yes || (month.Alone == MonthAlone.Cue && cued);
        if (!alone)
        {
            return -1;
        }

        e = basis with { Span = SpanOf(i, afterMonth) };
        return afterMonth;
    }

    // «العام ذاته» points back to a year a few words before it, in the same sentence.
    const int SameYearReach = 20;

    /// <summary>The last Gregorian year written as four digits in the <see cref="SameYearReach"/> tokens before <paramref name="i"/>.</summary>
    int? YearBefore(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - SameYearReach; k--)
        {
            if (_tokens[k] is { Kind: DateTokenKind.Number, Digits: 4, Value: >= MinYear and <= MaxYear } t)
            {
                return t.Value;
            }

            if (_tokens[k] is { Kind: DateTokenKind.Punctuation, Value: '.' or '؟' or '!' })
            {
                return null;
            }
        }

        return null;
    }

    DateExpression Unresolvable(int first, int end, string reason) =>
        new() { Span = SpanOf(first, end), Kind = ExpressionKind.Unresolvable, Rule = reason };

    /// <summary>A Hijri month needs a Hijri year (marked هـ, or small enough to be one); a Gregorian one a Gregorian year.</summary>
    static bool Agrees(MonthName month, int year, bool hijriMark) =>
        month.Series == MonthSeries.Hijri ? hijriMark || year <= MaxHijriYear : !hijriMark;
}
