using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Evaluation;

/// <summary>
/// One hand-annotated article of the gold set (eval/gold/*.jsonl, format in eval/README.md): its plain text (the
/// inline markup removed), the entity spans the markup marked, and the facts listed beside it.
/// </summary>
public sealed record GoldArticle(
    string Id,
    string File,
    string Text,
    DateOnly? Published,
    DateOnly? InferredPublished,
    ImmutableArray<GoldEntity> Entities,
    ImmutableArray<GoldRelation> Relations,
    ImmutableArray<GoldQuote> Quotes,
    ImmutableArray<GoldEvent> Events);

/// <summary>An entity span marked <c>[…]{TYPE}</c> in the gold text.</summary>
public sealed record GoldEntity(TextSpan Span, EntityKind Kind, string Surface);

/// <summary>A relation: subject and object are names as written (any surface of the entity), or a role title.</summary>
public sealed record GoldRelation(string Subject, RelationPredicate Predicate, string? Object, string? Role);

/// <summary>A quote: a snippet of its content, and its speaker as a name or a source class.</summary>
public sealed record GoldQuote(string Content, string? Speaker, string? SpeakerClass, bool Direct);

/// <summary>An event: category, date (at the precision given: yyyy, yyyy-MM or yyyy-MM-dd) and place name (or null).</summary>
public sealed record GoldEvent(EventCategory Category, string? Date, string? Place, ImmutableArray<string> Flags);
