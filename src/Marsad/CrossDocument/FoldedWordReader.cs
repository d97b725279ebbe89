using Marsad.Arabic;

namespace Marsad.CrossDocument;

/// <summary>
/// Reads the words of a text folded for matching (ArabicFolding, doubled alef collapsed) without allocating:
/// each word is a run of letters and digits; diacritics and tatweel inside a word are dropped by folding. Words
/// longer than the buffer are cut (names and content words are far shorter than <see cref="MaxWordLength"/>).
/// </summary>
public ref struct FoldedWordReader(ReadOnlySpan<char> text, Span<char> buffer)
{
    /// <summary>Buffer length callers should give: longer words are compared on their first letters only.</summary>
    public const int MaxWordLength = 48;

    readonly ReadOnlySpan<char> _text = text;
    readonly Span<char> _buffer = buffer;
    int _at;

    /// <summary>Where the last word returned starts in the text.</summary>
    public int WordStart { get; private set; }

    /// <summary>Advances to the next word; false at the end of the text.</summary>
    public bool Next(out ReadOnlySpan<char> word)
    {
        while (_at < _text.Length)
        {
            if (!IsWordChar(_text[_at]))
            {
                _at++;
                continue;
            }

            WordStart = _at;
            var n = 0;
            var previous = '\0';
            while (_at < _text.Length && (IsWordChar(_text[_at]) || IsInsideWordMark(_text[_at])))
            {
                var folded = ArabicFolding.FoldLetter(_text[_at]);
                _at++;
                // A doubled alef only occurs in transliterations (قاآني): collapse it as ArabicFolding does.
                if (folded == '\0' || (folded == ArabicLetters.Alef && previous == ArabicLetters.Alef) || n == _buffer.Length)
                {
                    continue;
                }

                _buffer[n++] = folded;
                previous = folded;
            }

            if (n > 0)
            {
                word = _buffer[..n];
                return true;
            }
        }

        word = default;
        return false;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !ArabicLetters.IsDiacritic(c);

    // Diacritics, tatweel and invisible joiners sit inside words and must not split them.
    static bool IsInsideWordMark(char c) => ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel || ArabicLetters.IsInvisibleFormat(c);
}
