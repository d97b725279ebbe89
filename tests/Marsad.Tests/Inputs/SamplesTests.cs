using Marsad.Cleaning;
using Marsad.Inputs;
using Marsad.Testing;

namespace Marsad.Tests.Inputs;

/// <summary>The bundled samples/ folder reads without errors and cleans into the articles its README describes.</summary>
public class SamplesTests
{
    static readonly string Folder = Path.Combine(SharedData.RepositoryRoot, "samples");

    static (InputReadResult Read, IReadOnlyList<CleanArticle> Articles) Load(string name)
    {
        var path = Path.Combine(Folder, name);
        var read = new InputReader().Read(path, File.ReadAllBytes(path));
        var articles = PageCleaner.CreateDefault().CleanAll(read.Pages);
        foreach (var article in articles)
        {
            var page = read.Pages.Single(p => p.SourceFile == article.Source.SourceFile && (read.Pages.Length == 1 || p.Hints.Url == article.Source.Url));
            CleanArticleInvariants.Check(page.Text, article);
        }

        return (read, articles);
    }

    [Fact]
    public void Every_sample_reads_without_errors_or_warnings()
    {
        foreach (var path in Directory.GetFiles(Folder).Where(p => !p.EndsWith(".md", StringComparison.Ordinal)))
        {
            var (read, articles) = Load(Path.GetFileName(path));
            Assert.Empty(read.Errors);
            Assert.Empty(read.Warnings);
            Assert.NotEmpty(articles);
        }
    }

    [Theory]
    [InlineData("07-border-threats-windows1256.txt", "windows-1256")]
    [InlineData("08-oil-deal-utf16le.txt", "utf-16le")]
    [InlineData("01-base-rocket-attack.txt", "utf-8")]
    public void Sample_encodings_are_detected(string name, string encoding) =>
        Assert.Equal(encoding, Load(name).Read.Input!.Encoding);

    [Fact]
    public void Doubled_sample_article_comes_out_once_with_its_date()
    {
        var article = Assert.Single(Load("01-base-rocket-attack.txt").Articles);
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(paragraphs.Length, paragraphs.Distinct().Count());
        Assert.Equal(new DateOnly(2021, 4, 9), article.Source.Published);
        Assert.DoesNotContain("معرض الكتاب", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_article_sample_gives_two_articles()
    {
        Assert.Equal(2, Load("04-two-articles.txt").Articles.Count);
    }

    [Fact]
    public void Jsonl_sample_gives_three_articles_numbered_in_file_order()
    {
        var articles = Load("06-feed.jsonl").Articles;
        Assert.Equal([0, 1, 2], articles.Select(a => a.Source.IndexInFile));
        Assert.Equal(new DateOnly(2021, 5, 12), articles[2].Source.Published);
    }

    [Fact]
    public void Html_sample_keeps_no_script_or_handler_text()
    {
        var article = Assert.Single(Load("05-withdrawal-announcement.html").Articles);
        foreach (var banned in new[] { "gtag", "alert", "steal", "javascript", "الأنماط", "لا يظهر", "فيسبوك", "ملفات تعريف" })
        {
            Assert.DoesNotContain(banned, article.Text, StringComparison.Ordinal);
        }

        Assert.Equal("نادية السامرائي", article.Source.Author);
    }
}
