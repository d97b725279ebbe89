using Marsad.Arabic;
using Marsad.Cleaning;
using Marsad.Inputs;
using Marsad.Testing;

namespace Marsad.Tests.Cleaning;

/// <summary>
/// The five seed scrapes in ../shared/seeds, read at run time (their text is never copied into the repository).
/// Expectations name raw lines by number, so the assertions hold without quoting the pages.
/// </summary>
public class SeedPagesTests
{
    // Furniture the seed pages print that no article may keep (stock phrases, not article text).
    static readonly string[] Furniture =
    [
        "fbpx", "ادعموا درج", "واتساب", "tptn_list", "الأكثر قراءة", "اقرأ أيضاً", "إقرأوا أيضاً", "ماكرون",
        "انشر مقالك", "رابط مختصر", "كلمات دليلية", "التعليقات مغلقة", "قد يعجبك ايضا", "ملفات تعريف الارتباط", "زمن القراءة",
    ];

    static readonly PageCleaner Cleaner = PageCleaner.CreateDefault();

    static (string Raw, string[] Lines, IReadOnlyList<CleanArticle> Articles) Clean(string prefix)
    {
        var path = Directory.GetFiles(SharedData.Seeds!, prefix + "_*.txt").Single();
        var bytes = File.ReadAllBytes(path);
        var read = new InputReader().Read(path, bytes);
        Assert.Empty(read.Errors);
        var page = Assert.Single(read.Pages);
        var articles = Cleaner.Clean(page);
        foreach (var article in articles)
        {
            CleanArticleInvariants.Check(page.Text, article);
        }

        return (page.Text, page.Text.Split('\n'), articles);
    }

    [SharedFact]
    public void Six_articles_come_out_of_the_five_seed_pages()
    {
        var counts = new[] { "000", "001", "002", "003", "004" }.Select(p => Clean(p).Articles.Count).ToArray();
        Assert.Equal([1, 1, 1, 2, 1], counts);
    }

    [SharedTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void No_furniture_reaches_article_text(string seed)
    {
        foreach (var article in Clean(seed).Articles)
        {
            var folded = ArabicFolding.Fold(article.Text);
            foreach (var phrase in Furniture)
            {
                Assert.DoesNotContain(ArabicFolding.Fold(phrase), folded);
            }
        }
    }

    [SharedTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void No_paragraph_is_printed_twice(string seed)
    {
        foreach (var article in Clean(seed).Articles)
        {
            var paragraphs = article.Text.Split("\n\n");
            Assert.Equal(paragraphs.Length, paragraphs.Distinct().Count());
        }
    }

    [SharedTheory]
    [InlineData("000", 0, 5)] // headline under the donation prompt
    [InlineData("001", 0, 1)] // headline printed twice at the top
    [InlineData("003", 0, 1)] // first of two articles
    [InlineData("003", 1, 33)] // second article, after its captions and logo line
    [InlineData("004", 0, 1)]
    public void Title_is_the_headline_line(string seed, int article, int line)
    {
        var (_, lines, articles) = Clean(seed);
        Assert.Equal(lines[line - 1].Trim(), articles[article].Source.Title);
        Assert.StartsWith(articles[article].Source.Title!, articles[article].Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Title_drops_the_site_name_after_the_pipe()
    {
        var (_, lines, articles) = Clean("002");
        var first = lines[0];
        Assert.Equal(first[..first.IndexOf('|')].Trim(), articles[0].Source.Title);
        Assert.Equal(first[(first.IndexOf('|') + 1)..].Trim(), articles[0].Source.Outlet);
        Assert.Contains(articles[0].Removed, r => r.Reason == "site-name");
    }

    [SharedTheory]
    [InlineData("000", "2021-04-09", "09.04.2021")]
    [InlineData("001", "2020-11-24", "24/11/2020")]
    [InlineData("002", "2021-04-09", "9 أبريل 2021")]
    public void Printed_date_is_read(string seed, string date, string printed)
    {
        var source = Assert.Single(Clean(seed).Articles).Source;
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source.Published);
        Assert.Equal(printed, source.PublishedText);
    }

    [SharedTheory]
    [InlineData("003")]
    [InlineData("004")]
    public void Pages_without_a_printed_date_get_none(string seed)
    {
        Assert.All(Clean(seed).Articles, a => Assert.Null(a.Source.Published));
    }

    [SharedFact]
    public void Paragraph_after_a_bare_read_also_cue_is_kept()
    {
        // Raw line 34 follows the first "read also" cue and is body, not a teaser.
        var (_, lines, articles) = Clean("000");
        Assert.Contains(lines[33].Trim(), articles[0].Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Teaser_card_after_a_read_also_cue_is_removed_whole()
    {
        var (_, lines, articles) = Clean("000");
        var removed = articles[0].Removed.Where(r => r.Reason == "read-also-teaser-card").Select(r => r.Text).ToList();
        Assert.Equal([lines[39].Trim(), lines[41].Trim(), lines[43].Trim()], removed);
        Assert.Null(articles[0].Source.Author);
    }

    [SharedFact]
    public void Pull_quote_is_removed_and_its_source_paragraph_kept()
    {
        var (_, lines, articles) = Clean("000");
        Assert.Contains(articles[0].Removed, r => r.Reason == "pull-quote" && r.Text == lines[19].Trim());
        Assert.Contains(lines[25].Trim(), articles[0].Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Two_articles_on_one_page_keep_their_own_body_and_drop_captions()
    {
        var (_, lines, articles) = Clean("003");
        Assert.Contains(lines[13].Trim(), articles[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(lines[13].Trim(), articles[1].Text, StringComparison.Ordinal);
        Assert.Contains(lines[43].Trim(), articles[1].Text, StringComparison.Ordinal);
        Assert.All(articles, a => Assert.Contains(a.Removed, r => r.Reason == "photo-caption"));
        Assert.All(articles, a => Assert.DoesNotContain("(أ.ب)", a.Text, StringComparison.Ordinal));
        Assert.Equal([0, 1], articles.Select(a => a.Source.IndexInFile));
    }

    [SharedTheory]
    [InlineData("001", 10)] // subheadings inside the body stay
    [InlineData("002", 30)]
    [InlineData("004", 21)]
    public void Subheadings_stay_in_the_body(string seed, int line)
    {
        var (_, lines, articles) = Clean(seed);
        Assert.Contains("\n\n" + lines[line - 1].Trim() + "\n\n", articles[0].Text, StringComparison.Ordinal);
    }
}
