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

    /// <summary>The anchor that relative dates resolve against: the printed publication date, when there is one.</summary>
    public DateOnly? Anchor => Source.Published;

    public string this[TextSpan span] => Text[span.Start..span.End];
}
