using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Cleaning;

/// <summary>
/// One stretch of clean text and where it came from in the raw page. When <see cref="CleanLength"/>
/// equals <see cref="RawLength"/> the stretch was copied character for character; otherwise (a decoded
/// HTML entity, an inserted paragraph break) every clean character of it maps to <see cref="RawStart"/>.
/// </summary>
public readonly record struct OffsetSegment(int CleanStart, int CleanLength, int RawStart, int RawLength)
{
    public int CleanEnd => CleanStart + CleanLength;

    public bool IsCopy => CleanLength == RawLength;
}

/// <summary>
/// Maps every UTF-16 offset of an article's clean text to an offset in its raw page text. Segments are
/// sorted, contiguous in clean offsets and cover the whole clean text, so the map is total.
/// </summary>
public sealed class OffsetMap
{
    public OffsetMap(IEnumerable<OffsetSegment> segments)
    {
        Segments = [.. segments];
        var expected = 0;
        foreach (var s in Segments)
        {
            if (s.CleanStart != expected || s.CleanLength < 0 || s.RawStart < 0 || s.RawLength < 0)
            {
                throw new ArgumentException($"Offset segments must be contiguous from 0; got {s} where {expected} was expected.", nameof(segments));
            }

            expected = s.CleanEnd;
        }

        CleanLength = expected;
    }

    public ImmutableArray<OffsetSegment> Segments { get; }

    /// <summary>Length of the clean text the map covers.</summary>
    public int CleanLength { get; }

    /// <summary>The raw offset of a clean offset; the clean end (== length) maps to the end of the last segment.</summary>
    public int ToRaw(int cleanOffset)
    {
        if (cleanOffset < 0 || cleanOffset > CleanLength)
        {
            throw new ArgumentOutOfRangeException(nameof(cleanOffset), cleanOffset, $"Clean text has length {CleanLength}.");
        }

        if (Segments.IsEmpty)
        {
            return 0;
        }

        if (cleanOffset == CleanLength)
        {
            var last = Segments[^1];
            return last.RawStart + last.RawLength;
        }

        var lo = 0;
        var hi = Segments.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Segments[mid].CleanStart <= cleanOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var seg = Segments[lo];
        return seg.IsCopy ? seg.RawStart + (cleanOffset - seg.CleanStart) : seg.RawStart;
    }

    /// <summary>The raw span covering a clean span (start of its first character to the end of its last).</summary>
    public TextSpan ToRaw(TextSpan clean)
    {
        if (clean.IsEmpty)
        {
            var at = ToRaw(clean.Start);
            return new TextSpan(at, at);
        }

        var start = ToRaw(clean.Start);
        var lastRaw = ToRaw(clean.End - 1);
        var end = Math.Max(start, lastRaw + RawWidthAt(clean.End - 1));
        return new TextSpan(start, end);
    }

    int RawWidthAt(int cleanOffset)
    {
        foreach (var s in Segments)
        {
            if (cleanOffset >= s.CleanStart && cleanOffset < s.CleanEnd)
            {
                return s.IsCopy ? 1 : s.RawLength;
            }
        }

        return 0;
    }
}
