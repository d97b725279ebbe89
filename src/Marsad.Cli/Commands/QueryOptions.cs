using System.CommandLine;
using System.Globalization;
using Marsad.Documents;

namespace Marsad.Cli.Commands;

/// <summary>
/// Options the cross-document commands share (date range, limit, category) and their parsing into query values,
/// each bad value turned into one clear error line instead of a stack trace.
/// </summary>
internal static class QueryOptions
{
    public static Option<string?> From() => new("--from")
    {
        Description = "Only what happened (or was reported) on or after this date: yyyy-MM-dd, yyyy-MM or yyyy.",
        HelpName = "DATE",
    };

    public static Option<string?> To() => new("--to")
    {
        Description = "Only what happened (or was reported) on or before this date: yyyy-MM-dd, yyyy-MM or yyyy.",
        HelpName = "DATE",
    };

    public static Option<int> Limit(int fallback) => new("--limit")
    {
        Description = $"Show at most this many (default {fallback}).",
        DefaultValueFactory = _ => fallback,
        HelpName = "N",
    };

    /// <summary>
    /// Reads --from/--to: a day, or a month or year, which stands for its first day in --from and its last day in
    /// --to (so --from 2021-04 --to 2021-04 is the whole of April). Null range ends mean open.
    /// </summary>
    public static bool TryRange(ParseResult result, Option<string?> from, Option<string?> to, CliConsole console, out DateOnly? start, out DateOnly? end)
    {
        end = null;
        if (!TryDate(result.GetValue(from), upper: false, out start))
        {
            console.Error.WriteLine($"error: --from {result.GetValue(from)}: not a date (use yyyy-MM-dd, yyyy-MM or yyyy)");
            return false;
        }

        if (!TryDate(result.GetValue(to), upper: true, out end))
        {
            console.Error.WriteLine($"error: --to {result.GetValue(to)}: not a date (use yyyy-MM-dd, yyyy-MM or yyyy)");
            return false;
        }

        if (start is { } s && end is { } e && e < s)
        {
            console.Error.WriteLine($"error: --to {e:yyyy-MM-dd} is before --from {s:yyyy-MM-dd}");
            return false;
        }

        return true;
    }

    /// <summary>Reads PLOVER category names (comma-separated, any case): ASSAULT,threaten.</summary>
    public static bool TryCategories(string? text, CliConsole console, out IReadOnlyCollection<EventCategory>? categories)
    {
        categories = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var list = new List<EventCategory>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<EventCategory>(name, ignoreCase: true, out var category) || int.TryParse(name, out _))
            {
                var known = string.Join(", ", Enum.GetValues<EventCategory>().Select(FactNames.Of));
                console.Error.WriteLine($"error: --category {name}: not a category (one of {known})");
                return false;
            }

            list.Add(category);
        }

        categories = list;
        return true;
    }

    static bool TryDate(string? text, bool upper, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        if (DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && t.Length == 7)
        {
            date = upper ? month.AddMonths(1).AddDays(-1) : month;
            return true;
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            date = upper ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        return false;
    }
}
