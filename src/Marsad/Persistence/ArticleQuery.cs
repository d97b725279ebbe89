namespace Marsad.Persistence;

/// <summary>Which stored articles to read. By default only the current version of each input path.</summary>
/// <param name="AllVersions">Also read articles of superseded versions of a path.</param>
/// <param name="ArticleId">Only this article.</param>
public sealed record ArticleQuery(bool AllVersions = false, string? ArticleId = null)
{
    public static ArticleQuery Current { get; } = new();
}
