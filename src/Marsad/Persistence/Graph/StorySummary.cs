using System.Collections.Immutable;

namespace Marsad.Persistence.Graph;

/// <summary>A story: its extractive title, time span and member articles (primary or secondary, copies marked).</summary>
public sealed record StorySummary(string Id, string? Title, DateOnly? First, DateOnly? Last, ImmutableArray<StoryArticle> Articles)
{
    public int Outlets => Articles.Select(a => a.Article.Outlet ?? a.Article.Id).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>An article in a story.</summary>
public sealed record StoryArticle(SourceArticle Article, bool Primary, double Score, string Reasons);
