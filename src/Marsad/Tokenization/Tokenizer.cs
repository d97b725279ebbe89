using System.Buffers;
using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Pipeline;
using static Marsad.Arabic.ArabicLetters;
using static Marsad.Tokenization.CharClasses;

namespace Marsad.Tokenization;

/// <summary>
/// Cuts <see cref="Document.Text"/> into tokens: Arabic words (letters, diacritics, tatweel and in-word ZWNJ/ZWJ
/// stay together), other-script words (letters and digits: CNN, G20), numbers (any digit system, with a decimal
/// point and thousands groups: 2.5, ٢٫٥, 4,500, ٤٬٥٠٠), a run of dots as one ellipsis, and every other mark as its
/// own token. White space and stray invisible marks separate tokens and belong to none. Each token gets its
/// folded form, its folded proclitics (<see cref="CliticSplitter"/>) and its light stem (<see cref="LightStemmer"/>).
/// The text is never changed; tokens are sorted, non-empty and never overlap.
/// </summary>
public sealed class Tokenizer : IStage
{
    // Arabic news copy averages about five UTF-16 characters per token (word plus space, punctuation); sizing the
    // buffer a little above that avoids regrowth.
    const int CharsPerTokenEstimate = 4;

    // Digits in a thousands group: 4,500 and ٤٬٥٠٠; "2019,2020" or "1,5" are two numbers and a comma.
    const int ThousandsGroupDigits = 3;

    // Folded single characters below U+0700 (ASCII, Arabic block) are shared strings, not one allocation per mark.
    static readonly string[] SingleChars = BuildSingleChars();

    // Which characters of the Arabic block (U+0600-U+06FF) folding leaves as they are.
    const char ArabicBlockStart = '\u0600';
    static readonly bool[] FoldsToItself = BuildFoldsToItself();

    public Layer Requires => Layer.None;

    public Layer Provides => Layer.Tokens;

    public Document Run(Document doc) => doc with { Tokens = Tokenize(doc.Text) };

    /// <summary>Tokenizes any text without a <see cref="Document"/> (for a single sentence, a query, a name).</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        // Tokens collect in a pooled buffer and are copied once into the immutable result.
        var buffer = ArrayPool<Token>.Shared.Rent(text.Length / CharsPerTokenEstimate + 16);
        var count = 0;
        try
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsSeparator(c))
                {
                    i++;
                    continue;
                }

                var end = ScanToken(text, i, c, out var arabic);
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = arabic ? ArabicToken(text, i, end) : OtherToken(text, i, end);
                i = end;
            }

            return ImmutableArray.Create(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>The end (exclusive) of the token that starts at <paramref name="start"/>.</summary>
    static int ScanToken(string text, int start, char c, out bool arabic)
    {
        arabic = false;
        if (IsArabicWordChar(c))
        {
            arabic = true;
            return ScanArabicWord(text, start);
        }

        if (IsDigit(c))
        {
            return ScanNumber(text, start);
        }

        if (char.IsLetter(c))
        {
            return ScanOtherWord(text, start);
        }

        if (c == '.')
        {
            // "..." is one ellipsis mark, not three full stops.
            var j = start + 1;
            while (j < text.Length && text[j] == '.')
            {
                j++;
            }

            return j;
        }

        // A surrogate pair (emoji, supplementary letters) is one token; a lone surrogate is a token of its own.
        return char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? start + 2 : start + 1;
    }

    static int ScanArabicWord(string text, int start)
    {
        var j = start + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (IsArabicWordChar(c))
            {
                j++;
                continue;
            }

            // ZWNJ, ZWJ and directional marks inside a word are typesetting, not a break: keep them when the word goes on.
            if (IsInvisibleFormat(c))
            {
                var k = j + 1;
                while (k < text.Length && IsInvisibleFormat(text[k]))
                {
                    k++;
                }

                if (k < text.Length && IsArabicWordChar(text[k]))
                {
                    j = k + 1;
                    continue;
                }
            }

            break;
        }

        return j;
    }

    static int ScanOtherWord(string text, int start)
    {
        var j = start + 1;
        while (j < text.Length && !IsArabicWordChar(text[j])
               && (char.IsLetterOrDigit(text[j]) || char.GetUnicodeCategory(text[j]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            j++;
        }

        return j;
    }

    static int ScanNumber(string text, int start)
    {
        var j = SkipDigits(text, start);

        // Right after "18." the digits are the next part of a dotted date or version, which takes no decimal point.
        var sawDecimal = start >= 2 && IsDecimalSeparator(text[start - 1]) && IsDigit(text[start - 2]);
        while (j + 1 < text.Length && IsDigit(text[j + 1]))
        {
            var separator = text[j];
            if (!sawDecimal && IsDecimalSeparator(separator))
            {
                var fractionEnd = SkipDigits(text, j + 1);
                if (fractionEnd + 1 < text.Length && text[fractionEnd] == separator && IsDigit(text[fractionEnd + 1]))
                {
                    // 18.01.2025 or 1.2.3: a dotted date or version, not a decimal; each part is its own number.
                    break;
                }

                sawDecimal = true;
                j = fractionEnd;
            }
            else if (!sawDecimal && IsThousandsSeparator(separator) && SkipDigits(text, j + 1) - (j + 1) == ThousandsGroupDigits)
            {
                j += 1 + ThousandsGroupDigits;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    static int SkipDigits(string text, int j)
    {
        while (j < text.Length && IsDigit(text[j]))
        {
            j++;
        }

        return j;
    }

    static Token ArabicToken(string text, int start, int end)
    {
        var surface = text.AsSpan(start, end - start);
        var folded = IsAlreadyFolded(surface) ? new string(surface) : ArabicFolding.Fold(surface);
        var prefixLength = CliticSplitter.PrefixLength(folded, surface, out var proclitics);
        var prefix = CliticSplitter.PrefixOf(proclitics);
        return new Token(new TextSpan(start, end), folded, LightStemmer.Stem(folded, prefixLength), prefix);
    }

    static Token OtherToken(string text, int start, int end)
    {
        string folded;
        if (end - start == 1 && text[start] < SingleChars.Length)
        {
            folded = SingleChars[text[start]];
        }
        else
        {
            folded = ArabicFolding.Fold(text.AsSpan(start, end - start));
        }

        return new Token(new TextSpan(start, end), folded, folded, string.Empty);
    }

    /// <summary>
    /// True when <see cref="ArabicFolding.Fold(ReadOnlySpan{char})"/> would return the word unchanged: every letter
    /// folds to itself (the table below is computed from <see cref="ArabicFolding.FoldLetter"/>) and no alef follows
    /// an alef. Most news words are plain letters, and this check is cheaper than folding them.
    /// </summary>
    static bool IsAlreadyFolded(ReadOnlySpan<char> word)
    {
        var previous = '\0';
        foreach (var c in word)
        {
            if ((uint)(c - ArabicBlockStart) >= (uint)FoldsToItself.Length || !FoldsToItself[c - ArabicBlockStart] || (c == Alef && previous == Alef))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    static bool[] BuildFoldsToItself()
    {
        var table = new bool[0x100];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(ArabicBlockStart + i);
            table[i] = ArabicFolding.FoldLetter(c) == c;
        }

        return table;
    }

    static string[] BuildSingleChars()
    {
        var strings = new string[0x700];
        for (var c = 0; c < strings.Length; c++)
        {
            var folded = ArabicFolding.FoldLetter((char)c);
            strings[c] = folded == '\0' ? string.Empty : folded.ToString();
        }

        return strings;
    }
}
