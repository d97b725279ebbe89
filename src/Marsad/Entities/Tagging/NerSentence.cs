namespace Marsad.Entities.Tagging;

/// <summary>
/// One sentence of a NER corpus: its tokens and, when the corpus is annotated, one IOB2 tag per token
/// (<c>B-PERS</c>, <c>I-LOC</c>, <c>O</c>…). <see cref="Tags"/> is null for raw text to be tagged.
/// </summary>
/// <param name="Tokens">Surface tokens as written (clitics attached, e.g. <c>وبغداد</c>).</param>
/// <param name="Tags">Gold IOB2 tags, same length as <paramref name="Tokens"/>, or null.</param>
public sealed record NerSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string>? Tags = null)
{
    public int Count => Tokens.Count;
}
