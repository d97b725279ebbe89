using Marsad.Documents;

namespace Marsad.Persistence.Graph;

/// <summary>A global entity with how widely it is reported: articles and outlets naming it, first and last seen.</summary>
public sealed record ActorSummary(
    string Id,
    EntityKind Kind,
    string Name,
    string? NameEn,
    bool InKnowledgeBase,
    int Articles,
    int Outlets,
    DateOnly? FirstSeen,
    DateOnly? LastSeen)
{
    public NamedId Named => new(Id, Name, NameEn);
}
