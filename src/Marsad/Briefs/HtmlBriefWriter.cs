using System.Net;
using System.Text;
using Marsad.Arabic;

namespace Marsad.Briefs;

/// <summary>
/// Renders a <see cref="Brief"/> as one self-contained HTML page with the same content as the Markdown. Every piece
/// of text is HTML-encoded (article titles and sentences are untrusted), runs holding Arabic script are wrapped in
/// <c>dir="rtl" lang="ar"</c> so they read right to left inside the English scaffolding, and each citation links to
/// its entry in the source list.
/// </summary>
public static class HtmlBriefWriter
{
    const string Style = """
        body { font-family: "DejaVu Sans", "Noto Naskh Arabic", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; }
        [dir=rtl] { unicode-bidi: isolate; }
        .method { color: #555; font-style: italic; }
        .cite { font-size: 0.8em; vertical-align: super; text-decoration: none; }
        .sources li:target { background: #ffd; }
        """;

    public static string Write(Brief brief)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(brief.Title)).Append("</title>\n");
        sb.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(Encode(brief.Title)).Append("</h1>\n<p class=\"scope\">");
        foreach (var scope in brief.Scope)
        {
            // "Label: value": the English label stays left to right, the value is isolated when it is Arabic.
            var colon = scope.IndexOf(": ", StringComparison.Ordinal);
            sb.Append(Encode(colon < 0 ? string.Empty : scope[..(colon + 2)]));
            Text(sb, colon < 0 ? scope : scope[(colon + 2)..]);
            sb.Append("<br>");
        }

        sb.Append($"Built from {brief.Sources.Length} cited article(s); every line cites its sources, listed at the end.</p>\n");
        if (brief.Sections.Length == 0)
        {
            sb.Append("<p>Nothing in the store falls in this scope.</p>\n");
        }

        foreach (var section in brief.Sections)
        {
            sb.Append("<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            if (section.Method is { } method)
            {
                sb.Append("<p class=\"method\">").Append(Encode(method)).Append("</p>\n");
            }

            sb.Append("<ul>\n");
            foreach (var line in section.Lines)
            {
                sb.Append("<li>");
                foreach (var run in line.Runs)
                {
                    if (run.Kind == RunKind.Citation)
                    {
                        sb.Append($"<a class=\"cite\" href=\"#src-{run.Source}\">[{run.Source}]</a>");
                    }
                    else
                    {
                        Text(sb, run.Kind == RunKind.Excerpt ? "«" + run.Text + "»" : run.Text);
                    }
                }

                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("<h2>Sources</h2>\n<ul class=\"sources\">\n");
        for (var i = 0; i < brief.Sources.Length; i++)
        {
            var a = brief.Sources[i];
            sb.Append($"<li id=\"src-{i + 1}\">[{i + 1}] ");
            Text(sb, a.Outlet ?? "(outlet not given)");
            sb.Append(", ").Append(Encode(BriefBuilder.Day(a.Published) ?? "(undated)")).Append(", ");
            Text(sb, "«" + (a.Title ?? "(untitled)") + "»");
            sb.Append(", <code>").Append(Encode(a.Id)).Append("</code>");
            if (a.DuplicateOf is { } copy)
            {
                sb.Append(" (copy of <code>").Append(Encode(copy)).Append("</code>)");
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ul>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Encoded text; a run holding Arabic script is isolated right to left.</summary>
    static void Text(StringBuilder sb, string text)
    {
        if (text.Any(ArabicLetters.IsArabicScript))
        {
            sb.Append("<span dir=\"rtl\" lang=\"ar\">").Append(Encode(text)).Append("</span>");
        }
        else
        {
            sb.Append(Encode(text));
        }
    }

    /// <summary>HTML-encodes &lt; &gt; &amp; " ' (Arabic stays literal: the page is UTF-8).</summary>
    static string Encode(string text) => WebUtility.HtmlEncode(text.ReplaceLineEndings(" "));
}
