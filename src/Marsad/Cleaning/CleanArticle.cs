using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Cleaning;

/// <summary>
/// One article recovered from a page: clean text, what the page says about it, what was removed and why,
/// and the map from every clean character back to the raw page.
/// </summary>
public sealed record CleanArticle(
    string Text,
    OffsetMap Map,
    ArticleSource Source,
    ImmutableArray<RemovedSpan> Removed);
