using Marsad.Cleaning;

namespace Marsad.Testing;

/// <summary>
/// The provenance invariants every cleaned article must keep: the offset map covers the whole clean text, every
/// copied character is the raw character it maps to, every inserted character (paragraph separator, collapsed
/// whitespace) maps to whitespace, a markup boundary or an entity in the raw page, and removed spans lie inside the raw text.
/// </summary>
public static class CleanArticleInvariants
{
    public static void Check(string rawPageText, CleanArticle article)
    {
        var raw = rawPageText;
        var clean = article.Text;
        var map = article.Map;
        Assert.True(map.CleanLength == clean.Length, $"the map covers {map.CleanLength} characters of a {clean.Length}-character text");
        foreach (var s in map.Segments)
        {
            Assert.True(s.RawStart >= 0 && s.RawStart + s.RawLength <= raw.Length, $"segment {s} lies outside the raw text (length {raw.Length})");
            for (var i = s.CleanStart; i < s.CleanEnd; i++)
            {
                var at = map.ToRaw(i);
                Assert.True(at >= 0 && at < raw.Length || raw.Length == 0, $"clean offset {i} maps to {at}, outside the raw text");
                if (s.IsCopy)
                {
                    Assert.True(raw[at] == clean[i], $"clean[{i}] = U+{(int)clean[i]:X4} but raw[{at}] = U+{(int)raw[at]:X4}");
                }
                else if (char.IsWhiteSpace(clean[i]))
                {
                    // Whitespace that was inserted maps to raw whitespace or markup; a decoded &nbsp; maps to its '&'.
                    Assert.True(char.IsWhiteSpace(raw[at]) || raw[at] is '<' or '>' or '&' || IsInsideMarkup(raw, at), $"inserted whitespace at clean {i} maps to raw[{at}] = '{raw[at]}'");
                }
            }
        }

        foreach (var removed in article.Removed)
        {
            Assert.True(removed.RawSpan.Start >= 0 && removed.RawSpan.End <= raw.Length && removed.RawSpan.Start <= removed.RawSpan.End, $"removed span {removed.RawSpan} ({removed.Reason}) lies outside the raw text");
            Assert.False(string.IsNullOrEmpty(removed.Reason), $"removed span {removed.RawSpan} has no reason");
        }

        for (var i = 1; i < article.Removed.Length; i++)
        {
            Assert.True(article.Removed[i - 1].RawSpan.Start <= article.Removed[i].RawSpan.Start, "removed spans are not in raw order");
        }
    }

    // A separator between two HTML blocks may map to the tag that ends the first one.
    static bool IsInsideMarkup(string raw, int at)
    {
        var open = raw.LastIndexOf('<', at);
        var close = raw.LastIndexOf('>', at);
        return open > close;
    }
}
