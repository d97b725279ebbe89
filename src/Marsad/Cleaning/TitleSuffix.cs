namespace Marsad.Cleaning;

/// <summary>
/// Splits "headline | outlet" and "headline - outlet" lines, the way page titles carry the site name after a
/// separator. The suffix counts as the outlet only when the page confirms it: the container names that outlet, the
/// suffix is also printed alone on a line (the site's logo text), or two lines carry the same suffix.
/// </summary>
internal static class TitleSuffix
{
    // Site names follow a pipe or a spaced dash; an unspaced hyphen joins words ("أميركي-عربي") and is no separator.
    static readonly string[] Separators = ["|", " - ", " – ", " — ", " :: "];

    /// <summary>Where the separator starts and where the suffix text starts, when the line has the shape.</summary>
    public static bool TrySplit(PageLine line, out int separatorStart, out int suffixStart)
    {
        separatorStart = suffixStart = -1;
        var text = line.Text;
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > separatorStart)
            {
                separatorStart = at;
                suffixStart = at + separator.Length;
            }
        }

        if (separatorStart <= 0)
        {
            return false;
        }

        var suffix = text.AsSpan(suffixStart).Trim();
        var suffixWords = WordCount(suffix);
        var titleWords = WordCount(text.AsSpan(0, separatorStart));
        while (separatorStart > 0 && char.IsWhiteSpace(text[separatorStart - 1]))
        {
            separatorStart--;
        }

        while (suffixStart < text.Length && char.IsWhiteSpace(text[suffixStart]))
        {
            suffixStart++;
        }

        return suffixWords is >= 1 and <= CleaningThresholds.MaxOutletWords
            && titleWords >= CleaningThresholds.MinTitleWords
            && !PrintedDateParser.TryFind(FoldedLine.Fold(suffix).Text, out _);
    }

    /// <summary>The folded key of a site name, and the same name without a leading article ("الدستور" → "دستور").</summary>
    public static (string Key, string Bare) Keys(string outlet)
    {
        var key = FoldedLine.Fold(outlet).Key;
        var bare = key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 ? key[2..] : key;
        return (key, bare);
    }

    static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            foreach (var c in text[range])
            {
                if (char.IsLetterOrDigit(c))
                {
                    words++;
                    break;
                }
            }
        }

        return words;
    }
}
