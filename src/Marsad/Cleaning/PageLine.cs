using Marsad.Documents;

namespace Marsad.Cleaning;

/// <summary>
/// One paragraph of a page as the cleaner sees it: its text as printed (a trimmed raw line of a text page, or a
/// paragraph extracted from HTML), the segments that map each of its characters to the raw page (offsets relative to
/// the line start on the clean side, absolute on the raw side), its raw extent, and its folded copy for matching.
/// </summary>
internal sealed class PageLine
{
    FoldedLine? _folded;

    public PageLine(string text, OffsetSegment[] segments, TextSpan rawSpan)
    {
        Text = text;
        Segments = segments;
        RawSpan = rawSpan;
        Words = CountWords(text);
    }

    /// <summary>A line copied verbatim from the raw text at <paramref name="rawStart"/>.</summary>
    public static PageLine Copied(string raw, int rawStart, int rawEnd) =>
        new(raw[rawStart..rawEnd], [new OffsetSegment(0, rawEnd - rawStart, rawStart, rawEnd - rawStart)], new TextSpan(rawStart, rawEnd));

    public string Text { get; }

    public OffsetSegment[] Segments { get; }

    public TextSpan RawSpan { get; }

    /// <summary>Whitespace-separated words that hold a letter or a digit.</summary>
    public int Words { get; }

    public FoldedLine Folded => _folded ??= FoldedLine.Fold(Text);

    /// <summary>Ends like a sentence: a full stop (Latin or Arabic), not a question or exclamation mark.</summary>
    public bool EndsWithFullStop
    {
        get
        {
            var t = Text.AsSpan().TrimEnd();
            while (t.Length > 0 && t[^1] is '"' or '\'' or '”' or '»' or ')' or '’')
            {
                t = t[..^1];
            }

            return t.Length > 0 && t[^1] is '.' or '\u06D4' && !t.EndsWith("..");
        }
    }

    /// <summary>Shaped like a headline: a handful of words and no sentence-final full stop.</summary>
    public bool IsHeadlineLike =>
        Words is >= CleaningThresholds.MinTitleWords and <= CleaningThresholds.MaxTitleWords && !EndsWithFullStop && !EndsWithColon;

    /// <summary>Shaped like an item of a link box or tag list: short, no full stop.</summary>
    public bool IsListItemLike => Words is >= 1 and <= CleaningThresholds.MaxListItemWords && !EndsWithFullStop;

    bool EndsWithColon
    {
        get
        {
            var t = Text.AsSpan().TrimEnd();
            return t.Length > 0 && t[^1] == ':';
        }
    }

    /// <summary>The raw-mapped segments of line characters [from, to), shifted to start at clean offset <paramref name="cleanStart"/>.</summary>
    public IEnumerable<OffsetSegment> Slice(int from, int to, int cleanStart)
    {
        foreach (var s in Segments)
        {
            var lo = Math.Max(from, s.CleanStart);
            var hi = Math.Min(to, s.CleanEnd);
            if (lo >= hi)
            {
                continue;
            }

            if (s.IsCopy)
            {
                yield return new OffsetSegment(cleanStart + lo - from, hi - lo, s.RawStart + (lo - s.CleanStart), hi - lo);
            }
            else if (lo == s.CleanStart && hi == s.CleanEnd)
            {
                yield return s with { CleanStart = cleanStart + lo - from };
            }
            else
            {
                // Part of an expanded unit (an entity): every character still points at the unit's raw start.
                yield return new OffsetSegment(cleanStart + lo - from, hi - lo, s.RawStart, 0);
            }
        }
    }

    /// <summary>The raw span of line characters [from, to).</summary>
    public TextSpan RawOf(int from, int to)
    {
        if (to <= from)
        {
            var at = RawAt(from);
            return new TextSpan(at, at);
        }

        var start = RawAt(from);
        var end = Math.Max(start, RawEndAt(to - 1));
        return new TextSpan(start, end);
    }

    int RawAt(int i)
    {
        foreach (var s in Segments)
        {
            if (i >= s.CleanStart && i < s.CleanEnd)
            {
                return s.IsCopy ? s.RawStart + (i - s.CleanStart) : s.RawStart;
            }
        }

        return RawSpan.End;
    }

    int RawEndAt(int i)
    {
        foreach (var s in Segments)
        {
            if (i >= s.CleanStart && i < s.CleanEnd)
            {
                return s.IsCopy ? s.RawStart + (i - s.CleanStart) + 1 : s.RawStart + Math.Max(1, s.RawLength);
            }
        }

        return RawSpan.End;
    }

    static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        var hasContent = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasContent)
                {
                    words++;
                }

                inWord = false;
                hasContent = false;
                continue;
            }

            inWord = true;
            hasContent |= char.IsLetterOrDigit(c);
        }

        return inWord && hasContent ? words + 1 : words;
    }
}
