using System.Text.RegularExpressions;

namespace Marsad.Cleaning;

/// <summary>
/// One row of data/cleaning/line-rules.tsv: how to recognise a furniture line, what to remove with it, and the
/// reason id the removal carries. <see cref="Order"/> is the row's position: the first matching row wins.
/// </summary>
internal sealed record LineRule(
    int Order,
    string Id,
    LineMatch Match,
    string Pattern,
    Regex? Expression,
    LineAction Action,
    int Count,
    int MaxWords,
    string? After)
{
    /// <summary>Whether the row may look at a line of <paramref name="words"/> words after a line removed as <paramref name="previousReason"/>.</summary>
    public bool Applies(int words, string? previousReason) =>
        (MaxWords == 0 || words <= MaxWords) && (After is null || After == previousReason);
}

/// <summary>How a line rule's pattern is compared with a line (see the header of line-rules.tsv).</summary>
internal enum LineMatch { Line, Prefix, Contains, Words, Regex, DateLine }

/// <summary>What a line rule removes besides the matched line.</summary>
internal enum LineAction { Drop, DropThenHeadline, DropThenList, DropCard }
