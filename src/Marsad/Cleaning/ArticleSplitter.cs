namespace Marsad.Cleaning;

/// <summary>
/// Finds the articles on a page from the lines the furniture rules kept. A headline-like line printed again within
/// a few lines, with body paragraphs after the repeat, opens an article (templates print the headline, captions and
/// logo, then the headline again above the body); a repeat with no body after it is footer furniture. Each article's
/// title is its first headline-like line; its repeats, one-word lines above it and site-name lines are removed.
/// </summary>
internal static class ArticleSplitter
{
    /// <param name="lines">The page's lines.</param>
    /// <param name="reasons">Removal reasons so far (null = kept); structural removals are added.</param>
    /// <param name="titleKeys">Per line, the folded key of the line as a title (site-name suffix cut), for repeats.</param>
    /// <param name="forcedStarts">Lines where the markup already says an article starts (HTML &lt;article&gt;).</param>
    /// <param name="singleArticle">The container says the page is one article (a TREC document, a JSONL record with a title).</param>
    public static List<ArticlePlan> Split(IReadOnlyList<PageLine> lines, string?[] reasons, string[] titleKeys, IReadOnlyCollection<int> forcedStarts, bool singleArticle)
    {
        var kept = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null)
            {
                kept.Add(i);
            }
        }

        var starts = new SortedSet<int>(forcedStarts);
        for (var p = 0; p < kept.Count; p++)
        {
            var i = kept[p];
            if (singleArticle || !lines[i].IsHeadlineLike || lines[i].Words < CleaningThresholds.MinRepeatWords)
            {
                continue;
            }

            var repeat = FindRepeat(kept, p, titleKeys);
            if (repeat < 0 || HasBody(lines, kept, p + 1, repeat))
            {
                // Not repeated, or repeated after body text: a title echoed in the footer, handled with the title.
                continue;
            }

            if (HasBodyAfter(lines, kept, repeat))
            {
                starts.Add(i);
                p = repeat;
            }
            else
            {
                // Printed twice with nothing after: a footer box repeating a headline (often another article's).
                reasons[i] = reasons[kept[repeat]] = "footer-headline";
            }
        }

        var plans = new List<ArticlePlan>();
        var bounds = starts.Where(s => s > 0).ToList();
        var from = 0;
        foreach (var start in bounds.Append(lines.Count))
        {
            plans.Add(new ArticlePlan(from, start));
            from = start;
        }

        // Text above the first headline that holds no body paragraph is page header, owned by the first article.
        if (plans.Count > 1 && !plans[0].RangeStart.Equals(plans[0].RangeEnd) && !HasBody(lines, reasons, plans[0]))
        {
            MarkKept(reasons, plans[0], "page-header");
            plans[1] = Merge(plans[0], plans[1]);
            plans.RemoveAt(0);
        }

        foreach (var plan in plans)
        {
            PickTitle(lines, reasons, titleKeys, plan);
        }

        return plans;
    }

    static int FindRepeat(List<int> kept, int p, string[] titleKeys)
    {
        var key = titleKeys[kept[p]];
        for (var q = p + 1; q < kept.Count && q <= p + CleaningThresholds.MaxTitleRepeatGap; q++)
        {
            if (titleKeys[kept[q]] == key)
            {
                return q;
            }
        }

        return -1;
    }

    static bool HasBodyAfter(IReadOnlyList<PageLine> lines, List<int> kept, int q) =>
        HasBody(lines, kept, q + 1, Math.Min(kept.Count, q + 1 + CleaningThresholds.MaxTitleRepeatGap));

    static bool HasBody(IReadOnlyList<PageLine> lines, List<int> kept, int from, int to)
    {
        for (var r = from; r < to; r++)
        {
            if (lines[kept[r]].Words >= CleaningThresholds.MinBodyWords)
            {
                return true;
            }
        }

        return false;
    }

    static bool HasBody(IReadOnlyList<PageLine> lines, string?[] reasons, ArticlePlan plan)
    {
        for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
        {
            if (reasons[i] is null && lines[i].Words >= CleaningThresholds.MinBodyWords)
            {
                return true;
            }
        }

        return false;
    }

    static ArticlePlan Merge(ArticlePlan first, ArticlePlan second) => new(first.RangeStart, second.RangeEnd);

    static void MarkKept(string?[] reasons, ArticlePlan plan, string reason)
    {
        for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
        {
            reasons[i] ??= reason;
        }
    }

    static void PickTitle(IReadOnlyList<PageLine> lines, string?[] reasons, string[] titleKeys, ArticlePlan plan)
    {
        var above = new List<int>();
        for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
        {
            if (reasons[i] is not null)
            {
                continue;
            }

            if (lines[i].Words < CleaningThresholds.MinTitleWords)
            {
                above.Add(i);
                continue;
            }

            if (lines[i].IsHeadlineLike)
            {
                plan.TitleLine = i;
            }

            break;
        }

        if (plan.TitleLine < 0)
        {
            return;
        }

        // One-word lines above the headline are section labels and menu items the tables do not name.
        foreach (var i in above)
        {
            reasons[i] = "page-header";
        }

        var key = titleKeys[plan.TitleLine];
        for (var i = plan.TitleLine + 1; i < plan.RangeEnd; i++)
        {
            if (reasons[i] is null && titleKeys[i] == key)
            {
                reasons[i] = "repeated-title";
            }
        }
    }
}
