namespace Marsad.Cleaning;

/// <summary>
/// Removes paragraphs a page prints twice. An exact repeat (same folded text) anywhere later on the page is a
/// repeated paragraph: this is how an article printed twice on one page collapses to one copy. A short paragraph
/// whose word pairs mostly appear in one longer paragraph of the same article is a pull-quote: layout furniture that
/// repeats (and slightly rewords) body text.
/// </summary>
internal static class ParagraphDeduplicator
{
    public static void RemoveRepeats(IReadOnlyList<PageLine> lines, string?[] reasons, IEnumerable<ArticlePlan> plans)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shortRepeats = new List<int>();
        foreach (var plan in plans)
        {
            if (plan.TitleLine >= 0)
            {
                seen.Add(lines[plan.TitleLine].Folded.Key);
            }

            for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
            {
                if (reasons[i] is null && i != plan.TitleLine && !seen.Add(lines[i].Folded.Key))
                {
                    if (lines[i].Words < CleaningThresholds.MinRepeatWords)
                    {
                        shortRepeats.Add(i);
                    }
                    else
                    {
                        reasons[i] = "repeated-paragraph";
                    }
                }
            }
        }

        // Short lines repeat by chance (timeline dates, labels); they go only inside a repeated block, as the
        // subheadings of an article printed twice do.
        foreach (var i in shortRepeats)
        {
            if (NextKeptIsRepeat(lines, reasons, i, -1) || NextKeptIsRepeat(lines, reasons, i, +1))
            {
                reasons[i] = "repeated-paragraph";
            }
        }
    }

    static bool NextKeptIsRepeat(IReadOnlyList<PageLine> lines, string?[] reasons, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
        {
            if (reasons[j] is null)
            {
                return false;
            }

            if (reasons[j] == "repeated-paragraph")
            {
                return true;
            }
        }

        return false;
    }

    public static void RemovePullQuotes(IReadOnlyList<PageLine> lines, string?[] reasons, ArticlePlan plan)
    {
        List<int>? shortOnes = null;
        var standfirst = true;
        for (var i = plan.RangeStart; i < plan.RangeEnd; i++)
        {
            if (reasons[i] is not null || i == plan.TitleLine)
            {
                continue;
            }

            // The paragraph right under the headline is the standfirst (deck): it summarises the body on purpose.
            if (standfirst)
            {
                standfirst = false;
                continue;
            }

            if (lines[i].Words is >= CleaningThresholds.MinPullQuoteWords and <= CleaningThresholds.MaxPullQuoteWords)
            {
                (shortOnes ??= []).Add(i);
            }
        }

        if (shortOnes is null)
        {
            return;
        }

        var pairs = new Dictionary<int, HashSet<long>>();
        foreach (var i in shortOnes)
        {
            var mine = WordPairs(lines[i].Folded.Key);
            if (mine.Count == 0)
            {
                continue;
            }

            for (var j = plan.RangeStart; j < plan.RangeEnd; j++)
            {
                if (j == i || reasons[j] is not null || j == plan.TitleLine || lines[j].Words <= lines[i].Words)
                {
                    continue;
                }

                if (!pairs.TryGetValue(j, out var theirs))
                {
                    pairs[j] = theirs = WordPairs(lines[j].Folded.Key);
                }

                var found = 0;
                foreach (var pair in mine)
                {
                    if (theirs.Contains(pair))
                    {
                        found++;
                    }
                }

                if (found >= CleaningThresholds.PullQuoteCoverage * mine.Count)
                {
                    reasons[i] = "pull-quote";
                    break;
                }
            }
        }
    }

    /// <summary>Hashes of adjacent word pairs; words are letter/digit runs, so punctuation and quote marks do not count.</summary>
    static HashSet<long> WordPairs(string key)
    {
        var set = new HashSet<long>();
        var previous = 0;
        var hasPrevious = false;
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var inWord = i < key.Length && char.IsLetterOrDigit(key[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i < key.Length && !char.IsWhiteSpace(key[i]) && i + 1 < key.Length && char.IsLetterOrDigit(key[i + 1]))
                {
                    // A mark inside a word (لـ"حفريات") joins its pieces: keep reading the same word.
                    continue;
                }

                var word = string.GetHashCode(StripInner(key.AsSpan(start, i - start)));
                if (hasPrevious)
                {
                    set.Add(((long)previous << 32) | (uint)word);
                }

                previous = word;
                hasPrevious = true;
                start = -1;
            }
        }

        return set;
    }

    static ReadOnlySpan<char> StripInner(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c))
            {
                Span<char> buffer = new char[word.Length];
                var n = 0;
                foreach (var d in word)
                {
                    if (char.IsLetterOrDigit(d))
                    {
                        buffer[n++] = d;
                    }
                }

                return buffer[..n].ToArray();
            }
        }

        return word;
    }
}
