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

    /// <summary>The raw line break after a paragraph: the first newline before the next one, else any whitespace, else the end.</summary>
    static int LineBreakBetween(string raw, int from, int to)
    {
        var limit = Math.Min(Math.Max(from, to), raw.Length);
        var newline = from < limit ? raw.IndexOf('\n', from, limit - from) : -1;
        if (newline >= 0)
        {
            return newline;
        }

        for (var i = from; i < limit; i++)
        {
            if (char.IsWhiteSpace(raw[i]))
            {
                return i;
            }
        }

        return Math.Clamp(from, 0, Math.Max(0, raw.Length - 1));
    }

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
