namespace Marsad.CrossDocument;

/// <summary>
/// Time buckets for blocking keys that should only find items close in time: an item is stored under the bucket
/// of its date; a query for items within ±W days looks in the buckets of date − W and date + W, which cover the
/// whole range when buckets are 2W + 1 days wide. Undated items share one bucket of their own.
/// </summary>
public static class TimeBucket
{
    /// <summary>The bucket of undated items.</summary>
    public const long Undated = long.MinValue;

    /// <summary>The bucket an item dated <paramref name="date"/> is stored under, for a window of ±<paramref name="windowDays"/>.</summary>
    public static long Of(DateOnly? date, int windowDays) =>
        date is { } d ? Math.DivRem(d.DayNumber, (2 * windowDays) + 1).Quotient : Undated;

    /// <summary>The buckets to look in for items within ±<paramref name="windowDays"/> of <paramref name="date"/>.</summary>
    public static IReadOnlyList<long> Around(DateOnly? date, int windowDays)
    {
        if (date is not { } d)
        {
            return [Undated];
        }

        var first = Of(d.AddDays(-windowDays), windowDays);
        var last = Of(d.AddDays(windowDays), windowDays);
        return first == last ? [first] : [first, last];
    }
}
