using System.Globalization;

namespace Marsad.Entities.Knowledge;

/// <summary>Parses the knowledge base's date ranges (<c>2018</c>, <c>2018-05</c>, <c>2018-05-12</c>; <c>from..to</c>).</summary>
internal static class KbDates
{
    public static bool Covers(DateOnly? from, DateOnly? to, DateOnly? at) =>
        at is not { } day || ((from is null || from <= day) && (to is null || day <= to));

    /// <summary>Parses "from..to", "from.." or "..to"; a lone date means from that date on.</summary>
    public static bool TryParseRange(string text, out DateOnly? from, out DateOnly? to)
    {
        from = null;
        to = null;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        var left = dots < 0 ? text : text[..dots];
        var right = dots < 0 ? "" : text[(dots + 2)..];
        if (left.Length > 0)
        {
            if (!TryParse(left, end: false, out var f))
            {
                return false;
            }

            from = f;
        }

        if (right.Length > 0)
        {
            if (!TryParse(right, end: true, out var t))
            {
                return false;
            }

            to = t;
        }

        return from is null || to is null || from <= to;
    }

    /// <summary>Year or year-month dates widen to the first day (a start) or the last day (an end) they cover.</summary>
    static bool TryParse(string text, bool end, out DateOnly date)
    {
        var inv = CultureInfo.InvariantCulture;
        date = default;
        switch (text.Length)
        {
            case 4 when int.TryParse(text, NumberStyles.None, inv, out var y):
                date = end ? new DateOnly(y, 12, 31) : new DateOnly(y, 1, 1);
                return true;
            case 7 when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m):
                date = end ? m.AddMonths(1).AddDays(-1) : m;
                return true;
            case 10:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out date);
            default:
                return false;
        }
    }
}
