using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// A story: the articles about one news development, across outlets and days. Keeps its time span, the lead
/// events of its articles, the events and salient entities they share, and a few recent members to compare new
/// articles with. <see cref="Id"/> is <c>story:</c> + the id of its first article.
/// </summary>
public sealed record StoryProfile(string Id, long Seq)
{
    /// <summary>Members kept for comparison and for choosing the title.</summary>
    public const int MaxRecent = 8;

    /// <summary>Cap on event clusters and entities kept.</summary>
    public const int MaxSet = 32;

    public string? Title { get; init; }

    /// <summary>The article whose title (or first sentence) is the story's title.</summary>
    public string? TitleArticle { get; init; }

    public DateOnly? First { get; init; }

    public DateOnly? Last { get; init; }

    public int Articles { get; init; }

    public ImmutableArray<StoryMember> Recent { get; init; } = [];

    public ImmutableArray<LeadEvent> Leads { get; init; } = [];

    public ImmutableArray<string> Clusters { get; init; } = [];

    /// <summary>Salient entities (global ids) with how many member articles made them salient.</summary>
    public ImmutableArray<WeightedId> Entities { get; init; } = [];
}

/// <summary>A member article as a story keeps it: its date, title and the signature of its terms.</summary>
public sealed record StoryMember(string ArticleId, DateOnly? Date, string? Title, ImmutableArray<uint> Signature, ImmutableArray<ulong> TitleTerms);

/// <summary>The lead event of a member article: the cluster it joined, with what tells it from similar events.</summary>
public sealed record LeadEvent(string ClusterId, EventCategory Category, string? PlaceId, DateWindow Window);

/// <summary>An id with a count.</summary>
public readonly record struct WeightedId(string Id, int Weight);
