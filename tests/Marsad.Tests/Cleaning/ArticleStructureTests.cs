using static Marsad.Tests.Cleaning.Fixtures;

namespace Marsad.Tests.Cleaning;

/// <summary>The structural rules: article boundaries, titles, repeats, pull-quotes, site names and date lines.</summary>
public class ArticleStructureTests
{
    [Fact]
    public void Article_printed_twice_comes_out_once()
    {
        var article = Assert.Single(Cleaned.Text(Headline, Lead, Body1, Body2, "09.04.2021", Lead, Body1, Body2));
        Assert.Equal([Headline, Lead, Body1, Body2], Cleaned.Paragraphs(article));
        Assert.Equal(3, article.Removed.Count(r => r.Reason == "repeated-paragraph"));
    }

    [Fact]
    public void Headline_repeated_above_its_body_opens_each_of_two_articles()
    {
        var articles = Cleaned.Text(
            Headline, "صورة من موقع الهجوم (رويترز)", "TT", Headline, Lead, Body1,
            OtherHeadline, "الوزيران خلال المؤتمر الصحفي (أ.ف.ب)", OtherHeadline, OtherBody, OtherBody2);
        Assert.Equal(2, articles.Count);
        Assert.Equal([Headline, Lead, Body1], Cleaned.Paragraphs(articles[0]));
        Assert.Equal([OtherHeadline, OtherBody, OtherBody2], Cleaned.Paragraphs(articles[1]));
        Assert.Equal([Headline, OtherHeadline], articles.Select(a => a.Source.Title));
        Assert.Equal([0, 1], articles.Select(a => a.Source.IndexInFile));
    }

