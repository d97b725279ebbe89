using Marsad.Documents;
using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>
/// A page reduced to lines for the furniture rules: its paragraphs with raw mappings, removals already decided by the
/// reader (HTML elements that are furniture), lines where the markup says an article starts, an optional line that
/// is the title by the container's word (TREC &lt;TITLE&gt;), and the metadata the page states outright.
/// </summary>
internal sealed record PageText(
    IReadOnlyList<PageLine> Lines,
    IReadOnlyList<RemovedSpan> Removed,
    IReadOnlyCollection<int> ArticleStarts,
    int ForcedTitleLine,
    PageHints Hints)
{
    /// <summary>Splits a text page (or the given part of it) into trimmed, non-blank lines copied from the raw text.</summary>
    public static List<PageLine> SplitLines(string raw, TextSpan part)
    {
        var lines = new List<PageLine>();
        var start = part.Start;
        while (start < part.End)
        {
            var newline = raw.IndexOf('\n', start, part.End - start);
            var end = newline < 0 ? part.End : newline;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(raw[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(raw[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(PageLine.Copied(raw, s, e));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>A plain-text page: every line; a TREC page: its TITLE content as the title, its TEXT lines as the body.</summary>
    public static PageText FromText(RawPage page)
    {
        var raw = page.Text;
        if (page.Hints.BodySpan is not { } body)
        {
            return new PageText(SplitLines(raw, new TextSpan(0, raw.Length)), [], [], -1, page.Hints);
        }

        var lines = new List<PageLine>();
        var forcedTitle = -1;
        if (page.Hints.TitleSpan is { } title && SplitLines(raw, title) is [var titleLine, ..])
        {
            lines.Add(titleLine);
            forcedTitle = 0;
        }

        lines.AddRange(SplitLines(raw, body));
        return new PageText(lines, [], [], forcedTitle, page.Hints);
    }
}
