namespace Marsad.Cleaning;

/// <summary>
/// One article found on a page, as line indices: the lines it owns [<see cref="RangeStart"/>, <see cref="RangeEnd"/>)
/// (its removed lines and captured metadata come from there), its title line (the first <see cref="TitleLength"/>
/// characters of it, when a site-name suffix was cut), and its body lines in page order.
/// </summary>
internal sealed class ArticlePlan(int rangeStart, int rangeEnd)
{
    public int RangeStart { get; } = rangeStart;

    public int RangeEnd { get; set; } = rangeEnd;

    /// <summary>Index of the title line, or -1 when the article has no title line in its range.</summary>
    public int TitleLine { get; set; } = -1;

    /// <summary>How many characters of the title line are the title (the rest is a cut site-name suffix).</summary>
    public int TitleLength { get; set; }

    public List<int> Body { get; } = [];
}
