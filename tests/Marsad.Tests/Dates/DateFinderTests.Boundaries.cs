using Marsad.Dates;
using Marsad.Documents;

namespace Marsad.Tests.Dates;

public partial class DateFinderTests
{
    [Theory]
    // conjunction و attached: the span starts after it
    [InlineData("قال المتحدث والثلاثاء شهد اشتباكات.", "الثلاثاء", DateRules.WeekdayRecent)]
    // preposition ب with the article: بالأمس
    [InlineData("وبالأمس أعلن الجيش حظر التجول.", "الأمس", DateRules.Yesterday)]
    // conjunction before a bare adverb: وأمس
    [InlineData("وأمس أعلن الجيش حظر التجول.", "أمس", DateRules.Yesterday)]
    // ل + ال written لل: only the preposition is left out
    [InlineData("خصصت الأموال للعام الماضي كله.", "لعام الماضي", DateRules.YearPast)]
    // diacritics on the conjunction stay with it
    [InlineData("وَالخميس وصل الوفد.", "الخميس", DateRules.WeekdayRecent)]
    public void Leaves_proclitics_outside_the_span(string text, string span, string rule)
    {
        Assert.Equal(rule, Single(text, span, Thursday).Rule);
    }

    [Theory]
    // أمس only as a whole word: أمسية (an evening event), أمسك (he held)
    [InlineData("حضر الوزير أمسية شعرية وأمسك الميكروفون.")]
    // بأمس الحاجة is "in dire need", not yesterday: ب attaches only to words with the article
    [InlineData("الناس بأمس الحاجة إلى الدعم.")]
    // آب alone is not a month
    [InlineData("زار آب العائلة أبناءه في المدينة.")]
    // آب after في is still not enough
    [InlineData("وصل في آب إلى المدينة.")]
    // مارس as a verb
    [InlineData("مارس الرئيس ضغوطا كبيرة على الحكومة.")]
    // تموز without a cue: the reactor's name
    [InlineData("قصف مفاعل تموز في غارة جوية.")]
    // نيسان without a cue: the car maker
    [InlineData("اشترى سيارة نيسان مستعملة.")]
    // bare تشرين without a year: the protest movement
    [InlineData("خرج أنصار انتفاضة تشرين إلى الساحات.")]
    // الأحد عشر is eleven
    [InlineData("شارك الأحد عشر لاعبا في التدريب.")]
    // الواحد الأحد is "the one, the only"
    [InlineData("دعا إلى عبادة الواحد الأحد وحده.")]
    // كلا الاثنين is "both of the two"
    [InlineData("رفض كلا الاثنين العرض المقدم.")]
    // الاثنين معا is "the two together"
    [InlineData("سافر الاثنين معا إلى باريس.")]
    // اليوم before an ordinal is "the day"
    [InlineData("في اليوم الأول من الزيارة التقى الوزراء.")]
    // اليوم before a relative pronoun
    [InlineData("لن ينسى اليوم الذي غادر فيه.")]
    // اليوم before an adjective
    [InlineData("احتفلت البلاد باليوم الوطني واليوم العالمي للمرأة.")]
    // ذلك اليوم points back into the story
    [InlineData("لم يخرج أحد في ذلك اليوم من منزله.")]
    // اليوم in an outlet's name
    [InlineData("قال لقناة روسيا اليوم إن الاتفاق صامد.")]
    // a singular unit in construct is not a count: "before election day"
    [InlineData("أغلقت الحدود قبل يوم الانتخابات بساعات.")]
    // العام as the adjective "general"
    [InlineData("قال المدعي العام الحالي إن التحقيق مستمر.")]
    // a bare number outside 1900-2100 after في is a count
    [InlineData("انتشرت القوات في 1500 موقع على الحدود.")]
    // a bare four-digit number with no cue is not a year
    [InlineData("قتل 2014 شخصا في المعارك.")]
    // an ordinal needs من and a month to be a day
    [InlineData("احتل الفريق المركز السابع في الترتيب.")]
    // a numeric date with month 13 is not a date
    [InlineData("رقم الملف 12/13/2020 في الأرشيف.")]
    public void Finds_no_date_in_look_alikes(string text)
    {
        Assert.Empty(Run(text, Thursday).Dates);
    }

    [Fact]
    public void Ambiguous_months_count_after_a_day_a_year_or_شهر()
    {
        // آب is a month after a day number, before a year, or after شهر.
        Assert.Equal(new DateOnly(2017, 8, 9), Single("وصل الوفد في 9 آب 2017 إلى بيروت.", "9 آب 2017", Thursday).Start);
        Assert.Equal(DatePrecision.Month, Single("وصل في آب 2019 إلى المدينة.", "آب 2019", Thursday).Precision);
        Assert.Equal(DateRules.MonthNearest, Single("وصل في شهر آب إلى المدينة.", "شهر آب", Thursday).Rule);
        // آذار and تموز count after a preposition.
        Assert.Equal(DateRules.MonthNearest, Single("وصل في آذار إلى المدينة.", "آذار", Thursday).Rule);
    }

    [Fact]
    public void Bare_sunday_counts_when_no_guard_applies()
    {
        // Sunday 2021-04-04 is the most recent Sunday on or before Thursday 2021-04-08.
        var date = Single("أعلن الجيش الأحد انتهاء العملية.", "الأحد", Thursday);
        Assert.Equal(new DateOnly(2021, 4, 4), date.Start);
    }
}
