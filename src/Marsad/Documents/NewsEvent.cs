using System.Collections.Immutable;

namespace Marsad.Documents;

/// <summary>
/// One event coded to PLOVER: what (category, modes, contexts), who (actors and recipients: entity ids or source
/// classes such as <c>unidentified-gunmen</c>), when (resolved date with its precision and the rule), where (a
/// knowledge-base place), how many (dead, injured, quantities) and how it is asserted (flags). <see cref="Span"/>
/// is the sentence it was read from, <see cref="Trigger"/> the word that signalled it.
/// </summary>
public sealed record NewsEvent(
    string Id,
    EventCategory Category,
    TextSpan Span,
    TextSpan Trigger)
{
    public ImmutableArray<string> Modes { get; init; } = [];

    public ImmutableArray<string> Contexts { get; init; } = [];

    public ImmutableArray<string> Actors { get; init; } = [];

    public ImmutableArray<string> Recipients { get; init; } = [];

    public DateOnly? Date { get; init; }

    public DateOnly? DateEnd { get; init; }

    public DatePrecision DatePrecision { get; init; } = DatePrecision.Unresolved;

    /// <summary>How the date was found: a date in the sentence, the article's date, or nothing.</summary>
    public string? DateRule { get; init; }

    /// <summary>Knowledge-base id of the place, when resolved.</summary>
    public string? PlaceId { get; init; }

    public TextSpan? PlaceSpan { get; init; }

    public int? Dead { get; init; }

    public int? Injured { get; init; }

    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    public EventFlags Flags { get; init; }
}
