using AngleSharp.Dom;
using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>
/// Reads what an HTML page states about its article in markup: title (og:title, &lt;title&gt; without its
/// " | outlet" suffix), outlet (og:site_name, or that suffix), publication date (article:published_time,
/// itemprop=datePublished, &lt;time datetime&gt;), author (meta author, rel=author, byline classes). The page's own
/// &lt;h1&gt; is handled as a line, not here.
/// </summary>
internal static class HtmlMetadata
{
    static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: "];

    public static PageHints Read(IDocument document, IElement? heading, IElement? container, PageHints stated)
    {
        var ogTitle = Meta(document, "property", "og:title");
        var pageTitle = document.QuerySelector("title")?.TextContent.Trim();
        var headingText = heading?.TextContent.Trim();
        var outlet = Meta(document, "property", "og:site_name") ?? Meta(document, "name", "application-name") ?? Suffix(pageTitle, headingText ?? ogTitle);
        var title = ogTitle ?? WithoutSuffix(pageTitle, outlet);
        var publishedText = Published(document, container);
        var author = Meta(document, "name", "author")
            ?? Text(document.QuerySelector("[rel~=author]"))
            ?? Text(document.QuerySelector("[itemprop=author]"))
            ?? Text(document.QuerySelector(".author, .byline, .writer, .article-author"));
        return new PageHints(
            Url: stated.Url ?? Meta(document, "property", "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Title: stated.Title ?? title,
            Outlet: stated.Outlet ?? outlet,
            Author: stated.Author ?? author,
            PublishedText: stated.PublishedText ?? publishedText);
    }

    static string? Published(IDocument document, IElement? container)
    {
        if ((Meta(document, "property", "article:published_time") ?? Meta(document, "itemprop", "datePublished") ?? Meta(document, "name", "pubdate")) is { } meta)
        {
            return meta;
        }

        // A <time> inside the article before one anywhere (sidebars stamp their teasers too).
        const string Stamp = "[itemprop=datePublished][datetime], time[datetime]";
        if ((container?.QuerySelector(Stamp) ?? document.QuerySelector(Stamp)) is { } time)
        {
            // As printed when the element prints a date; else the machine-readable value.
            var printed = time.TextContent.Trim();
            var machine = time.GetAttribute("datetime")!.Trim();
            return printed.Length > 0 && PrintedDateParser.TryParseStated(printed, out _) ? printed : machine;
        }

        return null;
    }

    static string? Meta(IDocument document, string attribute, string name) =>
        document.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } value ? value : null;

    static string? Text(IElement? element) =>
        element?.TextContent.Trim() is { Length: > 0 and < 80 } text ? text : null;

    /// <summary>The suffix of "title | outlet" when the part before it is the page's headline.</summary>
    static string? Suffix(string? pageTitle, string? headline)
    {
        if (pageTitle is null)
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            var at = pageTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (headline is null || pageTitle[..at].Trim() == headline))
            {
                var suffix = pageTitle[(at + separator.Length)..].Trim();
                return suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= CleaningThresholds.MaxOutletWords && headline is not null ? suffix : null;
            }
        }

        return null;
    }

    static string? WithoutSuffix(string? pageTitle, string? outlet)
    {
        if (pageTitle is null)
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            if (outlet is not null && pageTitle.EndsWith(separator + outlet, StringComparison.Ordinal))
            {
                return pageTitle[..^(separator.Length + outlet.Length)].Trim();
            }
        }

        return pageTitle.Length > 0 ? pageTitle : null;
    }
}
