using Marsad.CrossDocument;

namespace Marsad.Tests.CrossDocument;

/// <summary>Links hand-built articles in order against a fresh in-memory state, as one rebuild would.</summary>
internal static class Linking
{
    /// <summary>The shipped linker (pure and stateless between calls, so one instance serves every test).</summary>
    public static CrossDocumentLinker Linker { get; } = CrossDocumentLinker.CreateDefault();

    public static IReadOnlyList<ArticleLinks> Link(params DigestBuilder[] articles) => Link(new LinkState(), articles);

    public static IReadOnlyList<ArticleLinks> Link(LinkState state, params DigestBuilder[] articles) =>
        [.. articles.Select(a => Linker.Link(a.Build(), state))];

    /// <summary>The global id an article-local entity was resolved to.</summary>
    public static string Global(this ArticleLinks links, string localId) => links.Entities.Single(e => e.LocalId == localId).GlobalId;

    /// <summary>The cluster of the article's <paramref name="n"/>-th event (1-based, in text order).</summary>
    public static string Cluster(this ArticleLinks links, int n) => links.Events.Single(e => e.EventId == $"{links.ArticleId}/ev{n}").ClusterId;

    public static IEnumerable<string> StoryIds(this ArticleLinks links) => links.Stories.Select(s => s.StoryId);
}
