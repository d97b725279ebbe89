using System.Collections.Immutable;

namespace Marsad.Documents;

/// <summary>
/// An entity a document mentions: a knowledge-base entry (with its English name and Wikidata id) or an entity
/// found in this article only (<see cref="InKnowledgeBase"/> false). <see cref="Name"/> is the canonical Arabic
/// name (the fullest form the article or the knowledge base gives).
/// </summary>
public sealed record Entity(
    string Id,
    EntityKind Kind,
    string Name,
    string? NameEn = null,
    string? Wikidata = null,
    bool InKnowledgeBase = false)
{
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>PLOVER-style sector code where known (GOV, MIL, PRM, REB, PTY, MED, IGO …).</summary>
    public string? Sector { get; init; }

    /// <summary>ISO 3166 alpha-3 country the entity belongs to, where known.</summary>
    public string? Country { get; init; }

    /// <summary>Coordinates for places.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
