using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>
/// Extracts an HTML page's main content as paragraphs mapped to raw offsets. Parses with AngleSharp (keeping source
/// positions), removes furniture elements (script, style, nav, aside, forms, iframes, javascript: links, and
/// elements whose class or id names share/related/comments/cookie/menu/ad… — data/cleaning/html-noise.tsv), picks
/// the content container (itemprop=articleBody, &lt;article&gt;, &lt;main&gt;, else the element with the most
/// Arabic text in its paragraphs), and keeps the page's &lt;h1&gt; as the title. The furniture line rules then run
/// on the paragraphs like on a text page. Script code and attributes never reach the text: only text nodes do.
/// </summary>
internal sealed class HtmlExtractor(CleaningRules rules)
{
    static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
        "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    };

    public PageText Extract(RawPage page)
    {
        var raw = page.Text;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(raw);
        var containers = HtmlContainerPicker.Pick(document, this);
        var heading = HeadingFor(document, containers);
        var hints = HtmlMetadata.Read(document, heading, containers.Count == 1 ? containers[0] : null, page.Hints);
        var walk = new Walk(raw, this, containers, heading);
        walk.Run(document);
        var forcedTitle = heading is not null && containers.Count == 1 && walk.HeadingLine >= 0 ? walk.HeadingLine : -1;
        var lines = walk.Paragraphs.Lines;
        return new PageText(lines, walk.Removed, [.. walk.ArticleStarts.Where(s => s < lines.Count)], forcedTitle, hints);
    }

    /// <summary>The furniture reason of an element, or null when it may hold content.</summary>
    internal string? NoiseReason(IElement element)
    {
        // A class word says more than the element name (<aside class="related"> is a related-links box). Page-level
        // elements are exempt: <body class="has-sidebar ads-on"> describes the page, not furniture.
        if (element.LocalName is not ("html" or "body" or "main" or "article")
            && (TokenReason(element.GetAttribute("class")) ?? TokenReason(element.GetAttribute("id"))) is { } named)
        {
            return named;
        }

        if (rules.NoiseElements.TryGetValue(element.LocalName, out var reason))
        {
            return reason;
        }

        if (element.LocalName == "a" && element.GetAttribute("href")?.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "javascript-link";
        }

        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || (element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return "hidden-element";
        }

        return null;
    }

    string? TokenReason(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute))
        {
            return null;
        }

        foreach (var range in attribute.AsSpan().SplitAny(" \t\n-_"))
        {
            var token = attribute[range];
            if (token.Length > 0 && rules.NoiseTokens.TryGetValue(token, out var reason))
            {
                return reason;
            }
        }

        return null;
    }

    static IElement? HeadingFor(IDocument document, IReadOnlyList<IElement> containers) =>
        containers.Count == 1 ? containers[0].QuerySelector("h1") ?? document.QuerySelector("h1") : null;

    static bool IsBlock(IElement element) => !Inline.Contains(element.LocalName);

    /// <summary>One document-order pass: aligns every text node, routes it to the paragraphs or to a removed span.</summary>
    sealed class Walk(string raw, HtmlExtractor extractor, IReadOnlyList<IElement> containers, IElement? heading)
    {
        readonly HtmlTextAligner _aligner = new(raw);
        readonly HashSet<IElement> _containers = [.. containers];
        RemovedRun? _run;

        public HtmlParagraphBuilder Paragraphs { get; } = new();

        public List<RemovedSpan> Removed { get; } = [];

        public List<int> ArticleStarts { get; } = [];

        public int HeadingLine { get; private set; } = -1;

        public void Run(IDocument document)
        {
            Visit(document, included: false, noise: null);
            Paragraphs.Break();
            Flush();
        }

        void Visit(INode node, bool included, string? noise)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IElement element:
                        VisitElement(element, included, noise);
                        break;
                    case IText text:
                        Route(text.Data, included, noise, node is IElement { LocalName: "script" or "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext" });
                        break;
                }
            }
        }

        void VisitElement(IElement element, bool included, string? noise)
        {
            if (element.SourceReference?.Position.Index is int position)
            {
                _aligner.SyncTo(position, element.LocalName);
            }

            var isHeading = element == heading;
            var isContainer = _containers.Contains(element);
            var reason = isHeading ? null : noise ?? extractor.NoiseReason(element);
            if (element.LocalName is "head")
            {
                reason = "html-head";
            }

            var block = IsBlock(element);
            if (block || isHeading || isContainer)
            {
                var count = Paragraphs.Break();
                if (isContainer)
                {
                    ArticleStarts.Add(count);
                }

                if (isHeading)
                {
                    HeadingLine = count;
                }
            }

            Visit(element, included || isHeading || isContainer, reason);
            if (block || isHeading || isContainer)
            {
                var after = Paragraphs.Break();
                if (isHeading && after <= HeadingLine)
                {
                    // An empty <h1> (a logo image) gives no title line.
                    HeadingLine = -1;
                }
            }
        }

        void Route(string data, bool included, string? noise, bool rawText)
        {
            var sources = _aligner.Align(data, rawText);
            if (included && noise is null)
            {
                Flush();
                Paragraphs.Append(data, sources);
                return;
            }

            if (string.IsNullOrWhiteSpace(data) || sources.Length == 0)
            {
                return;
            }

            var reason = noise ?? "outside-main-content";
            var start = sources[0].Raw;
            var end = Math.Min(raw.Length, Math.Max(start, sources[^1].Raw + Math.Max(1, sources[^1].RawLength)));
            if (_run is { } run && run.Reason == reason && start >= run.Start)
            {
                run.End = Math.Max(run.End, end);
                run.Text.Append(' ').Append(data.Trim());
                return;
            }

            Flush();
            _run = new RemovedRun(reason, start, end);
            _run.Text.Append(data.Trim());
        }

        void Flush()
        {
            if (_run is { } run)
            {
                Removed.Add(new RemovedSpan(new Documents.TextSpan(run.Start, run.End), run.Reason, run.Text.ToString()));
                _run = null;
            }
        }
    }

    sealed class RemovedRun(string reason, int start, int end)
    {
        public string Reason { get; } = reason;

        public int Start { get; } = start;

        public int End { get; set; } = end;

        public System.Text.StringBuilder Text { get; } = new();
    }
}
