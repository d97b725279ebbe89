using Marsad.Documents;

namespace Marsad.Persistence.Graph;

/// <summary>
/// Filters for graph queries: a date range (events by their date, relations by their article's date), categories,
/// an actor (global id), places (knowledge-base ids; the caller adds sub-places), a story, whether background-only events
/// count, a limit, and the entity kinds an actor list keeps.
/// </summary>
public sealed record GraphQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyCollection<EventCategory>? Categories = null,
    string? Actor = null,
    IReadOnlyCollection<string>? Places = null,
    string? Story = null,
    bool IncludeBackground = false,
    int Limit = 200,
    IReadOnlyCollection<EntityKind>? Kinds = null)
{
    public static GraphQuery All { get; } = new(Limit: int.MaxValue);
}
