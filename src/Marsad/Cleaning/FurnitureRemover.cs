using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// Applies the line rules to a page's lines in order: marks furniture lines removed with their rule id, follows
/// the rules' actions onto the lines after a cue (a teaser headline, a box of links, a teaser card), and reads the
/// metadata that rules capture (outlet, author, printed date) off the lines it removes.
/// </summary>
internal sealed class FurnitureRemover(CleaningRules rules)
{
    readonly LineRuleMatcher _matcher = new(rules);

    /// <summary>Fills <paramref name="reasons"/> (null = kept) and returns what the removed lines said.</summary>
    public List<LineCapture> Apply(IReadOnlyList<PageLine> lines, string?[] reasons)
    {
        var captures = new List<LineCapture>();
        string? previousReason = null;
        LineRule? open = null;
        var openLeft = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is not null)
            {
                previousReason = reasons[i];
                continue;
            }

            var line = lines[i];
            if (_matcher.Match(line, previousReason) is { } hit)
            {
                var rule = hit.Rule;
                reasons[i] = rule.Id;
                Capture(i, line, hit, captures);
                // A cue opens a box (its teaser headline, its list); a plain furniture line inside a box (a shortcode
                // in a "most read" box) leaves the box open; a teaser card closes it.
                (open, openLeft) = rule.Action switch
                {
                    LineAction.DropThenHeadline when hit.CueOnly => (rule, 1),
                    LineAction.DropThenList => (rule, rule.Count),
                    LineAction.DropCard => (null, 0),
                    _ => (open, openLeft),
                };
                if (rule.Action == LineAction.DropCard)
                {
                    for (var j = i + 1; j < lines.Count && j < i + rule.Count; j++)
                    {
                        reasons[j] = rule.Id;
                    }
                }

                previousReason = rule.Id;
                continue;
            }

            // A line no rule names: it still belongs to the box a cue opened when it is shaped like the box's items.
            if (open is not null && openLeft > 0 && (open.Action == LineAction.DropThenHeadline ? line.IsHeadlineLike : line.IsListItemLike))
            {
                reasons[i] = open.Id;
                previousReason = open.Id;
                openLeft--;
                continue;
            }

            open = null;
            openLeft = 0;
            previousReason = null;
        }

        return captures;
    }

    static void Capture(int index, PageLine line, RuleHit hit, List<LineCapture> captures)
    {
        if (hit.Date is { } date)
        {
            captures.Add(new LineCapture(index, CaptureKind.Published, Original(line, date.Start, date.Start + date.Length), date.Value));
        }

        if (hit.RegexMatch is not { } m)
        {
            return;
        }

        if (Group(m, "outlet") is { } outlet)
        {
            captures.Add(new LineCapture(index, CaptureKind.Outlet, Original(line, outlet.Index, outlet.Index + outlet.Length).Trim()));
        }

        if (Group(m, "author") is { } author)
        {
            captures.Add(new LineCapture(index, CaptureKind.Author, Original(line, author.Index, author.Index + author.Length).Trim()));
        }

        if (Group(m, "date") is { } printed && PrintedDateParser.TryFind(printed.Value, out var value))
        {
            captures.Add(new LineCapture(index, CaptureKind.Published, Original(line, printed.Index, printed.Index + printed.Length), value.Value));
        }
    }

    static Group? Group(Match m, string name) => m.Groups[name] is { Success: true, Length: > 0 } g ? g : null;

    /// <summary>The line's own text behind folded characters [start, end): the capture as printed.</summary>
    static string Original(PageLine line, int start, int end)
    {
        var (from, to) = line.Folded.SourceRange(start, end);
        return line.Text[from..to];
    }
}
