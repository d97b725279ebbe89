using System.Collections.Immutable;

namespace Marsad.Documents;

/// <summary>
/// One clean article and the typed layers that stages add to it. <see cref="Text"/> is never rewritten:
/// stages add layers with spans into it (half-open UTF-16 offsets), and folded forms live in the layers.
/// </summary>
public sealed record Document(string Id, ArticleSource Source, string Text)
{
    public ImmutableArray<Token> Tokens { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<NumberMention> Numbers { get; init; } = [];

    public ImmutableArray<DateMention> Dates { get; init; } = [];

    /// <summary>Entity mentions, sorted and non-overlapping (overlaps are settled by source precedence).</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>The entities the mentions refer to, one per id.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ImmutableArray<Relation> Relations { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<NewsEvent> Events { get; init; } = [];

    /// <summary>Every counted thing of the article (weapons, troops, missiles, ranges), also listed on its events.</summary>
    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    /// <summary>The publication date inferred from the text when the page prints none, with the sentences used.</summary>
    public InferredDate? InferredPublished { get; init; }

    /// <summary>The anchor that relative dates resolve against: the printed publication date, else the inferred one.</summary>
    public DateOnly? Anchor => Source.Published ?? InferredPublished?.Date;

    public string this[TextSpan span] => Text[span.Start..span.End];
}
