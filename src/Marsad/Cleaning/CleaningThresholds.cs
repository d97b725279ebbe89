namespace Marsad.Cleaning;

/// <summary>The structural thresholds of cleaning, each with the reason for its value.</summary>
internal static class CleaningThresholds
{
    /// <summary>One-word lines are section labels or menu items, not headlines.</summary>
    public const int MinTitleWords = 2;

    /// <summary>Arabic news headlines run 5–20 words; long explanatory ones reach ~25. Longer lines are paragraphs.</summary>
    public const int MaxTitleWords = 28;

    /// <summary>Items of link boxes and tag lists are short headlines or tags.</summary>
    public const int MaxListItemWords = 24;

    /// <summary>A headline repeated within this many kept lines (after captions, logo and subtitle lines) opens an article.</summary>
    public const int MaxTitleRepeatGap = 8;

    /// <summary>
    /// Lines shorter than this repeat by chance (timeline dates "10 أكتوبر", labels), so neither a repeat of one
    /// opens an article nor is one removed as a repeated paragraph on its own. Real headlines are longer.
    /// </summary>
    public const int MinRepeatWords = 4;

    /// <summary>A paragraph of at least this many words is article body (a subheading or a caption is shorter).</summary>
    public const int MinBodyWords = 12;

    /// <summary>Shorter paragraphs are too short to call a pull-quote: subheadings would match by chance.</summary>
    public const int MinPullQuoteWords = 6;

    /// <summary>Pull-quotes are a sentence or two; a longer paragraph is body even if it overlaps another.</summary>
    public const int MaxPullQuoteWords = 90;

    /// <summary>
    /// Share of a short paragraph's word pairs found in one longer paragraph that makes it a pull-quote. Pull-quotes
    /// reword their source a little ("المهمة والمؤثرة" → "المؤثرة", a speaker prefix), so exact containment is too
    /// strict; unrelated paragraphs of one article share well under a third of their word pairs.
    /// </summary>
    public const double PullQuoteCoverage = 0.6;

    /// <summary>Words a date line may hold besides the date and the words of date-line-words.tsv (e.g. the site name).</summary>
    public const int MaxDateLineOtherWords = 2;

    /// <summary>Words after a title separator (" | ", " - ") that can be a site name.</summary>
    public const int MaxOutletWords = 4;
}
