namespace Marsad.Documents;

/// <summary>
/// Half-open range [Start, End) of UTF-16 indices into a text (an article's <see cref="Document.Text"/>
/// unless stated otherwise). End is exclusive, so <c>text[span.Start..span.End]</c> is the covered text.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start},{End})";
}
