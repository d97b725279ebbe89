namespace Marsad.Storage.Search;

/// <summary>What the search index keeps of one article: its text for matching and snippets, and its facet values.</summary>
public sealed record IndexedArticle(
    string Id,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string Text,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Places);
