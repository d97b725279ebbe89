using System.Text;
using Marsad.Cleaning;
using Marsad.Inputs;
using Marsad.Testing;

namespace Marsad.Tests.Inputs;

/// <summary>Containers that hold pages: TREC documents and JSONL records.</summary>
public class ContainerReaderTests
{
    static readonly InputReader Reader = new();

    const string Trec = """
        <DOC>
        <DOCNO>XX-middleEast-7-20180301</DOCNO>
        <URL>https://news.example/article/7</URL>
        <SRC>example</SRC>
        <TITLE>وفد حكومي يزور البصرة لبحث أزمة المياه</TITLE>
        <TIME>Thu, 01 Mar 2018 09:15:00 GMT</TIME>
        <AUTHOR>هيئة التحرير</AUTHOR>
        <ABSTRACT>
        ملخص قصير عن الزيارة.
        </ABSTRACT>
        <TEXT>
        وصل وفد حكومي رفيع إلى البصرة صباح الخميس لبحث أزمة شح المياه التي تعاني منها المحافظة منذ أشهر.
        وقال رئيس الوفد إن الحكومة ستخصص مبالغ إضافية لمشاريع تحلية المياه خلال العام الجاري.
        </TEXT>
        </DOC>
        """;

    [Fact]
    public void Trec_document_becomes_one_page_with_its_tags_as_hints()
    {
        var result = Reader.Read("doc.txt", Encoding.UTF8.GetBytes(Trec));
        Assert.Equal(InputFormat.Trec, result.Input!.Format);
        var page = Assert.Single(result.Pages);
        Assert.Equal(Trec, page.Text);
        Assert.Equal("https://news.example/article/7", page.Hints.Url);
        Assert.Equal("وفد حكومي يزور البصرة لبحث أزمة المياه", page.Hints.Title);
        Assert.Equal("Thu, 01 Mar 2018 09:15:00 GMT", page.Hints.PublishedText);
        Assert.Equal("هيئة التحرير", page.Hints.Author);
        var title = page.Hints.TitleSpan!.Value;
        Assert.Equal(page.Hints.Title, page.Text[title.Start..title.End]);
        var body = page.Hints.BodySpan!.Value;
        Assert.StartsWith("\n", page.Text[body.Start..body.End], StringComparison.Ordinal);
        Assert.Contains("تحلية المياه", page.Text[body.Start..body.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Trec_page_cleans_to_its_title_and_text_with_the_stated_date()
    {
        var page = Assert.Single(Reader.Read("doc.txt", Encoding.UTF8.GetBytes(Trec)).Pages);
        var article = Assert.Single(Marsad.Cleaning.PageCleaner.CreateDefault().Clean(page));
        Marsad.Testing.CleanArticleInvariants.Check(page.Text, article);
        Assert.Equal(new DateOnly(2018, 3, 1), article.Source.Published);
        Assert.Equal("Thu, 01 Mar 2018 09:15:00 GMT", article.Source.PublishedText);
        Assert.Equal(3, article.Text.Split("\n\n").Length);
        Assert.DoesNotContain("ملخص", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", article.Text, StringComparison.Ordinal);
    }

    static string Jsonl(params string[] lines) => string.Join("\n", lines);

    [Fact]
    public void Jsonl_records_become_pages_with_their_fields_as_hints()
    {
        var text = Jsonl(
            """{"url": "https://news.example/1", "title": "عنوان أول", "published": "2024-03-05", "outlet": "المرصد", "author": "سامر", "text": "سطر أول\nسطر \"ثان\" عربي"}""",
            """{"url": "https://news.example/2", "title": "عنوان ثان", "html": "<html><body><p>فقرة عربية</p></body></html>"}""");
        var result = Reader.Read("feed.jsonl", Encoding.UTF8.GetBytes(text));
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Pages.Length);
        var first = result.Pages[0];
        Assert.Equal("سطر أول\nسطر \"ثان\" عربي", first.Text); // JSON unescaped
        Assert.Equal(PageFormat.Text, first.Format);
        Assert.Equal(1, first.Line);
        Assert.Equal(("https://news.example/1", "عنوان أول", "2024-03-05", "المرصد", "سامر"), (first.Hints.Url, first.Hints.Title, first.Hints.PublishedText, first.Hints.Outlet, first.Hints.Author));
        Assert.Equal(PageFormat.Html, result.Pages[1].Format);
        Assert.Equal(2, result.Pages[1].Line);
    }

    [Fact]
    public void Jsonl_record_with_a_stated_title_keeps_a_one_line_text_as_its_body()
    {
        var text = Jsonl("""{"title": "عنوان الخبر", "text": "أعيد فتح الطريق الدولي بعد إصلاح الجسر"}""");
        var result = Reader.Read("feed.jsonl", Encoding.UTF8.GetBytes(text));

        var article = Assert.Single(PageCleaner.CreateDefault().CleanAll(result.Pages));

        Assert.Equal("عنوان الخبر", article.Source.Title);
        Assert.Equal("أعيد فتح الطريق الدولي بعد إصلاح الجسر", article.Text);
        CleanArticleInvariants.Check(result.Pages[0].Text, article);
    }

    [Fact]
    public void Malformed_jsonl_line_is_an_error_for_that_line_only()
    {
        var text = Jsonl("""{"text": "نص أول"}""", "", """{"text": "نص ثان" """, """{"text": "نص ثالث"}""");
        var result = Reader.Read("feed.jsonl", Encoding.UTF8.GetBytes(text));
        Assert.Equal([1, 4], result.Pages.Select(p => p.Line));
        var error = Assert.Single(result.Errors);
        Assert.Equal("feed.jsonl:3", error.Input);
        Assert.StartsWith("malformed JSON (", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("feed.jsonl:3: malformed JSON (", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_record_without_text_or_html_is_an_error()
    {
        var text = Jsonl("""{"title": "عنوان بلا نص", "url": "https://news.example/3"}""", """{"text": "نص عربي"}""");
        var result = Reader.Read("feed.jsonl", Encoding.UTF8.GetBytes(text));
        Assert.Single(result.Pages);
        var error = Assert.Single(result.Errors);
        Assert.Equal("feed.jsonl:1", error.Input);
        Assert.Contains("neither", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_page_indexes_continue_across_records()
    {
        var text = Jsonl(
            """{"title": "الخبر الأول", "text": "وصل الوفد الحكومي إلى البصرة صباح اليوم لبحث أزمة المياه المتفاقمة في المحافظة منذ أشهر عدة."}""",
            """{"title": "الخبر الثاني", "text": "صوت البرلمان على قانون الموازنة العامة بعد جلسة طويلة شهدت خلافات بين الكتل السياسية الرئيسية."}""");
        var pages = Reader.Read("feed.jsonl", Encoding.UTF8.GetBytes(text)).Pages;
        var articles = Marsad.Cleaning.PageCleaner.CreateDefault().CleanAll(pages);
        Assert.Equal([0, 1], articles.Select(a => a.Source.IndexInFile));
        Assert.Equal(["الخبر الأول", "الخبر الثاني"], articles.Select(a => a.Source.Title));
    }
}
