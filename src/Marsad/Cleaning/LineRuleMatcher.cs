using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>A line rule that matched a line, with the regex match when the rule is a pattern (for its captures).</summary>
internal readonly record struct RuleHit(LineRule Rule, Match? RegexMatch, PrintedDate? Date, bool CueOnly);

/// <summary>Finds the first rule of <see cref="CleaningRules"/> (in table order) that matches one line.</summary>
internal sealed class LineRuleMatcher(CleaningRules rules)
{
    public RuleHit? Match(PageLine line, string? previousReason)
    {
        var folded = line.Folded;
        var key = folded.Key;
        if (key.Length == 0)
        {
            return null;
        }

        RuleHit? best = null;
        if (rules.ByKey.TryGetValue(key, out var exact))
        {
            best = First(exact, line, previousReason, cueOnly: true);
        }

        if (rules.ByFirstWord.TryGetValue(CleaningRules.FirstWord(key), out var prefixed))
        {
            foreach (var rule in prefixed)
            {
                if (best is { } b && b.Rule.Order < rule.Order)
                {
                    break;
                }

                if (rule.Applies(line.Words, previousReason) && StartsWithWord(key, rule.Pattern))
                {
                    best = new RuleHit(rule, null, null, CueOnly: key.Length == rule.Pattern.Length);
                    break;
                }
            }
        }

        foreach (var rule in rules.Scanned)
        {
            if (best is { } b && b.Rule.Order < rule.Order)
            {
                break;
            }

            if (!rule.Applies(line.Words, previousReason))
            {
                continue;
            }

            if (Scan(rule, line) is { } hit)
            {
                return hit;
            }
        }

        return best;
    }

    RuleHit? Scan(LineRule rule, PageLine line)
    {
        var folded = line.Folded;
        switch (rule.Match)
        {
            case LineMatch.Contains when folded.Key.Contains(rule.Pattern, StringComparison.Ordinal):
                return new RuleHit(rule, null, null, false);
            case LineMatch.Words when AllWordsIn(folded.Key, rules.WordSets[rule.Order]):
                return new RuleHit(rule, null, null, true);
            case LineMatch.Regex:
                var m = SafeMatch(rule.Expression!, folded.Text);
                return m is { Success: true } ? new RuleHit(rule, m, null, m.Length == folded.Text.Length) : null;
            case LineMatch.DateLine when IsDateLine(folded.Text, out var date):
                return new RuleHit(rule, null, date, true);
            default:
                return null;
        }
    }

    static Match? SafeMatch(Regex expression, string text)
    {
        try
        {
            return expression.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A table row that backtracks without end must not take the page down: the row simply does not fire.
            return null;
        }
    }

    static RuleHit? First(LineRule[] candidates, PageLine line, string? previousReason, bool cueOnly)
    {
        foreach (var rule in candidates)
        {
            if (rule.Applies(line.Words, previousReason))
            {
                return new RuleHit(rule, null, null, cueOnly);
            }
        }

        return null;
    }

    static bool StartsWithWord(string key, string pattern) =>
        key.StartsWith(pattern, StringComparison.Ordinal) && (key.Length == pattern.Length || !char.IsLetterOrDigit(key[pattern.Length]));

    static bool AllWordsIn(string key, IReadOnlySet<string> words)
    {
        var any = false;
        foreach (var range in key.AsSpan().SplitAny(" |/،,:-·•"))
        {
            var word = key.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!words.Contains(word.ToString()))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>A printed date with at most <see cref="CleaningThresholds.MaxDateLineOtherWords"/> words besides date-line words.</summary>
    bool IsDateLine(string folded, out PrintedDate date)
    {
        if (!PrintedDateParser.TryFind(folded, out date))
        {
            return false;
        }

        var others = CountOtherWords(folded.AsSpan(0, date.Start)) + CountOtherWords(folded.AsSpan(date.Start + date.Length));
        return others <= CleaningThresholds.MaxDateLineOtherWords;
    }

    int CountOtherWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // Words are runs of letters: digits ("منذ 5 أشهر", "10:30") and punctuation are not words here.
                if (!rules.DateLineWords.Contains(text[start..i].ToString()))
                {
                    count++;
                }

                start = -1;
            }
        }

        return count;
    }
}
