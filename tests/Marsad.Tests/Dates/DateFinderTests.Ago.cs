using Marsad.Dates;
using Marsad.Documents;

namespace Marsad.Tests.Dates;

public partial class DateFinderTests
{
    // Anchor: Thursday 2021-04-08.
    [Theory]
    // N years ago, digits + accusative singular: Year precision
    [InlineData("هاجرت العائلة قبل 18 عاماً إلى كندا.", "قبل 18 عاماً", DatePrecision.Year, "2003", DateRules.YearsAgo)]
    // N days ago, number word
    [InlineData("زار الوزير المدينة قبل ثلاثة أيام فقط.", "قبل ثلاثة أيام", DatePrecision.Day, "2021-04-05", DateRules.DaysAgo)]
    // N days ago, Arabic-Indic digits
    [InlineData("زار الوزير المدينة قبل ١٠ أيام فقط.", "قبل ١٠ أيام", DatePrecision.Day, "2021-03-29", DateRules.DaysAgo)]
    // ten as a number word (عشرة with a masculine plural noun's feminine form)
    [InlineData("زار الوزير المدينة قبل عشرة أيام فقط.", "قبل عشرة أيام", DatePrecision.Day, "2021-03-29", DateRules.DaysAgo)]
    // dual: two days
    [InlineData("زار الوزير المدينة قبل يومين فقط.", "قبل يومين", DatePrecision.Day, "2021-04-06", DateRules.DaysAgo)]
    // dual: two weeks, the Saturday-Friday week holding that day
    [InlineData("وقعت الحادثة قبل أسبوعين في الميناء.", "قبل أسبوعين", DatePrecision.Week, "2021-03-20/2021-03-26", DateRules.WeeksAgo)]
    // dual: two months, the calendar month holding that day
    [InlineData("وقعت الحادثة قبل شهرين في الميناء.", "قبل شهرين", DatePrecision.Month, "2021-02", DateRules.MonthsAgo)]
    // dual: two years
    [InlineData("وقعت الحادثة قبل عامين في الميناء.", "قبل عامين", DatePrecision.Year, "2019", DateRules.YearsAgo)]
    // singular with no number: one unit
    [InlineData("وقعت الحادثة قبل عام في الميناء.", "قبل عام", DatePrecision.Year, "2020", DateRules.YearsAgo)]
    // teens: unit + عشر
    [InlineData("غادر البلاد قبل خمسة عشر عاما مع أسرته.", "قبل خمسة عشر عاما", DatePrecision.Year, "2006", DateRules.YearsAgo)]
    // 21-99: unit + و + ten
    [InlineData("غادر البلاد قبل خمسة وعشرين عاما مع أسرته.", "قبل خمسة وعشرين عاما", DatePrecision.Year, "1996", DateRules.YearsAgo)]
    // منذ counts back like قبل
    [InlineData("يعيش في المنفى منذ ثلاث سنوات بعيدا عن أهله.", "منذ ثلاث سنوات", DatePrecision.Year, "2018", DateRules.YearsAgo)]
    // decades
    [InlineData("انقطعت العلاقات منذ ثلاثة عقود تقريبا.", "منذ ثلاثة عقود", DatePrecision.Year, "1991", DateRules.DecadesAgo)]
    // hours count in whole days
    [InlineData("أطلق سراحه قبل 48 ساعة بعد التحقيق.", "قبل 48 ساعة", DatePrecision.Day, "2021-04-06", DateRules.HoursAgo)]
    // a hedge makes the count approximate
    [InlineData("غادر الوفد قبل نحو أسبوع دون اتفاق.", "قبل نحو أسبوع", DatePrecision.Week, "2021-03-27/2021-04-02", DateRules.WeeksAgo + DateRules.Approximately)]
    // a plural with no number: a few units, 2-10 before the anchor
    [InlineData("افتتحت المدرسة قبل أيام في القرية.", "قبل أيام", DatePrecision.Range, "2021-03-29/2021-04-06", DateRules.FewUnitsAgo)]
    // a few, with قليلة
    [InlineData("افتتحت المدرسة منذ أيام قليلة في القرية.", "منذ أيام قليلة", DatePrecision.Range, "2021-03-29/2021-04-06", DateRules.FewUnitsAgo)]
    // a few, with بضعة
    [InlineData("افتتحت المدرسة قبل بضعة أيام في القرية.", "قبل بضعة أيام", DatePrecision.Range, "2021-03-29/2021-04-06", DateRules.FewUnitsAgo)]
    // the past few days, up to the anchor
    [InlineData("تصاعد القصف خلال الأيام القليلة الماضية على القرى.", "الأيام القليلة الماضية", DatePrecision.Range, "2021-03-29/2021-04-08", DateRules.StretchPast)]
    // the past two days, dual
    [InlineData("تصاعد القصف خلال اليومين الماضيين على القرى.", "اليومين الماضيين", DatePrecision.Range, "2021-04-06/2021-04-08", DateRules.StretchPast)]
    // the past N hours with a definite number
    [InlineData("تصاعد القصف خلال الساعات الـ48 الماضية على القرى.", "الساعات الـ48 الماضية", DatePrecision.Range, "2021-04-06/2021-04-08", DateRules.StretchPast)]
    // the coming days, from the anchor
    [InlineData("يتوقع وصول المساعدات خلال الأيام المقبلة إلى المخيم.", "الأيام المقبلة", DatePrecision.Range, "2021-04-08/2021-04-18", DateRules.StretchNext)]
    public void Resolves_counted_units_before_the_publication_date(string text, string span, DatePrecision precision, string value, string rule)
    {
        var date = Single(text, span, Thursday);
        AssertResolved(date, precision, value, rule);
        Assert.True(date.Relative);
    }

    [Fact]
    public void A_count_tied_to_another_event_is_not_counted_from_the_publication_date()
    {
        // "قبل ثلاثة أيام من الانتخابات" is three days before the elections.
        var date = Single("أعلن الحزب برنامجه قبل ثلاثة أيام من الانتخابات.", "قبل ثلاثة أيام", Thursday);
        Assert.Equal(DatePrecision.Unresolved, date.Precision);
        Assert.Equal(DateRules.CountedFromEvent, date.Rule);
    }

    [Fact]
    public void A_period_of_the_story_is_not_the_anchors_period()
    {
        var date = Single("انتقل إلى الساحل أواخر العام ذاته مع رفاقه.", "أواخر العام ذاته", Thursday);
        Assert.Equal(DateRules.PeriodNotNamed, date.Rule);
    }

    [Fact]
    public void A_month_of_the_same_year_takes_the_year_named_before_it()
    {
        // «في أيار 2020، بعد زيارة أولى في تموز من العام ذاته»: the July of 2020, not of the anchor's year.
        var doc = Run("تولى منصبه في أيار 2020، وزار البلد في تموز من العام ذاته.", Thursday);
        var date = Assert.Single(doc.Dates, d => doc[d.Span] == "تموز من العام ذاته");
        AssertResolved(date, DatePrecision.Month, "2020-07", DateRules.MonthOfSameYear);
    }

    [Fact]
    public void A_month_of_the_same_year_with_no_year_before_it_stays_unresolved()
    {
        var date = Single("زار الوفد البلد في تموز من العام ذاته.", "تموز من العام ذاته", Thursday);
        Assert.Equal(DateRules.PeriodNotNamed, date.Rule);
    }
}
