using Marsad.Dates;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Dates;

/// <summary>
/// A day-month printed with its weekday but without a year pins the year within the news period
/// (<see cref="CalendarMath.YearOfWeekday"/>) and, with an anchor word, the publication date
/// (<see cref="PublicationDateInferrer"/>). Sentences written for these tests.
/// </summary>
public class PublicationDateWeekdayTests
{
    static readonly PublicationDateInferrer Inferrer = PublicationDateInferrer.CreateDefault();

    static Document Run(string text)
    {
        var doc = new Document("t", new ArticleSource("t", 0), text);
        doc = Inferrer.Run(new SentenceSplitter().Run(new Tokenizer().Run(doc)));
        doc = DateFinder.CreateDefault().Run(doc);
        DocumentInvariants.Check(doc);
        return doc;
    }

    [Theory]
    // 17 October was a Sunday in 2021 only between 2018 and 2025 (again in 2027).
    [InlineData(10, 17, DayOfWeek.Sunday, 2018, 2025, 2021)]
    // 29 February exists in leap years only: a Saturday in 2020 (and 1992, 2048).
    [InlineData(2, 29, DayOfWeek.Saturday, 2018, 2025, 2020)]
    public void Weekday_pins_the_one_year_of_a_window(int month, int day, DayOfWeek weekday, int first, int last, int year) =>
        Assert.Equal(year, CalendarMath.YearOfWeekday(month, day, weekday, first, last));

    [Theory]
    // 14 April was a Friday in 2017 and 2023: two years in the window, no pin.
    [InlineData(4, 14, DayOfWeek.Friday, 2015, 2025)]
    // 1 January was a Monday in 2018 and 2024: none of 2019–2023 has it.
    [InlineData(1, 1, DayOfWeek.Monday, 2019, 2023)]
    public void Weekday_pins_nothing_when_no_year_or_several_match(int month, int day, DayOfWeek weekday, int first, int last) =>
        Assert.Null(CalendarMath.YearOfWeekday(month, day, weekday, first, last));

    [Fact]
    public void Anchor_word_with_weekday_and_day_month_pins_the_publication_date()
    {
        // أمس الخميس الثالث من آذار: 3 March fell on a Thursday in 2022 only (2018–2025), so the article is of Friday 4 March 2022.
        var doc = Run("أغلقت السلطات المعبر أمس الخميس الثالث من آذار، بعد اشتباكات متقطعة.\nوقال مسؤولون إن الإغلاق مؤقت.");
        var inferred = Assert.IsType<InferredDate>(doc.InferredPublished);
        Assert.Equal(new DateOnly(2022, 3, 4), inferred.Date);
        Assert.Equal(PublicationDateInferrer.TodayWithWeekdayDayMonth, inferred.Rule);
        // Still flagged as inferred, with the sentence used as its evidence.
        Assert.Equal<string>(["أغلقت السلطات المعبر أمس الخميس الثالث من آذار، بعد اشتباكات متقطعة."], inferred.Evidence.Select(s => doc[s]));
    }

    [Fact]
    public void Background_years_do_not_place_a_weekday_date()
    {
        // The weekday beats the latest printed year (2016, background): 9 June was a Friday in 2023.
        var doc = Run("وصل الوفد اليوم السبت بعد محادثات جرت أمس الجمعة 9 حزيران.\nوكانت المفاوضات قد توقفت منذ عام 2016.");
        Assert.Equal(new DateOnly(2023, 6, 10), doc.InferredPublished?.Date);
    }

    [Fact]
    public void Weekday_date_that_matches_two_years_of_the_window_is_not_guessed()
    {
        // 12 May was a Sunday in 2019 and in 2024, both in the news period: the weekday does not pin the year.
        var doc = Run("بدأت الامتحانات أمس الأحد 12 أيار في جميع المدارس.");
        Assert.Null(doc.InferredPublished);
    }
}
