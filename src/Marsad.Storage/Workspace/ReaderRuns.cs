using Marsad.Cleaning;
using Marsad.Documents;

namespace Marsad.Storage.Workspace;

/// <summary>
/// Cuts an article's text into the reader's runs: a new run wherever a mention, a quote or an event trigger starts
/// or ends, paragraph breaks (blank lines) as flags rather than text, and each piece of removed furniture placed
/// before the first clean character that came after it in the raw page (at a paragraph start, since furniture
/// is removed line by line). Pure; the runs cover every non-newline character of the text exactly once.
/// </summary>
public static class ReaderRuns
{
    public static IReadOnlyList<ArticleRun> Build(
        string text,
        IReadOnlyList<TextSpan> mentions,
        IReadOnlyList<TextSpan> quotes,
        IReadOnlyList<TextSpan> triggers,
        IReadOnlyList<(int At, string Text)> removed)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var s in mentions.Concat(quotes).Concat(triggers))
        {
            cuts.Add(Math.Clamp(s.Start, 0, text.Length));
            cuts.Add(Math.Clamp(s.End, 0, text.Length));
        }

        foreach (var (at, _) in removed)
        {
            cuts.Add(Math.Clamp(at, 0, text.Length));
        }

        var runs = new List<ArticleRun>();
        var paragraph = false;
        var points = cuts.ToArray();
        for (var p = 0; p < points.Length; p++)
        {
            var start = points[p];
            for (var r = 0; r < removed.Count; r++)
            {
                if (Math.Clamp(removed[r].At, 0, text.Length) == start)
                {
                    runs.Add(new ArticleRun(removed[r].Text, start, start, null, null, null, r, paragraph));
                    paragraph = false;
                }
            }

            if (p + 1 == points.Length)
            {
                break;
            }

            var end = points[p + 1];
            var mention = Covering(mentions, start, end);
            var quote = Covering(quotes, start, end);
            var trigger = Covering(triggers, start, end);
            var i = start;
            while (i < end)
            {
                if (text[i] is '\n' or '\r')
                {
                    paragraph = runs.Count > 0;
                    i++;
                    continue;
                }

                var j = i;
                while (j < end && text[j] is not ('\n' or '\r'))
                {
                    j++;
                }

                runs.Add(new ArticleRun(text[i..j], i, j, mention, quote, trigger, null, paragraph));
                paragraph = false;
                i = j;
            }
        }

        return runs;
    }

    /// <summary>
    /// Where removed furniture goes in the clean text: before the first clean character whose raw offset is at or after
    /// the furniture's end, moved forward to a paragraph start; at the end when nothing came after it.
    /// </summary>
    public static int Placement(string text, OffsetMap map, TextSpan raw)
    {
        var at = text.Length;
        foreach (var s in map.Segments)
        {
            if (s.RawStart >= raw.End && s.CleanLength > 0)
            {
                at = s.CleanStart;
                break;
            }
        }

        while (at > 0 && at < text.Length && text[at - 1] is not ('\n' or '\r'))
        {
            at++;
        }

        return at;
    }

    static int? Covering(IReadOnlyList<TextSpan> spans, int start, int end)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Start <= start && spans[i].End >= end && spans[i].Start < spans[i].End)
            {
                return i;
            }
        }

        return null;
    }
}
