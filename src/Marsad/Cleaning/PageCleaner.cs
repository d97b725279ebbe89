using Marsad.Documents;
using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>
/// Cleans one raw page into the articles it holds, recording what was removed and why. Text and TREC pages are
/// split into lines; HTML pages go through <see cref="HtmlExtractor"/> first. Then the same steps run: furniture
/// rules (data/cleaning/line-rules.tsv), site-name suffixes, article boundaries and titles, repeated paragraphs and
/// pull-quotes, and the metadata the page prints (outlet, author, publication date). Pure and reusable.
/// </summary>
public sealed class PageCleaner(CleaningRules rules)
{
    readonly FurnitureRemover _furniture = new(rules);
    readonly HtmlExtractor _html = new(rules);

    public static PageCleaner CreateDefault() => new(CleaningRules.LoadDefault());

    public IReadOnlyList<CleanArticle> Clean(RawPage page) => Clean(page, 0);

    /// <summary>
    /// Cleans a page whose first article is article number <paramref name="firstIndexInFile"/> of its file (the
    /// articles of earlier JSONL records come before it).
    /// </summary>
    public IReadOnlyList<CleanArticle> Clean(RawPage page, int firstIndexInFile)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = page.Format == PageFormat.Html ? _html.Extract(page) : PageText.FromText(page);
        var lines = text.Lines;
        var reasons = new string?[lines.Count];
        var captures = _furniture.Apply(lines, reasons);
        if (text.ForcedTitleLine >= 0)
        {
            // The container names this line the title: no furniture rule may take it.
            reasons[text.ForcedTitleLine] = null;
        }

        var outlet = OutletFinder.Find(lines, reasons, captures, text.Hints.Outlet);
        var titleKeys = OutletFinder.TitleKeys(lines, outlet, out var titleLengths);
        var singleArticle = page.Hints.Title is not null || page.Hints.TitleSpan is not null;
        var plans = ArticleSplitter.Split(lines, reasons, titleKeys, text.ArticleStarts, singleArticle);
        if (text.ForcedTitleLine >= 0 && plans.Find(p => p.RangeStart <= text.ForcedTitleLine && text.ForcedTitleLine < p.RangeEnd) is { } titled)
        {
            titled.TitleLine = text.ForcedTitleLine;
        }
        else if (page.Hints.Title is not null && page.Hints.TitleSpan is null)
        {
            // A JSONL record states its title beside the text: every line of the text is body, even a short one.
            plans.ForEach(p => p.TitleLine = -1);
        }

        ParagraphDeduplicator.RemoveRepeats(lines, reasons, plans);
        var articles = new List<CleanArticle>(plans.Count);
        foreach (var plan in plans)
        {
            ParagraphDeduplicator.RemovePullQuotes(lines, reasons, plan);
            for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
            {
                if (reasons[i] is null && i != plan.TitleLine)
                {
                    plan.Body.Add(i);
                }
            }

            if (plan.TitleLine >= 0)
            {
                plan.TitleLength = titleLengths[plan.TitleLine];
            }
        }

        var kept = KeepArticlesWithBody(plans, reasons);
        for (var k = 0; k < kept.Count; k++)
        {
            var plan = kept[k];
            var (clean, map) = ArticleAssembler.Write(page.Text, lines, plan);
            var extra = text.Removed.Where(r => k == 0 ? r.RawSpan.Start < RawStartOf(lines, kept, 1, page.Text.Length) : InRange(r, lines, kept, k, page.Text.Length));
            var removed = ArticleAssembler.Removed(lines, reasons, plan, extra);
            var source = ArticleFacts.Resolve(page, text.Hints, lines, plan, captures, outlet, firstIndexInFile + k, isOnly: kept.Count == 1);
            articles.Add(new CleanArticle(clean, map, source, removed));
        }

        return articles;
    }

    /// <summary>Cleans every page of one input, numbering articles across its pages (JSONL records).</summary>
    public IReadOnlyList<CleanArticle> CleanAll(IEnumerable<RawPage> pages)
    {
        var all = new List<CleanArticle>();
        foreach (var page in pages)
        {
            all.AddRange(Clean(page, all.Count));
        }

        return all;
    }

    /// <summary>
    /// Drops planned articles left without body (all their paragraphs repeated earlier ones): their lines join the
    /// article before them (or after, for the first), their remaining headline is recorded as an orphan.
    /// </summary>
    static List<ArticlePlan> KeepArticlesWithBody(List<ArticlePlan> plans, string?[] reasons)
    {
        var kept = new List<ArticlePlan>(plans.Count);
        ArticlePlan? pendingEmpty = null;
        foreach (var plan in plans)
        {
            if (plan.Body.Count == 0)
            {
                for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
                {
                    reasons[i] ??= "orphan-headline";
                }

                if (kept.Count > 0)
                {
                    kept[^1].RangeEnd = plan.RangeEnd;
                }
                else
                {
                    pendingEmpty ??= plan;
                }

                continue;
            }

            if (pendingEmpty is not null)
            {
                var merged = new ArticlePlan(pendingEmpty.RangeStart, plan.RangeEnd) { TitleLine = plan.TitleLine, TitleLength = plan.TitleLength };
                merged.Body.AddRange(plan.Body);
                kept.Add(merged);
                pendingEmpty = null;
                continue;
            }

            kept.Add(plan);
        }

        return kept;
    }

    static int RawStartOf(IReadOnlyList<PageLine> lines, List<ArticlePlan> plans, int k, int rawLength) =>
        k < plans.Count && plans[k].RangeStart < lines.Count ? lines[plans[k].RangeStart].RawSpan.Start : rawLength + 1;

    static bool InRange(RemovedSpan r, IReadOnlyList<PageLine> lines, List<ArticlePlan> plans, int k, int rawLength) =>
        r.RawSpan.Start >= RawStartOf(lines, plans, k, rawLength) && r.RawSpan.Start < RawStartOf(lines, plans, k + 1, rawLength);
}
