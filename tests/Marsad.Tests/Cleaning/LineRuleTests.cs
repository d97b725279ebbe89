using Marsad.Arabic;
using static Marsad.Tests.Cleaning.Fixtures;

namespace Marsad.Tests.Cleaning;

/// <summary>One test per kind of furniture line rule (data/cleaning/line-rules.tsv), with invented pages.</summary>
public class LineRuleTests
{
    static void AssertRemoved(string furniture, string reason, params string[] around)
    {
        var article = Assert.Single(Cleaned.Text([Headline, .. around.Take(1), furniture, .. around.Skip(1)]));
        Assert.DoesNotContain(furniture, article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, r => r.Reason == reason && r.Text == furniture);
        foreach (var body in around)
        {
            Assert.Contains(body, article.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fbpx", "tracking-token")] // whole-line match
    [InlineData("TT", "logo-token")] // regex: a logo's alt text
    [InlineData("ساهموا في دعم الصحافة المستقلة!", "donate-prompt")] // prefix match
    [InlineData("لتلقي أهم الأخبار على واتساب اضغط هنا", "subscribe-prompt")] // regex over the folded line
    [InlineData("شارك على فيسبوك | تويتر | واتساب", "share-prompt")] // words: only share words on the line
    [InlineData("يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك، ويمكنك تعديل الإعدادات. قبول", "cookie-banner")] // contains
    [InlineData("عذراً التعليقات مغلقة", "comments-closed")]
    [InlineData("رابط مختصر https://x.example/a1", "short-link")]
    [InlineData("زمن القراءة: 3 دقائق", "reading-time")]
    [InlineData("[related_posts limit=\"4\"]", "cms-shortcode")]
    [InlineData("جميع الحقوق محفوظة لصحيفة المرصد 2024", "copyright")]
    public void Removes_furniture_line(string furniture, string reason) => AssertRemoved(furniture, reason, Lead, Body1);

    [Theory]
    [InlineData("اقرأ أيضاً: البرلمان يؤجل التصويت على الموازنة")] // hamza and tanwin variants fold together
    [InlineData("إقرأ ايضا: البرلمان يؤجل التصويت على الموازنة")]
    [InlineData("اقرأوا أيضا: البرلمان يؤجل التصويت على الموازنة")]
    [InlineData("طالع أيضا: البرلمان يؤجل التصويت على الموازنة")]
    [InlineData("شاهد أيضاً: البرلمان يؤجل التصويت على الموازنة")]
    public void Read_also_line_goes_with_the_headline_on_it(string line) => AssertRemoved(line, "read-also", Lead, Body1);

    [Fact]
    public void Bare_read_also_cue_takes_the_headline_after_it()
    {
        var article = Assert.Single(Cleaned.Text(Headline, Lead, "إقرأوا أيضاً:", OtherHeadline, Body1));
        Assert.DoesNotContain(OtherHeadline, article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Removed.Count(r => r.Reason == "read-also"));
        Assert.Contains(Body1, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_read_also_cue_keeps_a_body_paragraph_after_it()
    {
        // The cue's teaser was an image link the scraper lost: the next line is the article's own body.
        var article = Assert.Single(Cleaned.Text(Headline, Lead, "اقرأ أيضا:", Body1, Body2));
        Assert.Equal([Headline, Lead, Body1, Body2], Cleaned.Paragraphs(article));
    }

    [Fact]
    public void Teaser_card_after_a_read_also_cue_goes_whole_and_gives_no_byline()
    {
        var card = new[] { "سلمى حداد- صحافية عراقية | 12.03.2024", OtherHeadline, OtherBody };
        var article = Assert.Single(Cleaned.Text([Headline, Lead, "إقرأوا أيضاً:", .. card, Body1]));
        Assert.Equal([Headline, Lead, Body1], Cleaned.Paragraphs(article));
        Assert.Equal(card, article.Removed.Where(r => r.Reason == "read-also-teaser-card").Select(r => r.Text));
        Assert.Null(article.Source.Author);
        Assert.Null(article.Source.Published);
    }

    [Fact]
    public void Most_read_box_takes_its_list_and_shortcode()
    {
        var article = Assert.Single(Cleaned.Text(Headline, Lead, "الأكثر قراءة", "[tptn_list limit=\"5\"]", OtherHeadline, "الحكومة تقر خطة للكهرباء", Body1));
        Assert.Equal([Headline, Lead, Body1], Cleaned.Paragraphs(article));
        Assert.Contains(article.Removed, r => r.Reason == "cms-shortcode");
        Assert.Equal(3, article.Removed.Count(r => r.Reason == "most-read-box"));
    }

    [Fact]
    public void Tag_footer_takes_the_tags_under_it()
    {
        var article = Assert.Single(Cleaned.Text(Headline, Lead, Body1, "كلمات دليلية", "العراق", "الأنبار", "صواريخ"));
        Assert.Equal([Headline, Lead, Body1], Cleaned.Paragraphs(article));
        Assert.Equal(4, article.Removed.Count(r => r.Reason == "tag-footer"));
    }

    [Theory]
    [InlineData("صورة لموقع الهجوم في الأنبار (أ.ف.ب)")] // dotted agency abbreviation
    [InlineData("عناصر أمن قرب منصة الإطلاق (رويترز)")] // named wire agency
    [InlineData("جانب من الاجتماع في عمان (إ.ب.أ)")]
    public void Photo_caption_with_agency_credit_is_removed(string caption) => AssertRemoved(caption, "photo-caption", Lead, Body1);

    [Fact]
    public void Sentence_ending_in_an_agency_name_after_a_full_stop_is_body()
    {
        var sentence = "وأكدت الوزارة أن التحقيق مستمر. (رويترز)";
        var article = Assert.Single(Cleaned.Text(Headline, Lead, sentence, Body1));
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Donate_prompt_naming_the_site_gives_the_outlet()
    {
        var article = Assert.Single(Cleaned.Text("ادعموا المرصد", Headline, Lead, Body1));
        Assert.Equal("المرصد", article.Source.Outlet);
        Assert.Contains(article.Removed, r => r.Reason == "donate-prompt");
    }

    [Theory]
    [InlineData("بقلم: سامر الخطيب", "سامر الخطيب")] // "by the pen of"
    [InlineData("كتب: سامر الخطيب", "سامر الخطيب")] // "wrote:" needs its colon
    public void Byline_gives_the_author(string byline, string author)
    {
        var article = Assert.Single(Cleaned.Text(Headline, byline, Lead, Body1));
        Assert.Equal(author, article.Source.Author);
        Assert.DoesNotContain(byline, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_byline_with_role_and_date_gives_author_and_date()
    {
        var article = Assert.Single(Cleaned.Text(Headline, "سامر الخطيب - مراسل المرصد | 05.02.2024", Lead, Body1));
        Assert.Equal("سامر الخطيب", article.Source.Author);
        Assert.Equal(new DateOnly(2024, 2, 5), article.Source.Published);
        Assert.Equal("05.02.2024", article.Source.PublishedText);
    }

    [Fact]
    public void Wrote_without_a_colon_is_a_sentence_not_a_byline()
    {
        var line = "كتب الوزير في تغريدة";
        var article = Assert.Single(Cleaned.Text(Headline, Lead, line, Body1));
        Assert.Null(article.Source.Author);
        Assert.Contains(line, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_table_row_removes_a_new_sites_furniture()
    {
        var rows = Marsad.Resources.DataFile.ReadTsv("cleaning/line-rules.tsv")
            .Append(["promo-line", "prefix", "حمل تطبيقنا", "drop", "10", "-"]);
        var cleaner = new Marsad.Cleaning.PageCleaner(Marsad.Cleaning.CleaningRules.Parse(
            rows,
            Marsad.Resources.DataFile.ReadLines("cleaning/date-line-words.tsv"),
            Marsad.Resources.DataFile.ReadTsv("cleaning/html-noise.tsv")));
        var page = new Marsad.Inputs.RawPage("p.txt", 0, string.Join("\n", Headline, Lead, "حمّل تطبيقنا الآن مجاناً", Body1), Marsad.Inputs.PageFormat.Text, Marsad.Inputs.PageHints.None);
        var article = Assert.Single(cleaner.Clean(page));
        Assert.Contains(article.Removed, r => r.Reason == "promo-line");
        Assert.DoesNotContain(ArabicFolding.Fold("تطبيقنا"), ArabicFolding.Fold(article.Text));
    }

    [Fact]
    public void A_regex_row_written_with_letters_folding_removes_is_refused_with_its_row()
    {
        // Regexes run over folded lines: "القائمة" can never match (folded it is "القايمه"), so the table is refused.
        string[] row = ["subscribe-prompt", "regex", "^اشترك في القائمة البريدية$", "drop", "8", "-"];
        var ex = Assert.Throws<FormatException>(() => Marsad.Cleaning.CleaningRules.Parse([row], [], []));
        Assert.Contains("row 1", ex.Message);
        Assert.Contains("write it folded", ex.Message);
    }
}
