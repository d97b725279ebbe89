using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Persistence.Graph;

/// <summary>
/// A global event (a cluster of reports): category, the narrowest date any report gave, place, participants, and
/// its corroboration: reports, articles, independent outlets (copies of one article count once) and the earliest.
/// </summary>
public sealed record EventSummary(
    string Id,
    EventCategory Category,
    DateOnly? From,
    DateOnly? To,
    NamedId? Place,
    ImmutableArray<NamedId> Actors,
    ImmutableArray<NamedId> Recipients,
    int Reports,
    ImmutableArray<string> Articles,
    ImmutableArray<string> Outlets,
    int IndependentOutlets,
    string FirstArticle,
    DateOnly? FirstReported,
    bool BackgroundOnly,
    string Sentence)
{
    /// <summary>The date at its precision: a day, a month (yyyy-MM), a year or a range.</summary>
    public string? Date => (From, To) switch
    {
        ({ } f, { } t) when f == t => f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ({ } f, { } t) when f.Day == 1 && t == f.AddMonths(1).AddDays(-1) => f.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        ({ } f, { } t) when f.DayOfYear == 1 && t == new DateOnly(f.Year, 12, 31) => f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ({ } f, { } t) => $"{f:yyyy-MM-dd}/{t:yyyy-MM-dd}",
        (null, { } t) => $"before {t:yyyy-MM-dd}",
        _ => null,
    };
}
