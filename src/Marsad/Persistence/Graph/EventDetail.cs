using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Persistence.Graph;

/// <summary>A global event with every report of it, each source's own figures, and where the sources disagree.</summary>
public sealed record EventDetail(EventSummary Event, ImmutableArray<EventReport> Reports)
{
    /// <summary>Disagreements between independent reports: dates, dead, injured (each value with the outlets giving it).</summary>
    public ImmutableArray<string> Disagreements { get; init; } = [];
}

/// <summary>One report of an event as its article gave it.</summary>
public sealed record EventReport(
    string EventId,
    SourceArticle Article,
    string? Date,
    DatePrecision Precision,
    int? Dead,
    int? Injured,
    EventFlags Flags,
    string Sentence,
    int Start,
    int End,
    double Score,
    string Reasons);
