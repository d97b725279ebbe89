using Marsad.Documents;

namespace Marsad.Inputs;

/// <summary>
/// Reads TREC-style pseudo-XML (&lt;DOC&gt;&lt;DOCNO&gt;&lt;URL&gt;&lt;TITLE&gt;&lt;TIME&gt;&lt;AUTHOR&gt;&lt;TEXT&gt;), as research
/// news corpora ship it. Each &lt;DOC&gt; becomes a page whose text is the whole file, with the tags' values as hints and
/// the offsets of the TITLE and TEXT contents, so the cleaner takes its title and body from there. Tolerant: no XML
/// parser, missing tags are simply absent.
/// </summary>
internal static class TrecReader
{
    public static List<RawPage> Read(string path, string text)
    {
        var pages = new List<RawPage>();
        var from = 0;
        while (Element(text, "DOC", from, text.Length) is { } doc)
        {
            var inner = doc.Content;
            var title = Element(text, "TITLE", inner.Start, inner.End);
            var body = Element(text, "TEXT", inner.Start, inner.End);
            TextSpan? titleSpan = title is { } t ? Trimmed(text, t.Content) : null;
            var hints = new PageHints(
                Url: Value(text, "URL", inner),
                Title: titleSpan is { Length: > 0 } ts ? text[ts.Start..ts.End] : null,
                Outlet: Value(text, "SRC", inner),
                Author: Value(text, "AUTHOR", inner),
                PublishedText: Value(text, "TIME", inner),
                TitleSpan: titleSpan is { Length: > 0 } ? titleSpan : null,
                BodySpan: body?.Content ?? inner);
            pages.Add(new RawPage(path, 0, text, PageFormat.Text, hints));
            from = doc.End;
        }

        return pages;
    }

    /// <summary>One element's content span and where the element ends, searching [from, to).</summary>
    static (TextSpan Content, int End)? Element(string text, string tag, int from, int to)
    {
        var open = $"<{tag}>";
        var close = $"</{tag}>";
        var start = text.IndexOf(open, from, to - from, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var contentStart = start + open.Length;
        var end = text.IndexOf(close, contentStart, to - contentStart, StringComparison.OrdinalIgnoreCase);
        // A file cut before the closing tag still gives the content that is there.
        return end < 0 ? (new TextSpan(contentStart, to), to) : (new TextSpan(contentStart, end), end + close.Length);
    }

    static string? Value(string text, string tag, TextSpan within)
    {
        if (Element(text, tag, within.Start, within.End) is not { } e)
        {
            return null;
        }

        var span = Trimmed(text, e.Content);
        return span.Length > 0 ? text[span.Start..span.End] : null;
    }

    static TextSpan Trimmed(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }
}
