namespace Marsad.Documents;

/// <summary>A sentence: its span in the text and the range of tokens it holds.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
