using Marsad.Dates;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Events;

/// <summary>
/// Behaviour of <see cref="PublicationDateInferrer"/>, one test per rule; it must never guess without a weekday cue.
/// Fixture sentences are written for these tests.
/// </summary>
public class PublicationDateInferrerTests
{
    static readonly PublicationDateInferrer Inferrer = PublicationDateInferrer.CreateDefault();

    static Document Run(string text, DateOnly? published = null, bool datesFirst = false)
    {
        var doc = new Document("t", new ArticleSource("t", 0, Published: published), text);
        doc = new SentenceSplitter().Run(new Tokenizer().Run(doc));
        if (datesFirst)
        {
            doc = DateFinder.CreateDefault().Run(doc);
        }

        doc = Inferrer.Run(doc);
        if (!datesFirst)
        {
            doc = DateFinder.CreateDefault().Run(doc);
        }

        DocumentInvariants.Check(doc);
        return doc;
    }

    [Fact]
    public void Today_weekday_after_the_latest_printed_date_pins_the_day()
    {
        // اليوم الأحد + an event on Wednesday 9 March 2022 → the first Sunday on or after it, 13 March 2022.
        var doc = Run("افتتح الوزير اليوم الأحد معرض الكتاب.\nوكانت اللجنة قد أقرت الخطة في 9-3-2022.");
        var inferred = Assert.IsType<InferredDate>(doc.InferredPublished);
        Assert.Equal(new DateOnly(2022, 3, 13), inferred.Date);
        Assert.Equal(PublicationDateInferrer.WeekdayAfterLatestDate, inferred.Rule);
        // The evidence is the two sentences used, in text order.
        Assert.Equal<string>(["افتتح الوزير اليوم الأحد معرض الكتاب.", "وكانت اللجنة قد أقرت الخطة في 9-3-2022."], inferred.Evidence.Select(s => doc[s]));
    }

    [Fact]
    public void Relative_dates_resolve_against_the_inferred_day()
    {
        // With the anchor inferred, أمس is the Saturday before and the doc's dates agree with it.
        var doc = Run("قال المتحدث اليوم الأحد إن وفدا وصل أمس.\nوكان الاتفاق قد وقع في 9-3-2022.");
        Assert.Equal(new DateOnly(2022, 3, 13), doc.Anchor);
        var yesterday = Assert.Single(doc.Dates, d => doc[d.Span] == "أمس");
        Assert.Equal(new DateOnly(2022, 3, 12), yesterday.Start);
    }

    [Fact]
    public void Dates_found_before_the_inference_are_re_resolved()
    {
        var doc = Run("قال المتحدث اليوم الأحد إن وفدا وصل أمس.\nوكان الاتفاق قد وقع في 9-3-2022.", datesFirst: true);
        Assert.Equal(new DateOnly(2022, 3, 12), Assert.Single(doc.Dates, d => doc[d.Span] == "أمس").Start);
    }

    [Fact]
    public void Yesterday_with_a_weekday_is_a_cue_too()
    {
        // "أمس الثلاثاء" makes the day of writing a Wednesday.
        var doc = Run("انطلقت أمس الثلاثاء أعمال المؤتمر.\nوأعلن المنظمون برنامجه في 1 شباط 2023.");
        Assert.Equal(new DateOnly(2023, 2, 1), doc.InferredPublished?.Date);
    }

    [Fact]
    public void Anchor_word_with_a_full_date_is_taken_directly()
    {
        var doc = Run("أعلنت الوزارة اليوم الخميس 6 نيسان 2023 نتائج الامتحانات.");
        Assert.Equal(new DateOnly(2023, 4, 6), doc.InferredPublished?.Date);
        Assert.Equal(PublicationDateInferrer.TodayWithDate, doc.InferredPublished?.Rule);
    }

    [Fact]
    public void Day_month_without_year_is_placed_in_the_latest_printed_year()
    {
        // No full date: "العاشر من أيار" in the year 2021 the text prints, then the first Monday on or after it.
        var doc = Run("بدأ اليوم الاثنين توزيع الحصص.\nوكانت الوزارة قد حددت العاشر من أيار موعدا لذلك ضمن خطة عام 2021.");
        Assert.Equal(new DateOnly(2021, 5, 10), doc.InferredPublished?.Date);
        Assert.Equal(PublicationDateInferrer.WeekdayAfterDayMonthOfLatestYear, doc.InferredPublished?.Rule);
    }

    [Theory]
    // No weekday cue: never guess, however many dates are printed.
    [InlineData("أقرت اللجنة الخطة في 9-3-2022 وبدأ تنفيذها في 14-3-2022.")]
    // A weekday cue but no printed date to place it.
    [InlineData("افتتح الوزير اليوم الأحد معرض الكتاب.")]
    // Two cues that disagree on the day of writing.
    [InlineData("قال اليوم الأحد إن الوفد وصل أمس الخميس، في 9-3-2022.")]
    // The latest dated event is older than a year the text prints: the article is not pinned.
    [InlineData("قال اليوم الأحد إن الحرب بدأت في 9-3-2018 وإن الخطة تمتد حتى عام 2024.")]
    public void Never_guesses_without_consistent_evidence(string text) =>
        Assert.Null(Run(text).InferredPublished);

    [Fact]
    public void A_printed_publication_date_is_never_replaced()
    {
        var doc = Run("افتتح الوزير اليوم الأحد معرض الكتاب.\nأقرت اللجنة الخطة في 9-3-2022.", published: new DateOnly(2022, 3, 20));
        Assert.Null(doc.InferredPublished);
        Assert.Equal(new DateOnly(2022, 3, 20), doc.Anchor);
    }
}
