using Marsad.Arabic;

namespace Marsad.Cleaning;

/// <summary>
/// A line folded for matching (<see cref="ArabicFolding"/>, whitespace runs collapsed to one space, trimmed) with,
/// for every folded character, the index of the line character it came from, so a match on the folded copy can be
/// handed back as the original, unfolded text. <see cref="Key"/> is the folded text without leading and trailing
/// punctuation: the form whole-line and prefix rules compare.
/// </summary>
internal sealed class FoldedLine
{
    readonly int[] _source;

    FoldedLine(string text, int[] source, int keyStart, int keyEnd)
    {
        Text = text;
        _source = source;
        KeyStart = keyStart;
        Key = text[keyStart..keyEnd];
    }

    /// <summary>The folded line, single-spaced and trimmed.</summary>
    public string Text { get; }

    /// <summary>The folded line without leading and trailing punctuation or symbols.</summary>
    public string Key { get; }

    /// <summary>Where <see cref="Key"/> starts in <see cref="Text"/>.</summary>
    public int KeyStart { get; }

    /// <summary>The range of the original line that folded characters [start, end) came from.</summary>
    public (int Start, int End) SourceRange(int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart)
        {
            var at = foldedStart < _source.Length ? _source[foldedStart] : _source[^1];
            return (at, at);
        }

        return (_source[foldedStart], _source[foldedEnd - 1] + 1);
    }

    public static FoldedLine Fold(ReadOnlySpan<char> line)
    {
        var buffer = new char[line.Length + 8];
        var source = new int[line.Length + 8];
        var n = 0;
        var previous = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                // Collapse every whitespace run (tabs, NBSP, doubled spaces) to one space; none at the start.
                if (n > 0 && buffer[n - 1] != ' ')
                {
                    Append(ref buffer, ref source, ref n, ' ', i);
                }

                previous = ' ';
                continue;
            }

            if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE')
            {
                // Presentation forms decompose (lam-alef into two letters): every piece maps to the one glyph. One
                // BMP character always normalizes; a noncharacter of the block comes back unchanged.
                foreach (var f in c.ToString().Normalize(System.Text.NormalizationForm.FormKC))
                {
                    AppendFolded(ref buffer, ref source, ref n, ArabicFolding.FoldLetter(f), i, ref previous);
                }

                continue;
            }

            AppendFolded(ref buffer, ref source, ref n, ArabicFolding.FoldLetter(c), i, ref previous);
        }

        if (n > 0 && buffer[n - 1] == ' ')
        {
            n--;
        }

        var text = new string(buffer, 0, n);
        source[n] = n == 0 ? 0 : source[n - 1] + 1;
        var keyStart = 0;
        var keyEnd = n;
        while (keyStart < keyEnd && !char.IsLetterOrDigit(text[keyStart]))
        {
            keyStart++;
        }

        while (keyEnd > keyStart && !char.IsLetterOrDigit(text[keyEnd - 1]))
        {
            keyEnd--;
        }

        return new FoldedLine(text, source, keyStart, keyEnd);
    }

    static void AppendFolded(ref char[] buffer, ref int[] source, ref int n, char folded, int from, ref char previous)
    {
        // Same rules as ArabicFolding.Fold: dropped marks vanish, a doubled alef collapses.
        if (folded == '\0' || (folded == ArabicLetters.Alef && previous == ArabicLetters.Alef))
        {
            return;
        }

        Append(ref buffer, ref source, ref n, folded, from);
        previous = folded;
    }

    static void Append(ref char[] buffer, ref int[] source, ref int n, char c, int from)
    {
        if (n + 1 >= buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
            Array.Resize(ref source, source.Length * 2);
        }

        buffer[n] = c;
        source[n] = from;
        n++;
    }
}
