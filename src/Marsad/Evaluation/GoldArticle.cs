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
    ImmutableArray<GoldEvent> Events)
{
    /// <summary>The outlet that "published" this version (cross-document scoring: copies and corroboration).</summary>
    public string? Outlet { get; init; }

    /// <summary>Shared by every article about the same story (B-cubed of stories).</summary>
    public string? Story { get; init; }
}

/// <summary>An entity span marked <c>[…]{TYPE}</c> in the gold text.</summary>
public sealed record GoldEntity(TextSpan Span, EntityKind Kind, string Surface);

/// <summary>A relation: subject and object are names as written (any surface of the entity), or a role title.</summary>
public sealed record GoldRelation(string Subject, RelationPredicate Predicate, string? Object, string? Role);

/// <summary>A quote: a snippet of its content, and its speaker as a name or a source class.</summary>
public sealed record GoldQuote(string Content, string? Speaker, string? SpeakerClass, bool Direct);

/// <summary>An event: category, date (at the precision given: yyyy, yyyy-MM or yyyy-MM-dd) and place name (or null).</summary>
public sealed record GoldEvent(EventCategory Category, string? Date, string? Place, ImmutableArray<string> Flags)
{
    /// <summary>Shared by every report of the same real-world event (B-cubed of event coreference).</summary>
    public string? Cluster { get; init; }

    /// <summary>Actor and recipient names as written (extras the aligner uses).</summary>
    public ImmutableArray<string> Actors { get; init; } = [];

    public ImmutableArray<string> Recipients { get; init; } = [];
}
