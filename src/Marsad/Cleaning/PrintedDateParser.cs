using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Resources;

namespace Marsad.Cleaning;

/// <summary>A printed date found in a folded line: where it is and its calendar value.</summary>
internal readonly record struct PrintedDate(int Start, int Length, DateOnly Value);

/// <summary>
/// Reads publication dates as news pages print them in header lines: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy (Arabic
/// pages put the day first), yyyy-mm-dd, and "9 أبريل 2021" / "9 نيسان 2021" with either Arabic month series
/// (data/dates/months.tsv). Works on folded text, so Arabic-Indic digits are already ASCII. Kept behind these two
/// functions so the Dates module's parser can replace it.
/// </summary>
internal static class PrintedDateParser
{
    // The month names are the Dates module's table (both series and their spellings), folded like the lines they match.
    // Hijri months are left out (a Hijri date line is not the Gregorian publication date) and so are the ambiguous
    // bare تشرين/كانون, whose month column is not one number.
    static readonly Dictionary<string, int> Months = DataFile.ReadTsv("dates/months.tsv")
        .Where(r => r[2].Trim() != "hijri" && int.TryParse(r[1].Trim(), CultureInfo.InvariantCulture, out _))
        .Select(r => (Name: Marsad.Arabic.ArabicFolding.Fold(r[0].Trim()), Month: int.Parse(r[1].Trim(), CultureInfo.InvariantCulture)))
        .DistinctBy(m => m.Name)
        .ToDictionary(m => m.Name, m => m.Month, StringComparer.Ordinal);

    // One pass over the line finds the first date of any style. No nested quantifiers, so matching is linear and
    // needs no timeout (a timeout fires spuriously on a loaded machine while the compiled pattern is first jitted).
    // Digits are [0-9], not \d, which takes every script's digits (the folded line already has Arabic-Indic digits as
    // ASCII). Years are limited to 1900–2099: a four-digit number outside that is a count, not a year of publication.
    static readonly Regex DatePattern = new(
        @"(?<![0-9])(?:" +
        @"(?<d>[0-9]{1,2})(?<s>[./-])(?<m>[0-9]{1,2})\k<s>(?<y>(?:19|20)[0-9][0-9])" +
        @"|(?<y>(?:19|20)[0-9][0-9])(?<s>[./-])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})" +
        @"|(?<d>[0-9]{1,2})\s*(?:من\s+)?(?<mn>" + MonthAlternation() + @")(?:\s*[/(-]\s*(?:" + MonthAlternation() + @")\s*\)?)?\s*[,،]?\s*(?:سنه\s+|عام\s+)?(?<y>(?:19|20)[0-9][0-9])" +
        @")(?![0-9])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant,
        Regex.InfiniteMatchTimeout);

    /// <summary>Finds the first valid printed date in a folded text.</summary>
    public static bool TryFind(string folded, out PrintedDate date)
    {
        for (var m = DatePattern.Match(folded); m.Success; m = m.NextMatch())
        {
            if (ToDate(m) is { } value)
            {
                date = new PrintedDate(m.Index, m.Length, value);
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>
    /// Parses a date a container states (JSONL "published", TREC &lt;TIME&gt;, HTML datetime): ISO 8601, RFC 1123
    /// ("Fri, 23 Feb 2018 10:37:34 GMT"), or a printed date. The calendar date is taken as stated, in its own offset.
    /// </summary>
    public static bool TryParseStated(string text, out DateOnly value)
    {
        var trimmed = text.Trim();
        // ISO 8601 first: "2021-04-09" or "2021-04-09T10:00:00+03:00" states the date in its first ten characters.
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        // Printed forms next, day first as Arabic pages write them (a culture-neutral parser would read 09.04 as 4 September).
        if (TryFind(FoldedLine.Fold(trimmed).Text, out var printed))
        {
            value = printed.Value;
            return true;
        }

        // RFC 1123 and its variants, as RSS-fed corpora stamp their items.
        if (trimmed.Any(char.IsAsciiLetter) && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp))
        {
            value = DateOnly.FromDateTime(stamp.DateTime);
            return true;
        }

        value = default;
        return false;
    }

    static DateOnly? ToDate(Match m)
    {
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = m.Groups["mn"].Success
            ? Months.GetValueOrDefault(CollapseSpaces(m.Groups["mn"].Value))
            : int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    static string CollapseSpaces(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Longest names first so "كانون الثاني" is tried before a shorter name could match its start.
    static string MonthAlternation() => string.Join('|', Months.Keys
        .OrderByDescending(k => k.Length)
        .Select(k => Regex.Escape(k).Replace("\\ ", @"\s+", StringComparison.Ordinal)));
}
