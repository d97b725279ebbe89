using System.Xml.Linq;
using Marsad.Briefs;
using Marsad.Documents;
using static Marsad.Tests.Briefs.BriefFacts;

namespace Marsad.Tests.Briefs;

public class BriefWriterTests
{
    const string Hostile = "هجوم <script>alert('x')</script> & \"[رابط](javascript:alert(1))\"";

    static Brief HostileBrief()
    {
        var a1 = A1 with { Title = Hostile };
        var shelling = Event("a1/ev1", EventCategory.Assault, new DateOnly(2022, 3, 1), [Militia], [Army], [Report(a1, 4), Report(A2, 6)],
            sentence: "قالت مصادر <img src=x onerror=alert(2)> إن القصف استمر ساعة.");
        return BriefBuilder.Build(Input([shelling], articles: [a1, A2]));
    }

    [Fact]
    public void Html_encodes_a_hostile_title_and_sentence()
    {
        var html = HtmlBriefWriter.Write(HostileBrief());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_well_formed_marks_arabic_runs_rtl_and_links_every_citation_to_its_source()
    {
        var brief = HostileBrief();
        var html = HtmlBriefWriter.Write(brief);

        // Parse the page as XML (void <meta>/<br> closed, the doctype dropped) to check structure, not to render it.
        var doc = XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal)
            .Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>", StringComparison.Ordinal).Replace("<br>", "<br/>", StringComparison.Ordinal));
        var spans = doc.Descendants("span").ToList();
        Assert.Contains(spans, s => s.Value == Militia.Name);
        Assert.All(spans.Where(s => s.Value.Any(Marsad.Arabic.ArabicLetters.IsArabicScript)), s =>
        {
            Assert.Equal("rtl", (string?)s.Attribute("dir"));
            Assert.Equal("ar", (string?)s.Attribute("lang"));
        });
        var targets = doc.Descendants("li").Select(li => (string?)li.Attribute("id")).OfType<string>().ToHashSet();
        var links = doc.Descendants("a").Select(a => ((string)a.Attribute("href")!)[1..]).ToList();
        Assert.Equal(brief.Lines.Sum(l => l.Citations.Count()), links.Count);
        Assert.All(links, id => Assert.Contains(id, targets));
    }

    [Fact]
    public void Markdown_escapes_link_and_html_syntax_of_untrusted_text()
    {
        var markdown = MarkdownBriefWriter.Write(HostileBrief());

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", markdown);
        Assert.Contains(@"\<script\>alert('x')\</script\> \& ""\[رابط\](javascript:alert(1))""", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_html_carry_the_same_lines()
    {
        var brief = HostileBrief();
        var markdown = MarkdownBriefWriter.Write(brief);
        var html = HtmlBriefWriter.Write(brief);

        var lines = brief.Lines.Count();
        Assert.Equal(lines + brief.Sources.Length, markdown.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal(lines + brief.Sources.Length, html.Split("<li", StringSplitOptions.None).Length - 1);
    }
}
