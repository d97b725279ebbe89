using System.Collections.Immutable;
using Marsad.Cleaning;
using Marsad.Documents;

namespace Marsad.Persistence;

/// <summary>
/// An article as read back from the store, with the layers the store keeps (sentences, dates, numbers, removed
/// spans and the offset map). Tokens are not stored: they are recomputed deterministically from the text.
/// </summary>
public sealed record StoredArticle(
    string Id,
    long InputId,
    int Version,
    string SourceFile,
    int IndexInFile,
    string? Url,
    string? Title,
    string? Outlet,
    string? Author,
    DateOnly? Published,
    string? PublishedText,
    bool PublishedInferred,
    string Text,
    ImmutableArray<RemovedSpan> Removed,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<NumberMention> Numbers,
    OffsetMap Map)
{
    /// <summary>How an inferred publication date was found, and the spans of the text that pinned it.</summary>
    public InferredDate? Inferred { get; init; }

    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>The entities this article's mentions refer to.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ImmutableArray<Relation> Relations { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<NewsEvent> Events { get; init; } = [];

    public ImmutableArray<Quantity> Quantities { get; init; } = [];
}
