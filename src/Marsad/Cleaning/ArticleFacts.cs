using Marsad.Documents;
using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>
/// Puts together what is known of one article: the container's statements first (JSONL fields, TREC tags, HTML
/// meta), then what the article's own lines printed (its title line, a date line, a byline). Nothing is guessed:
/// a fact the page does not state stays null.
/// </summary>
internal static class ArticleFacts
{
    public static ArticleSource Resolve(RawPage page, PageHints hints, IReadOnlyList<PageLine> lines, ArticlePlan plan, List<LineCapture> captures, OutletName? outlet, int index, bool isOnly)
    {
        var title = plan.TitleLine >= 0 ? lines[plan.TitleLine].Text[..plan.TitleLength].Trim() : isOnly ? hints.Title : null;
        string? publishedText = null;
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(hints.PublishedText))
        {
            publishedText = hints.PublishedText.Trim();
            published = PrintedDateParser.TryParseStated(publishedText, out var stated) ? stated : null;
        }
        else if (First(captures, plan, CaptureKind.Published) is { } date)
        {
            publishedText = date.Text;
            published = date.Date;
        }

        var author = !string.IsNullOrWhiteSpace(hints.Author) ? hints.Author.Trim() : First(captures, plan, CaptureKind.Author)?.Text;
        return new ArticleSource(page.SourceFile, index, hints.Url, outlet?.Text, author, title, publishedText, published);
    }

    static LineCapture? First(List<LineCapture> captures, ArticlePlan plan, CaptureKind kind)
    {
        foreach (var c in captures)
        {
            if (c.Kind == kind && c.Line >= plan.RangeStart && c.Line < plan.RangeEnd)
            {
                return c;
            }
        }

        return null;
    }
}
