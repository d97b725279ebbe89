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
    OffsetMap Map);
