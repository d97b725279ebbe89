using System.Text;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>
/// Renders a <see cref="Brief"/> as Markdown (CommonMark): one bullet per line with its citations as [n], and the
/// numbered source list. Text from articles is untrusted, so its Markdown punctuation is backslash-escaped and its
/// line breaks folded: a title cannot open a link, inject HTML or break the list.
/// </summary>
public static class MarkdownBriefWriter
{
    public static string Write(Brief brief)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(brief.Title)).Append("\n\n");
        foreach (var scope in brief.Scope)
        {
            sb.Append(Escape(scope)).Append("  \n");
        }

        sb.Append($"Built from {brief.Sources.Length} cited article(s); every line cites its sources, listed at the end.\n");
        if (brief.Sections.Length == 0)
        {
            sb.Append("\nNothing in the store falls in this scope.\n");
        }

        foreach (var section in brief.Sections)
        {
            sb.Append("\n## ").Append(Escape(section.Heading)).Append("\n\n");
            if (section.Method is { } method)
            {
                sb.Append('_').Append(Escape(method)).Append("_\n\n");
            }

            foreach (var line in section.Lines)
            {
                sb.Append("- ");
                foreach (var run in line.Runs)
                {
                    sb.Append(run.Kind switch
                    {
                        RunKind.Citation => $"[{run.Source}]",
                        RunKind.Excerpt => "«" + Escape(run.Text) + "»",
                        _ => Escape(run.Text),
                    });
                }

                sb.Append('\n');
            }
        }

        sb.Append("\n## Sources\n\n");
        for (var i = 0; i < brief.Sources.Length; i++)
        {
            sb.Append($"- [{i + 1}] ").Append(Escape(Describe(brief.Sources[i]))).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>"outlet, date, «title», article id" — the fields a reader needs to find the article.</summary>
    internal static string Describe(SourceArticle a) =>
        $"{a.Outlet ?? "(outlet not given)"}, {BriefBuilder.Day(a.Published) ?? "(undated)"}, «{a.Title ?? "(untitled)"}», {a.Id}{(a.DuplicateOf is { } d ? $" (copy of {d})" : string.Empty)}";

    /// <summary>Backslash-escapes CommonMark's ASCII punctuation that could start markup and folds line breaks.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '#' or '!':
                    sb.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