    [Fact]
    public void Repeated_headline_with_no_body_after_it_is_footer()
    {
        var articles = Cleaned.Text(Headline, Lead, Body1, Body2, OtherHeadline, OtherHeadline, "رابط مختصر");
        var article = Assert.Single(articles);
        Assert.DoesNotContain(OtherHeadline, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_is_the_first_headline_shaped_line()
    {
        var article = Assert.Single(Cleaned.Text("سياسة", Headline, Lead, Body1));
        Assert.Equal(Headline, article.Source.Title);
        Assert.StartsWith(Headline + "\n\n" + Lead, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_ending_in_a_full_stop_is_not_a_title()
    {
        var article = Assert.Single(Cleaned.Text("وصل الوفد إلى بغداد.", Lead, Body1));
        Assert.Null(article.Source.Title);
    }

    [Fact]
    public void Subheading_inside_the_body_is_kept()
    {
        var article = Assert.Single(Cleaned.Text(Headline, Lead, Body1, Subheading, Body2));
        Assert.Equal([Headline, Lead, Body1, Subheading, Body2], Cleaned.Paragraphs(article));
    }

    [Fact]
    public void Pull_quote_repeating_a_later_sentence_is_removed()
    {
        // The standalone line repeats the second sentence of Body2, with a little rewording.
        var pull = "أن الحكومة عازمة على ملاحقة المتورطين وتقديمهم إلى القضاء";
        var article = Assert.Single(Cleaned.Text(Headline, Lead, Body1, pull, Body2, Body3));
        Assert.Equal([Headline, Lead, Body1, Body2, Body3], Cleaned.Paragraphs(article));
        Assert.Contains(article.Removed, r => r.Reason == "pull-quote" && r.Text == pull);
    }

    [Fact]
    public void Standfirst_summarising_the_body_is_not_a_pull_quote()
    {
        var standfirst = "الحكومة عازمة على ملاحقة المتورطين وتقديمهم إلى القضاء";
        var article = Assert.Single(Cleaned.Text(Headline, standfirst, Body1, Body2));
        Assert.Equal([Headline, standfirst, Body1, Body2], Cleaned.Paragraphs(article));
    }

    [Fact]
    public void Site_name_suffix_is_cut_from_the_title_and_gives_the_outlet()
    {
        var article = Assert.Single(Cleaned.Text(Headline + " | المرصد نيوز", "المرصد نيوز", Lead, Body1, Headline + " | المرصد نيوز", "مرصد نيوز"));
        Assert.Equal(Headline, article.Source.Title);
        Assert.Equal("المرصد نيوز", article.Source.Outlet);
        Assert.Equal([Headline, Lead, Body1], Cleaned.Paragraphs(article));
        Assert.Contains(article.Removed, r => r.Reason == "repeated-title");
        Assert.Equal(3, article.Removed.Count(r => r.Reason == "site-name"));
    }

    [Fact]
    public void Unconfirmed_dash_suffix_stays_in_the_title()
    {
        var title = "العراق - الحكومة تعلن خطة جديدة";
        var article = Assert.Single(Cleaned.Text(title, Lead, Body1));
        Assert.Equal(title, article.Source.Title);
        Assert.Null(article.Source.Outlet);
    }

    [Theory]
    [InlineData("24/11/2020", 2020, 11, 24, "24/11/2020")] // dd/mm/yyyy
    [InlineData("09.04.2021", 2021, 4, 9, "09.04.2021")] // dd.mm.yyyy
    [InlineData("٢٤/١١/٢٠٢٠", 2020, 11, 24, "٢٤/١١/٢٠٢٠")] // Arabic-Indic digits kept as printed
    [InlineData("الخميس 9 نيسان 2021", 2021, 4, 9, "9 نيسان 2021")] // Syriac month series with weekday
    [InlineData("المرصد نيوز9 أبريل 2021آخر تحديث : منذ 5 أشهر", 2021, 4, 9, "9 أبريل 2021")] // glued to the site name
    [InlineData("نشر بتاريخ 2021-04-09", 2021, 4, 9, "2021-04-09")] // ISO order
    public void Date_line_gives_the_printed_date(string line, int y, int m, int d, string printed)
    {
        var article = Assert.Single(Cleaned.Text(Headline, line, Lead, Body1));
        Assert.Equal(new DateOnly(y, m, d), article.Source.Published);
        Assert.Equal(printed, article.Source.PublishedText);
        Assert.Contains(article.Removed, r => r.Reason == "publication-date-line" && r.Text == line);
        Assert.DoesNotContain(line, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_inside_a_body_sentence_is_not_a_publication_date()
    {
        var sentence = "وكان البرلمان قد صوت في 5 يناير 2020 على قرار يطالب بخروج القوات الأجنبية من البلاد.";
        var article = Assert.Single(Cleaned.Text(Headline, Lead, sentence, Body1));
        Assert.Null(article.Source.Published);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separators_map_to_the_raw_line_breaks()
    {
        var raw = Headline + "\n" + Lead + "\r\n\r\n" + Body1;
        var article = Assert.Single(Cleaned.Page(raw, Marsad.Inputs.PageFormat.Text));
        var cut = article.Text.IndexOf("\n\n", StringComparison.Ordinal);
        Assert.Equal(Headline.Length, article.Map.ToRaw(cut));
        Assert.Equal('\n', raw[article.Map.ToRaw(cut)]);
        Assert.Equal(Lead[0], raw[article.Map.ToRaw(cut + 2)]);
    }

    [Fact]
    public void Page_of_only_furniture_yields_no_article()
    {
        Assert.Empty(Cleaned.Text("fbpx", "الأكثر قراءة", "رابط مختصر", "عذراً التعليقات مغلقة"));
    }

    [Fact]
    public void Timeline_dates_repeated_between_entries_are_kept_and_split_nothing()
    {
        // Short labels repeat by chance: "10 أكتوبر" twice in a timeline is neither a headline nor a repeated block.
        var article = Assert.Single(Cleaned.Text(Headline, Lead, "10 أكتوبر", Body1, "10 أكتوبر", Body2, "11 أكتوبر", Body3));
        Assert.Equal([Headline, Lead, "10 أكتوبر", Body1, "10 أكتوبر", Body2, "11 أكتوبر", Body3], Cleaned.Paragraphs(article));
    }

    [Fact]
    public void Subheading_inside_a_doubled_article_goes_with_its_copy()
    {
        var article = Assert.Single(Cleaned.Text(Headline, Lead, Subheading, Body1, Lead, Subheading, Body1));
        Assert.Equal([Headline, Lead, Subheading, Body1], Cleaned.Paragraphs(article));
    }

    [Fact]
    public void Page_the_container_calls_one_article_is_never_split()
    {
        var hints = new Marsad.Inputs.PageHints(Title: Headline);
        var text = string.Join("\n", OtherHeadline, OtherHeadline, OtherBody, Body1);
        var article = Assert.Single(Cleaned.Page(text, Marsad.Inputs.PageFormat.Text, hints));
        Assert.Contains(OtherBody, article.Text, StringComparison.Ordinal);
    }
}
