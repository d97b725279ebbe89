using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Tests.Entities.Knowledge;

/// <summary>
/// A tiny stand-in for the real tokenizer, for the knowledge-base tests only: words are runs of letters and
/// digits, every other non-space character is a token of its own, and proclitics are split greedily (و/ف, then
/// ب/ل/ك, then ال, or لل for ل + ال) when at least two letters remain.
/// </summary>
internal static class TestTokens
{
    const int MinRemainingLetters = 2;

    public static Document Document(string text) =>
        new("test", new ArticleSource("test.txt", 0), text) { Tokens = Tokenize(text) };

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || ArabicLetters.IsInvisibleFormat(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            var folded = ArabicFolding.Fold(text.AsSpan(start, i - start));
            if (folded.Length == 0)
            {
                continue;
            }

            var prefix = Proclitics(folded);
            tokens.Add(new Token(new TextSpan(start, i), folded, folded[prefix.Length..], prefix));
        }

        return tokens.ToImmutable();
    }

    static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel;

    static string Proclitics(string word)
    {
        var n = 0;
        if (n < word.Length && word[n] is 'و' or 'ف' && word.Length - n - 1 >= MinRemainingLetters + 1)
        {
            n++;
        }

        if (word.AsSpan(n).StartsWith("لل") && word.Length - n - 2 >= MinRemainingLetters)
        {
            return word[..(n + 2)];
        }

        if (n < word.Length && word[n] is 'ب' or 'ل' or 'ك' && word.Length - n - 1 >= MinRemainingLetters + 1)
        {
            n++;
        }

        if (word.AsSpan(n).StartsWith("ال") && word.Length - n - 2 >= MinRemainingLetters)
        {
            n += 2;
        }

        return word[..n];
    }
}
