using Marsad.Arabic;

namespace Marsad.Dates;

/// <summary>
/// Splits text into <see cref="DateToken"/>s in one pass: Arabic words are folded into a stack buffer and
/// looked up (with proclitics removed when needed), digit runs of any of the three digit sets become
/// numbers, and fixed phrases (كانون الثاني، الحادي والعشرين، أول أمس) are merged into one token.
/// Allocates nothing; the caller provides room for at most <c>text.Length</c> tokens.
/// </summary>
internal static class DateScanner
{
    // Longest digit run whose value is kept; longer runs (phone numbers, ids) are never dates.
    const int MaxValueDigits = 9;

    const char ArabicBlockStart = '\u0600';
    const int ArabicBlockSize = 0x100;

    // What each character of the Arabic block is, and its folded form ('\0' when folding drops it), computed once
    // from ArabicLetters and ArabicFolding so that a word costs one table read per character.
    static readonly CharClass[] Classes = BuildClasses();
    static readonly char[] Folded = BuildFolded();

    enum CharClass : byte { Other, Letter, Mark, Invisible, Digit }

    public static int Scan(ReadOnlySpan<char> text, DateLexicon lexicon, Span<DateToken> tokens)
    {
        var n = 0;
        var flags = DateTokenFlags.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                flags |= DateTokenFlags.BreakBefore | DateTokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                flags |= DateTokenFlags.SpaceBefore;
                i++;
                continue;
            }

            var kind = ClassOf(c);
            if (kind is CharClass.Invisible or CharClass.Mark)
            {
                // Direction marks and stray marks between tokens carry nothing.
                i++;
                continue;
            }

            if (kind == CharClass.Letter)
            {
                i = ScanWord(text, i, lexicon, flags, ref tokens[n]);
            }
            else if (kind == CharClass.Digit || DigitValue(c) >= 0)
            {
                i = ScanNumber(text, i, i, flags, ref tokens[n]);
            }
            else if (char.IsAsciiLetter(c))
            {
                var end = i + 1;
                while (end < text.Length && char.IsAsciiLetter(text[end]))
                {
                    end++;
                }

                tokens[n] = new DateToken(i, end, DateTokenKind.Latin, flags, -1, -1, 0);
                i = end;
            }
            else
            {
                tokens[n] = new DateToken(i, i + 1, DateTokenKind.Punctuation, flags, -1, c, 0);
                i++;
            }

