using Marsad.Documents;

namespace Marsad.Dates;

/// <summary>
/// Recognises date expressions in the tokens of one paragraph (expressions never cross a line break).
/// At each token every rule that can start there is tried and the longest match wins; matching then resumes
/// after it, so expressions are sorted and never overlap. Rules live in the partial files by family.
/// </summary>
internal readonly ref partial struct DateGrammar
{
    readonly ReadOnlySpan<char> _text;
    readonly ReadOnlySpan<DateToken> _tokens;
    readonly DateLexicon _lexicon;

    DateGrammar(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, DateLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
    }

    /// <summary>Adds every expression in <paramref name="tokens"/> to <paramref name="found"/>, in text order.</summary>
    public static void FindAll(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, DateLexicon lexicon, List<DateExpression> found)
    {
        var start = 0;
        for (var k = 1; k <= tokens.Length; k++)
        {
            if (k == tokens.Length || tokens[k].Is(DateTokenFlags.BreakBefore))
            {
                new DateGrammar(text, tokens[start..k], lexicon).FindInParagraph(found);
                start = k;
            }
        }
    }

    /// <summary>The first expression that names a full calendar day (with its year), for printed publication dates.</summary>
    public static bool FindFirstFullDate(ReadOnlySpan<char> text, ReadOnlySpan<DateToken> tokens, DateLexicon lexicon, out DateExpression date)
    {
        var start = 0;
        for (var k = 1; k <= tokens.Length; k++)
        {
            if (k == tokens.Length || tokens[k].Is(DateTokenFlags.BreakBefore))
            {
                if (new DateGrammar(text, tokens[start..k], lexicon).FindFullDate(out date))
                {
                    return true;
                }

                start = k;
            }
        }

        date = default;
        return false;
    }

    void FindInParagraph(List<DateExpression> found)
    {
        for (var i = 0; i < _tokens.Length;)
        {
            var end = MatchAt(i, out var expression);
            if (end > i)
            {
                found.Add(expression);
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    bool FindFullDate(out DateExpression date)
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            var end = MatchNumeric(i, out date);
            if (end < 0)
            {
                end = MatchDayMonth(i, out date);
            }

            if (end > i && date is { Kind: ExpressionKind.CalendarDay, Year: > 0, Hijri: false }
                && CalendarMath.IsValid(date.Year, date.Month, date.Day))
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    int MatchAt(int i, out DateExpression best)
    {
        best = default;
        var bestEnd = -1;
        var token = _tokens[i];
        if (token.Kind == DateTokenKind.Number)
        {
            Keep(MatchNumeric(i, out var e), e, ref best, ref bestEnd);
            Keep(MatchDayMonth(i, out e), e, ref best, ref bestEnd);
            Keep(MatchYear(i, out e), e, ref best, ref bestEnd);
            return bestEnd;
        }

        if (token.Kind != DateTokenKind.Word || token.Id < 0)
        {
            return -1;
        }

        var roles = _lexicon[token.Id].Roles;
        if ((roles & (WordRoles.DayNoun | WordRoles.DayOffset | WordRoles.Weekday | WordRoles.Ordinal)) != 0)
        {
            Keep(MatchDayMonth(i, out var e), e, ref best, ref bestEnd);
            Keep(MatchWeekday(i, out e), e, ref best, ref bestEnd);
        }

        if ((roles & (WordRoles.Month | WordRoles.MonthNoun)) != 0)
        {
            Keep(MatchMonth(i, cued: Before(i, WordRoles.Cue | WordRoles.Phase), out var e), e, ref best, ref bestEnd);
        }

        if ((roles & WordRoles.YearNoun) != 0)
        {
            Keep(MatchYear(i, out var e), e, ref best, ref bestEnd);
        }

        if ((roles & WordRoles.Season) != 0)
        {
            Keep(MatchSeason(i, out var e), e, ref best, ref bestEnd);
        }

        if ((roles & (WordRoles.DayOffset | WordRoles.Night)) != 0)
        {
            Keep(MatchDayOffset(i, out var e), e, ref best, ref bestEnd);
        }

        if ((roles & (WordRoles.Period | WordRoles.Demonstrative)) != 0)
        {
            Keep(MatchPeriod(i, out var e), e, ref best, ref bestEnd);
        }

        if ((roles & WordRoles.Phase) != 0)
        {
            Keep(MatchPhase(i, out var e), e, ref best, ref bestEnd);
        }

        if ((roles & WordRoles.Ago) != 0)
        {
            Keep(MatchAgo(i, out var e), e, ref best, ref bestEnd);
        }

        if ((roles & WordRoles.Unit) != 0)
        {
            Keep(MatchStretch(i, out var e), e, ref best, ref bestEnd);
        }

        return bestEnd;
    }

    static void Keep(int end, in DateExpression candidate, ref DateExpression best, ref int bestEnd)
    {
        if (end > bestEnd)
        {
            best = candidate;
            bestEnd = end;
        }
    }

    DateWord Word(int k) =>
        k >= 0 && k < _tokens.Length && _tokens[k] is { Kind: DateTokenKind.Word, Id: >= 0 } t ? _lexicon[t.Id] : default;

    bool Has(int k, WordRoles role) => Word(k).Has(role);

    /// <summary>The token before <paramref name="i"/> (in this paragraph) has the role.</summary>
    bool Before(int i, WordRoles role) => Has(i - 1, role);

    bool IsNumber(int k, int minDigits, int maxDigits) =>
        k < _tokens.Length && _tokens[k] is { Kind: DateTokenKind.Number, Value: >= 0 } t && t.Digits >= minDigits && t.Digits <= maxDigits;

    int Value(int k) => _tokens[k].Value;

    bool IsPunctuation(int k, char c) => k < _tokens.Length && _tokens[k] is { Kind: DateTokenKind.Punctuation } t && t.Value == c;

    /// <summary>True when no whitespace separates token k from the one before it.</summary>
    bool Glued(int k) => k < _tokens.Length && !_tokens[k].Is(DateTokenFlags.SpaceBefore);

    /// <summary>An Arabic word with the article that Marsad's tables do not know (اليوم الوطني، قبل يوم الانتخابات).</summary>
    bool IsUnknownDefiniteWord(int k) =>
        StartsWithArticle(k) && (_tokens[k].Id < 0 || _lexicon[_tokens[k].Id].Roles == WordRoles.None);

    TextSpan SpanOf(int first, int end) => new(_tokens[first].Start, _tokens[end - 1].End);
}
