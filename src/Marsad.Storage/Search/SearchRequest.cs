namespace Marsad.Storage.Search;

/// <summary>
/// One search: free text (Arabic in any spelling, or English names), facet filters (values within one facet are
/// alternatives; facets combine with AND), a page and an order. An empty text with filters lists the filtered
/// articles newest first.
/// </summary>
public sealed record SearchRequest(string? Text)
{
    public IReadOnlyList<string> Outlets { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Knowledge-base entity ids (kb:…) of actors the article must mention.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>PLOVER categories (upper case) of events the article must report.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Knowledge-base ids of places the article must mention.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Zero-based page.</summary>
    public int Page { get; init; }

    public int Size { get; init; } = 10;

    /// <summary>Newest first instead of best match first.</summary>
    public bool ByDate { get; init; }

    /// <summary>Cut highlighted snippets (a result page); false when only the hits' ids are wanted (a download).</summary>
    public bool Snippets { get; init; } = true;
}
