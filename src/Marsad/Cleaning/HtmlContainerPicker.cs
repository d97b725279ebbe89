using AngleSharp.Dom;
using Marsad.Arabic;

namespace Marsad.Cleaning;

/// <summary>
/// Picks the element(s) holding a page's article text. Markup that says so wins (itemprop=articleBody, then
/// &lt;article&gt;; two or more sizeable sibling &lt;article&gt;s are two articles), then &lt;main&gt;; otherwise the
/// element whose paragraphs hold the most Arabic letters (a paragraph counts fully for its parent and half for its
/// grandparent, as in Readability). Text inside furniture elements never counts.
/// </summary>
internal static class HtmlContainerPicker
{
    /// <summary>Fewer Arabic letters than this (two or three sentences) is a teaser box, not an article body.</summary>
    const int MinArticleLetters = 150;

    static readonly HashSet<string> ParagraphLike = new(StringComparer.OrdinalIgnoreCase) { "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "td", "dd", "figcaption" };

    public static IReadOnlyList<IElement> Pick(IDocument document, HtmlExtractor extractor)
    {
        var letters = new Dictionary<IElement, int>();
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return [];
        }

        Count(root, extractor, letters);
        int Letters(IElement e) => letters.GetValueOrDefault(e);

        if (Best(root.QuerySelectorAll("[itemprop=articleBody]"), Letters) is { } body)
        {
            return [body];
        }

        var articles = root.QuerySelectorAll("article")
            .Where(a => Letters(a) >= MinArticleLetters && !a.Ancestors<IElement>().Any(p => p.LocalName == "article"))
            .ToList();
        if (articles.Count >= 2)
        {
            return articles;
        }

        if (articles.Count == 1)
        {
            return articles;
        }

        if (Best(root.QuerySelectorAll("main, [role=main]"), Letters) is { } main)
        {
            return [main];
        }

        return [Densest(root, extractor, letters) ?? root];
    }

    static IElement? Best(IEnumerable<IElement> candidates, Func<IElement, int> letters) =>
        candidates.Where(e => letters(e) >= MinArticleLetters).OrderByDescending(letters).FirstOrDefault();

    /// <summary>Arabic letters under each element, furniture excluded.</summary>
    static int Count(IElement element, HtmlExtractor extractor, Dictionary<IElement, int> letters)
    {
        if (extractor.NoiseReason(element) is not null)
        {
            return 0;
        }

        var total = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e)
            {
                total += Count(e, extractor, letters);
            }
            else if (child is IText t)
            {
                foreach (var c in t.Data)
                {
                    total += ArabicLetters.IsArabicLetter(c) ? 1 : 0;
                }
            }
        }

        letters[element] = total;
        return total;
    }

    static IElement? Densest(IElement root, HtmlExtractor extractor, Dictionary<IElement, int> letters)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in root.Descendants<IElement>())
        {
            if (!ParagraphLike.Contains(paragraph.LocalName) || letters.GetValueOrDefault(paragraph) == 0 || extractor.NoiseReason(paragraph) is not null)
            {
                continue;
            }

            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + letters[paragraph];
                if (parent.ParentElement is { } grand)
                {
                    scores[grand] = scores.GetValueOrDefault(grand) + letters[paragraph] / 2.0;
                }
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }
}
