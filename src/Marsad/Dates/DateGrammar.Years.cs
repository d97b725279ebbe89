namespace Marsad.Dates;

/// <summary>Rules for years (العام 2021، في 2019، عامي 2014 و2015، 1442 هـ) and seasons (صيف 2020، الصيف الماضي).</summary>
internal readonly ref partial struct DateGrammar
{
    /// <summary>"العام 2021", "عام 2014", "عامي 2014 و2015", "في 2019", "1442 هـ".</summary>
    int MatchYear(int i, out DateExpression e)
    {
        e = default;
        int end;
        int year;
        bool hijri;
        if (Has(i, WordRoles.YearNoun))
        {
            end = TryYear(i, out year, out hijri);
        }
        else if (IsNumber(i, 3, 4) && Has(i + 1, WordRoles.HijriMark))
        {
            end = TryYear(i, out year, out hijri);
        }
        else if (IsNumber(i, 4, 4) && Value(i) is >= MinBareYear and <= MaxYear && Before(i, WordRoles.Cue | WordRoles.Phase))
        {
            end = TryYear(i, out year, out hijri);
        }
        else
        {
            return -1;
        }

        if (end < 0)
        {
            return -1;
        }

        var basis = new DateExpression
        {
            Kind = ExpressionKind.CalendarYear, Year = year, YearEnd = year, Hijri = hijri,
            Rule = hijri ? DateRules.HijriYear : DateRules.Year,
        };
        // A second year joined by a hyphen (2014-2017) or و (عامي 2014 و2015) makes a span.
        if (!hijri && (IsPunctuation(end, '-') || Has(end, WordRoles.And)) && IsNumber(end + 1, 4, 4) && Glued(end + 1)
            && Value(end + 1) > year && Value(end + 1) <= MaxYear)
        {
            e = basis with { Span = SpanOf(i, end + 2), YearEnd = Value(end + 1), Rule = DateRules.YearSpan };
            return end + 2;
        }

        e = basis with { Span = SpanOf(i, end) };
        return end;
    }

    /// <summary>"صيف 2020", "صيف العام الماضي", "شتاء هذا العام", "الصيف الماضي".</summary>
    int MatchSeason(int i, out DateExpression e)
    {
        var basis = new DateExpression { Kind = ExpressionKind.CalendarSeason, Season = Word(i).Season, Rule = "" };
        var afterYear = TryYear(i + 1, out var year, out var hijri);
        if (afterYear > 0 && !hijri)
        {
            e = basis with { Span = SpanOf(i, afterYear), Year = year, YearEnd = year, Rule = DateRules.SeasonYear };
            return afterYear;
        }

        if (Has(i + 1, WordRoles.Period) && Word(i + 1).Period == TimeUnit.Year && Has(i + 2, WordRoles.Direction)
            && Word(i + 2).Direction is Direction.Past or Direction.Current or Direction.Next)
        {
            e = basis with { Span = SpanOf(i, i + 3), Unit = TimeUnit.Year, Direction = Word(i + 2).Direction };
            return i + 3;
        }

        if (Has(i + 1, WordRoles.Demonstrative) && Has(i + 2, WordRoles.Period) && Word(i + 2).Period == TimeUnit.Year)
        {
            e = basis with { Span = SpanOf(i, i + 3), Unit = TimeUnit.Year, Direction = Direction.Current };
            return i + 3;
        }

        // Only the definite season takes a direction (الصيف الماضي); "ربيع" alone is never a date.
        if (StartsWithArticle(i) && Has(i + 1, WordRoles.Direction)
            && Word(i + 1).Direction is Direction.Past or Direction.Current or Direction.Next)
        {
            e = basis with { Span = SpanOf(i, i + 2), Unit = TimeUnit.Season, Direction = Word(i + 1).Direction };
            return i + 2;
        }

        e = default;
        return -1;
    }
}
