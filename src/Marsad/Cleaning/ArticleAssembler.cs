using System.Collections.Immutable;
using System.Text;
using Marsad.Documents;

namespace Marsad.Cleaning;

/// <summary>
/// Writes one planned article out: the title paragraph and the body paragraphs joined by "\n\n", the offset map
/// (copied stretches map character for character; each inserted separator maps to the raw line break it replaces),
/// and the removed spans of the article's lines, in raw order.
/// </summary>
internal static class ArticleAssembler
{
    const string ParagraphBreak = "\n\n";

    public static (string Text, OffsetMap Map) Write(string raw, IReadOnlyList<PageLine> lines, ArticlePlan plan)
    {
        var text = new StringBuilder();
        var segments = new List<OffsetSegment>();
        var previousRawEnd = -1;

        void Add(PageLine line, int length)
        {
            if (previousRawEnd >= 0)
            {
                var at = LineBreakBetween(raw, previousRawEnd, line.RawSpan.Start);
                segments.Add(new OffsetSegment(text.Length, ParagraphBreak.Length, at, 1));
                text.Append(ParagraphBreak);
            }

            segments.AddRange(line.Slice(0, length, text.Length));
            text.Append(line.Text, 0, length);
            previousRawEnd = line.RawOf(0, length).End;
        }

        if (plan.TitleLine >= 0)
        {
            Add(lines[plan.TitleLine], plan.TitleLength);
        }

        foreach (var i in plan.Body)
        {
            Add(lines[i], lines[i].Text.Length);
        }

        return (text.ToString(), new OffsetMap(Merge(segments)));
    }

    public static ImmutableArray<RemovedSpan> Removed(IReadOnlyList<PageLine> lines, string?[] reasons, ArticlePlan plan, IEnumerable<RemovedSpan> extra)
    {
        var removed = new List<RemovedSpan>(extra);
        for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
        {
            if (reasons[i] is { } reason)
            {
                removed.Add(new RemovedSpan(lines[i].RawSpan, reason, lines[i].Text));
            }
        }

        if (plan.TitleLine >= 0 && plan.TitleLength < lines[plan.TitleLine].Text.Length)
        {
            var line = lines[plan.TitleLine];
            removed.Add(new RemovedSpan(line.RawOf(plan.TitleLength, line.Text.Length), "site-name", line.Text[plan.TitleLength..]));
        }

        removed.Sort((a, b) => a.RawSpan.Start.CompareTo(b.RawSpan.Start));
        return [.. removed];
    }

    /// <summary>
    /// The raw break between two paragraphs: the first newline after the first one and before the next, else other
    /// whitespace or markup there; when HTML put the paragraphs out of raw order, the nearest such character before
    /// the next paragraph.
    /// </summary>
    static int LineBreakBetween(string raw, int from, int to)
    {
        if (raw.Length == 0)
        {
            return 0;
        }

        if (from < to)
        {
            var newline = raw.IndexOf('\n', from, Math.Min(to, raw.Length) - from);
            if (newline >= 0)
            {
                return newline;
            }

            for (var i = from; i < to && i < raw.Length; i++)
            {
                if (IsBreak(raw[i]))
                {
                    return i;
                }
            }
        }

        for (var i = Math.Min(to, raw.Length) - 1; i >= 0; i--)
        {
            if (IsBreak(raw[i]))
            {
                return i;
            }
        }

        for (var i = Math.Max(0, from); i < raw.Length; i++)
        {
            if (IsBreak(raw[i]))
            {
                return i;
            }
        }

        for (var i = Math.Min(from, raw.Length) - 1; i >= 0; i--)
        {
            if (IsBreak(raw[i]))
            {
                return i;
            }
        }

        return Math.Clamp(from, 0, raw.Length - 1);
    }

    static bool IsBreak(char c) => char.IsWhiteSpace(c) || c is '<' or '>';

    /// <summary>Joins adjacent copy segments that continue each other, so a map has one segment per copied stretch.</summary>
    static List<OffsetSegment> Merge(List<OffsetSegment> segments)
    {
        var merged = new List<OffsetSegment>(segments.Count);
        foreach (var s in segments)
        {
            if (s.CleanLength == 0)
            {
                continue;
            }

            if (merged.Count > 0 && merged[^1] is { IsCopy: true } last && s.IsCopy && last.RawStart + last.RawLength == s.RawStart)
            {
                merged[^1] = last with { CleanLength = last.CleanLength + s.CleanLength, RawLength = last.RawLength + s.RawLength };
                continue;
            }

            merged.Add(s);
        }

        return merged;
    }
}