            n++;
            flags = DateTokenFlags.None;
        }

        return MergePhrases(tokens[..n], lexicon);
    }

    /// <summary>0-9 for ASCII, Arabic-Indic and Extended Arabic-Indic digits; -1 otherwise.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    static int ScanWord(ReadOnlySpan<char> text, int start, DateLexicon lexicon, DateTokenFlags flags, ref DateToken token)
    {
        Span<char> folded = stackalloc char[DateLexicon.MaxWordLength];
        var length = 0;
        var tooLong = false;
        var previous = '\0';
        var end = start;
        var lastLetterEnd = start;
        while (end < text.Length)
        {
            var c = text[end];
            var kind = ClassOf(c);
            if (kind is CharClass.Other or CharClass.Digit)
            {
                break;
            }

            end++;
            if (kind == CharClass.Invisible)
            {
                continue;
            }

            lastLetterEnd = end;
            var f = Folded[c - ArabicBlockStart];
            // Same rules as ArabicFolding.Fold: dropped marks vanish and a doubled alef collapses.
            if (f == '\0' || (f == ArabicLetters.Alef && previous == ArabicLetters.Alef))
            {
                continue;
            }

            if (length == folded.Length)
            {
                tooLong = true;
            }
            else
            {
                folded[length++] = f;
            }

            previous = f;
        }

        var word = folded[..length];
        // "الـ16": the article written before digits makes a definite number (في الـ16 من الشهر).
        if (word is [ArabicLetters.Alef, ArabicLetters.Lam] && end < text.Length && DigitValue(text[end]) >= 0)
        {
            return ScanNumber(text, end, start, flags | DateTokenFlags.Definite, ref token);
        }

        var id = -1;
        var coreStart = start;
        if (!tooLong)
        {
            id = lexicon.FindWithClitics(word, out var cliticLength, out var conjunction);
            if (id >= 0 && cliticLength > 0)
            {
                coreStart = RawOffsetOfFolded(text, start, cliticLength);
                flags |= conjunction ? DateTokenFlags.Conjunction : DateTokenFlags.None;
                flags |= cliticLength > (conjunction ? 1 : 0) ? DateTokenFlags.Preposition : DateTokenFlags.None;
            }
        }

        token = new DateToken(coreStart, lastLetterEnd, DateTokenKind.Word, flags, id, -1, 0);
        return end;
    }

    static int ScanNumber(ReadOnlySpan<char> text, int digitsStart, int tokenStart, DateTokenFlags flags, ref DateToken token)
    {
        var end = digitsStart;
        var value = 0;
        while (end < text.Length && DigitValue(text[end]) is var d and >= 0)
        {
            if (end - digitsStart < MaxValueDigits)
            {
                value = (value * 10) + d;
            }

            end++;
        }

        var digits = end - digitsStart;
        token = new DateToken(tokenStart, end, DateTokenKind.Number, flags, -1, digits > MaxValueDigits ? -1 : value, digits);
        return end;
    }

    static CharClass ClassOf(char c)
    {
        var offset = (uint)(c - ArabicBlockStart);
        if (offset < ArabicBlockSize)
        {
            return Classes[offset];
        }

        return ArabicLetters.IsInvisibleFormat(c) ? CharClass.Invisible : CharClass.Other;
    }

    static CharClass[] BuildClasses()
    {
        var classes = new CharClass[ArabicBlockSize];
        for (var k = 0; k < ArabicBlockSize; k++)
        {
            var c = (char)(ArabicBlockStart + k);
            classes[k] = c switch
            {
                _ when ArabicLetters.IsArabicLetter(c) => CharClass.Letter,
                _ when ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel => CharClass.Mark,
                _ when ArabicLetters.IsInvisibleFormat(c) => CharClass.Invisible,
                _ when DigitValue(c) >= 0 => CharClass.Digit,
                _ => CharClass.Other,
            };
        }

        return classes;
    }

    static char[] BuildFolded()
    {
        var folded = new char[ArabicBlockSize];
        for (var k = 0; k < ArabicBlockSize; k++)
        {
            folded[k] = ArabicFolding.FoldLetter((char)(ArabicBlockStart + k));
        }

        return folded;
    }

    /// <summary>The text offset where folded letter number <paramref name="foldedIndex"/> of a word starts.</summary>
    static int RawOffsetOfFolded(ReadOnlySpan<char> text, int start, int foldedIndex)
    {
        var seen = 0;
        var i = start;
        while (i < text.Length && seen < foldedIndex)
        {
            if (ArabicFolding.FoldLetter(text[i]) != '\0')
            {
                seen++;
            }

            i++;
        }

        // Skip marks that belong to the removed clitic (وَالثلاثاء: the fatha stays with و).
        while (i < text.Length && ArabicFolding.FoldLetter(text[i]) == '\0')
        {
            i++;
        }

        return i;
    }

    static int MergePhrases(Span<DateToken> tokens, DateLexicon lexicon)
    {
        var write = 0;
        for (var read = 0; read < tokens.Length; read++)
        {
            var token = tokens[read];
            if (token is { Kind: DateTokenKind.Word, Id: >= 0 })
            {
                foreach (var phrase in lexicon.PhrasesStartingWith(token.Id))
                {
                    if (Matches(tokens, read, phrase.Tail))
                    {
                        var last = tokens[read + phrase.Tail.Length];
                        token = token with { End = last.End, Id = phrase.EntryId };
                        read += phrase.Tail.Length;
                        break;
                    }
                }
            }

            tokens[write++] = token;
        }

        return write;
    }

    static bool Matches(ReadOnlySpan<DateToken> tokens, int head, int[] tail)
    {
        if (head + tail.Length >= tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < tail.Length; k++)
        {
            var t = tokens[head + 1 + k];
            // Phrase words are separated by spaces only and carry no clitics of their own.
            if (t.Kind != DateTokenKind.Word || t.Id != tail[k] || t.Is(DateTokenFlags.BreakBefore)
                || !t.Is(DateTokenFlags.SpaceBefore) || t.Is(DateTokenFlags.Conjunction | DateTokenFlags.Preposition))
            {
                return false;
            }
        }

        return true;
    }
}
