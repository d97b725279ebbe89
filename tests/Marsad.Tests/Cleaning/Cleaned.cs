using Marsad.Cleaning;
using Marsad.Inputs;
using Marsad.Testing;

namespace Marsad.Tests.Cleaning;

/// <summary>Runs the default cleaner on a hand-written page and checks the provenance invariants of every article.</summary>
internal static class Cleaned
{
    static readonly PageCleaner Cleaner = PageCleaner.CreateDefault();

    public static IReadOnlyList<CleanArticle> Text(params string[] lines) => Page(string.Join("\n\n", lines), PageFormat.Text);

    public static IReadOnlyList<CleanArticle> Html(string html) => Page(html, PageFormat.Html);

    public static IReadOnlyList<CleanArticle> Page(string text, PageFormat format, PageHints? hints = null)
    {
        var page = new RawPage("page.txt", 0, text, format, hints ?? PageHints.None);
        var articles = Cleaner.Clean(page);
        foreach (var article in articles)
        {
            CleanArticleInvariants.Check(text, article);
        }

        return articles;
    }

    public static string[] Paragraphs(CleanArticle article) => article.Text.Split("\n\n");
}
