using Marsad.Arabic;

namespace Marsad.Dates;

/// <summary>Sub-parsers shared by the rules: a month name (with its pair), a year, a count.</summary>
internal readonly ref partial struct DateGrammar
{
    /// <summary>[شهر] month, optionally paired with its name in the other series: "يناير/كانون الثاني", "كانون الثاني (يناير)", "أبريل- نيسان".</summary>
    int TryMonth(int k, out MonthName month)
    {
        month = default;
        var j = k;
        var noun = false;
        if (Has(j, WordRoles.MonthNoun) && Has(j + 1, WordRoles.Month))
        {
            noun = true;
            j++;
        }

        if (!Has(j, WordRoles.Month))
        {
            return -1;
        }

        var w = Word(j);
        month = new MonthName(w.Month, w.MonthEnd, w.MonthUndecided, w.Series, w.Alone, noun, Paired: false);
        var end = j + 1;
        int second, close;
        if (IsPunctuation(end, '(') && Has(end + 1, WordRoles.Month) && IsPunctuation(end + 2, ')'))
        {
            (second, close) = (end + 1, end + 3);
        }
        else if ((IsPunctuation(end, '/') || IsPunctuation(end, '-') || IsPunctuation(end, '–')) && Has(end + 1, WordRoles.Month))
        {
            (second, close) = (end + 1, end + 2);
        }
        else if (Has(end, WordRoles.Month) && Word(end).Series != w.Series)
        {
            // Both names with only a space between them (نوفمبر تشرين الثاني).
            (second, close) = (end, end + 1);
        }
        else
        {
            return end;
        }

        if (Pair(month, Word(second)) is { } paired)
        {
            month = paired;
            end = close;
        }

        return end;
    }

    /// <summary>Two names of one month; a name that can be two months (تشرين) is narrowed by its partner.</summary>
    static MonthName? Pair(MonthName first, DateWord second)
    {
        if ((first.Series == MonthSeries.Hijri) != (second.Series == MonthSeries.Hijri))
        {
            return null;
        }

        var firstSingle = first.Month == first.MonthEnd && !first.Undecided;
        var secondSingle = second.Month == second.MonthEnd && !second.MonthUndecided;
        int month;
        if (firstSingle && secondSingle)
        {
            month = first.Month == second.Month ? first.Month : 0;
        }
        else if (secondSingle)
        {
            month = second.Month == first.Month || second.Month == first.MonthEnd ? second.Month : 0;
        }
        else if (firstSingle)
        {
            month = first.Month == second.Month || first.Month == second.MonthEnd ? first.Month : 0;
        }
        else
        {
            month = 0;
        }

        return month == 0 ? null : first with { Month = month, MonthEnd = month, Undecided = false, Paired = true, Alone = MonthAlone.Yes };
    }

    /// <summary>
    /// [من] [العام|عام|سنة] digits [م|هـ]: the year after a month or a year noun. Without a Hijri mark the year must
    /// be Gregorian-looking (1000-2100); with one, 1-1600.
    /// </summary>
    int TryYear(int k, out int year, out bool hijri)
    {
        year = 0;
        hijri = false;
        var j = k;
        if (Has(j, WordRoles.Of) && Has(j + 1, WordRoles.YearNoun))
        {
            j += 2;
        }
        else if (Has(j, WordRoles.YearNoun))
        {
            j++;
        }
        else if ((IsPunctuation(j, '،') || IsPunctuation(j, ',')) && IsNumber(j + 1, 4, 4))
        {
            j++;
        }

        if (!IsNumber(j, 3, 4))
        {
            return -1;
        }

        year = Value(j);
        var end = j + 1;
        if (Has(end, WordRoles.HijriMark))
        {
            hijri = true;
            end++;
        }
        else if (Has(end, WordRoles.GregorianMark))
        {
            end++;
        }

        return hijri ? (year is >= 1 and <= MaxHijriYear ? end : -1) : (year is >= MinYear and <= MaxYear ? end : -1);
    }

    /// <summary>[من] العام|السنة + direction after a month: "فبراير العام الماضي", "5 مارس من العام الجاري".</summary>
    int TryYearDirection(int k, out Direction direction)
    {
        direction = Direction.None;
        var j = k + (Has(k, WordRoles.Of) ? 1 : 0);
        if (!Has(j, WordRoles.Period) || Word(j).Period != TimeUnit.Year || !Has(j + 1, WordRoles.Direction)
            || Word(j + 1).Direction is not (Direction.Past or Direction.Current or Direction.Next))
        {
            return -1;
        }

        direction = Word(j + 1).Direction;
        return j + 2;
    }

    /// <summary>A count of units: digits, a number word, "خمسة عشر", "خمسة وعشرين"; 0 for "a few" (بضعة، عدة).</summary>
    int TryCount(int k, out int count)
    {
        count = 0;
        if (IsNumber(k, 1, 4) && !_tokens[k].Is(DateTokenFlags.Definite))
        {
            count = Value(k);
            return count >= 1 ? k + 1 : -1;
        }

        if (!Has(k, WordRoles.Cardinal) || StartsWithArticle(k))
        {
            return -1;
        }

        count = Word(k).Cardinal;
        var end = k + 1;
        if (count is >= 1 and <= 9 && Has(end, WordRoles.Cardinal))
        {
            var next = Word(end).Cardinal;
            if (next == 10)
            {
                // Teens are unit + عشر/عشرة (خمسة عشر).
                count += 10;
                end++;
            }
            else if (next is >= 20 and <= 90 && _tokens[end].Is(DateTokenFlags.Conjunction))
            {
                // 21-99 are unit + و + ten (خمسة وعشرين).
                count += next;
                end++;
            }
        }

        return end;
    }

    /// <summary>The word at k is written with the article ال (after any proclitic).</summary>
    bool StartsWithArticle(int k)
    {
        if (k >= _tokens.Length || _tokens[k] is not { Kind: DateTokenKind.Word } t || t.End - t.Start < 3)
        {
            return false;
        }

        return ArabicFolding.FoldLetter(_text[t.Start]) == ArabicLetters.Alef && _text[t.Start + 1] == ArabicLetters.Lam;
    }
}

/// <summary>A month as named in the text: its number (or two, for bare تشرين), series, and the evidence that it is a month.</summary>
internal readonly record struct MonthName(int Month, int MonthEnd, bool Undecided, MonthSeries Series, MonthAlone Alone, bool Noun, bool Paired);
