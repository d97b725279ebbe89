using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Tokenization;

namespace Marsad.Numbers;

/// <summary>
/// The tokens of one document as <see cref="NumberFinder"/> walks them: which may be read (not inside a date)
/// and which join the token before them into one phrase (no line break between).
/// </summary>
readonly struct TokenRun(string text, ImmutableArray<Token> tokens, bool[]? blocked)
{
    public ImmutableArray<Token> Tokens { get; } = tokens;

    public int Length => Tokens.Length;

    /// <summary>True when token <paramref name="j"/> lies inside a date and must not be read as a number.</summary>
    public bool IsBlocked(int j) => blocked is not null && blocked[j];

    /// <summary>True when token <paramref name="j"/> (j ≥ 1) can continue a phrase begun before it.</summary>
    public bool Joins(int j) => !IsBlocked(j) && !CharClasses.HasLineBreak(text, Tokens[j - 1].Span.End, Tokens[j].Span.Start);
}
