using Marsad.Dates;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Testing;

namespace Marsad.Tests.Dates;

/// <summary>
/// Behaviour of <see cref="DateFinder"/>, one row per rule (the rule is named in the row's comment). Every test goes
/// through a <see cref="Document"/> and <see cref="DocumentInvariants.Check"/>. Relative rows use a Thursday anchor.
/// Fixture sentences are written for these tests.
/// </summary>
public partial class DateFinderTests
{
    /// <summary>Thursday 8 April 2021: its week (Saturday-Friday) is 3-9 April.</summary>
    static readonly DateOnly Thursday = new(2021, 4, 8);

    static readonly DateFinder Finder = DateFinder.CreateDefault();

    static Document Run(string text, DateOnly? anchor)
    {
        var doc = Finder.Run(new Document("test", new ArticleSource("test", 0, Published: anchor), text));
        DocumentInvariants.Check(doc);
        return doc;
    }

    /// <summary>Runs the finder and returns the one date it must find, checking its covered text.</summary>
    static DateMention Single(string text, string expected, DateOnly? anchor)
    {
        var doc = Run(text, anchor);
        var found = Assert.Single(doc.Dates);
        Assert.Equal(expected, doc[found.Span]);
        return found;
    }

    static void AssertResolved(DateMention date, DatePrecision precision, string value, string rule)
    {
        Assert.Equal(rule, date.Rule);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(value, date.Value);
    }

    [Fact]
    public void Is_a_stage_that_needs_no_layer_and_provides_dates()
    {
        Assert.Equal(Layer.None, Finder.Requires);
        Assert.Equal(Layer.Dates, Finder.Provides);
        var pipeline = new DocumentPipeline([Finder]);
        var doc = pipeline.Run(new Document("p", new ArticleSource("test", 0, Published: Thursday), "وصل الوفد أمس إلى بغداد."));
        Assert.Equal(DatePrecision.Day, Assert.Single(doc.Dates).Precision);
    }

    [Fact]
    public void Finds_nothing_in_text_without_dates()
    {
        Assert.Empty(Run("قال المتحدث إن الوفد سيصل إلى العاصمة لبحث الملفات العالقة.", Thursday).Dates);
        Assert.Empty(Run("", Thursday).Dates);
    }

    [Fact]
    public void Finds_several_dates_in_text_order_without_overlap()
    {
        var doc = Run("أعلن الوزير أمس أن الاتفاق الموقع في 5 يناير 2020 سيجدد العام المقبل.", Thursday);
        Assert.Equal(["أمس", "5 يناير 2020", "العام المقبل"], doc.Dates.Select(d => doc[d.Span]));
    }

    [Fact]
    public void Longest_expression_wins_over_its_parts()
    {
        // "يوم أمس الأربعاء" holds "أمس" and "الأربعاء"; one mention covers all three words.
        var date = Single("عقد المجلس جلسته يوم أمس الأربعاء في بغداد.", "يوم أمس الأربعاء", Thursday);
        AssertResolved(date, DatePrecision.Day, "2021-04-07", DateRules.Yesterday);
    }

    [Fact]
    public void Dates_never_cross_a_line_break()
    {
        var doc = Run("وصل في 5 يناير\n2020 كان عاما صعبا", Thursday);
        Assert.Equal("5 يناير", doc[Assert.Single(doc.Dates).Span]);
    }

    [Fact]
    public void Tuesday_last_week_before_a_tuesday_anchor_is_one_week_earlier()
    {
        var tuesday = new DateOnly(2021, 4, 6);
        var date = Single("وقال الوزير الثلاثاء الماضي إن المفاوضات مستمرة.", "الثلاثاء الماضي", tuesday);
        AssertResolved(date, DatePrecision.Day, "2021-03-30", DateRules.WeekdayPast);
    }

    [Fact]
    public void Relative_dates_without_a_publication_date_stay_unresolved_with_the_reason()
    {
        var date = Single("وصل الوفد أمس إلى بغداد.", "أمس", anchor: null);
        Assert.Equal(DatePrecision.Unresolved, date.Precision);
        Assert.Equal(DateRules.NoAnchor, date.Rule);
        Assert.True(date.Relative);
        Assert.Null(date.Start);
    }

    [Fact]
    public void A_day_and_month_without_a_year_need_the_publication_date()
    {
        var date = Single("وصل الوفد في 5 يناير إلى بغداد.", "5 يناير", anchor: null);
        Assert.Equal(DateRules.NoAnchor, date.Rule);
        Assert.True(date.Relative);
    }

    [Fact]
    public void Absolute_dates_resolve_without_a_publication_date()
    {
        var date = Single("وصل الوفد في 5 يناير 2020 إلى بغداد.", "5 يناير 2020", anchor: null);
        AssertResolved(date, DatePrecision.Day, "2020-01-05", DateRules.DayMonthYear);
        Assert.False(date.Relative);
    }

    [Fact]
    public void Recognised_expressions_keep_the_weekday_they_name_for_anchor_inference()
    {
        // The inference of a missing publication date re-resolves these against candidate anchors.
        var expressions = Finder.Recognise("أعلنت الشركة اليوم الخميس أن الصيانة التي بدأت يوم أمس الأربعاء اكتملت.");
        Assert.Equal(2, expressions.Count);
        Assert.Equal((DayOfWeek.Thursday, 0), (expressions[0].Weekday, expressions[0].DayOffset));
        Assert.Equal((DayOfWeek.Wednesday, -1), (expressions[1].Weekday, expressions[1].DayOffset));

        var agrees = DateResolver.Resolve(expressions[0], Thursday);
        var disagrees = DateResolver.Resolve(expressions[0], Thursday.AddDays(1));
        Assert.Equal(DateRules.Today, agrees.Rule);
        Assert.Equal(DateRules.Today + DateRules.WeekdayDisagrees, disagrees.Rule);
    }

    [Fact]
    public void A_full_date_after_an_anchor_word_keeps_the_anchor_word_for_inference()
    {
        var expression = Assert.Single(Finder.Recognise("وقال الوزير اليوم الخميس 8 أبريل 2021 إن"));
        Assert.Equal(0, expression.DayOffset);
        Assert.Equal(DayOfWeek.Thursday, expression.Weekday);
        var date = Single("وقال الوزير اليوم الخميس 8 أبريل 2021 إن", "اليوم الخميس 8 أبريل 2021", anchor: null);
        AssertResolved(date, DatePrecision.Day, "2021-04-08", DateRules.DayMonthYear);
    }
}
