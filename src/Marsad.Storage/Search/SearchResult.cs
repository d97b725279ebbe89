namespace Marsad.Storage.Search;

/// <summary>
/// A page of search hits with the facet counts of the whole result set, the English names the query was expanded
/// with, and the state of the index (so a search over an index that is behind its store says so).
/// </summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    IReadOnlyList<NameExpansion> Expansions,
    IndexState Index);

/// <summary>One matching article, with highlighted snippets of its title and text.</summary>
public sealed record SearchHit(string Id, string? Outlet, DateOnly? Published, float Score, IReadOnlyList<SnippetPart> Title, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A piece of snippet text; <see cref="Hit"/> marks the words that matched. Text is raw, never markup.</summary>
public sealed record SnippetPart(string Text, bool Hit);

/// <summary>Facet values and how many matching articles carry each, most frequent first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Outlets,
    IReadOnlyList<FacetCount> Months,
    IReadOnlyList<FacetCount> Actors,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Places);

/// <summary>A facet value (an id, an outlet name, a PLOVER category, a month yyyy-MM), its label and count.</summary>
public sealed record FacetCount(string Value, string Label, int Count, string? LabelEn = null);

/// <summary>A query phrase that was recognised as a knowledge-base name, and the entity it was expanded to.</summary>
public sealed record NameExpansion(string Phrase, string EntityId, string NameAr, string NameEn);

/// <summary>
/// How the index stands against its store: the articles it holds, and whether it is behind (an update is running or
/// failed). <see cref="Error"/> says why an update failed.
/// </summary>
public sealed record IndexState(int Articles, bool Stale, bool Updating, string? Error = null);
