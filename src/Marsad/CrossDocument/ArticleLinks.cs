using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// Everything cross-document linking decided for one article: its place in processing order, how its entities,
/// events and quotes map to global ones, its stories, the article it copies (if any), the spellings it used for
/// each global entity, and the global entities it named (for the store's entity table).
/// </summary>
public sealed record ArticleLinks(string ArticleId, long Seq, DateOnly? Date, string? Outlet)
{
    public ImmutableArray<EntityLink> Entities { get; init; } = [];

    public ImmutableArray<EventLink> Events { get; init; } = [];

    public ImmutableArray<QuoteLink> Quotes { get; init; } = [];

    public ImmutableArray<StoryLink> Stories { get; init; } = [];

    /// <summary>The first article of the copy family this article belongs to, or null when it is no copy.</summary>
    public string? DuplicateOf { get; init; }

    public double DuplicateSimilarity { get; init; }

    /// <summary>Distinct (global id, surface as written) pairs.</summary>
    public ImmutableArray<(string GlobalId, string Surface)> Surfaces { get; init; } = [];

    /// <summary>The global entities the article names, as the entity table lists them.</summary>
    public ImmutableArray<Entity> GlobalEntities { get; init; } = [];
}
