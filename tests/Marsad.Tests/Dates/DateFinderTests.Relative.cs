using Marsad.Dates;
using Marsad.Documents;

namespace Marsad.Tests.Dates;

public partial class DateFinderTests
{
    // Anchor: Thursday 2021-04-08; its Saturday-Friday week is 2021-04-03..09.
    [Theory]
    // today
    [InlineData("أعلنت البلدية اليوم إغلاق الطريق.", "اليوم", DatePrecision.Day, "2021-04-08", DateRules.Today)]
    // today with the anchor's weekday
    [InlineData("أعلنت البلدية اليوم الخميس إغلاق الطريق.", "اليوم الخميس", DatePrecision.Day, "2021-04-08", DateRules.Today)]
    // today with another weekday: the anchor is kept, the rule notes it
    [InlineData("أعلنت البلدية اليوم الأربعاء إغلاق الطريق.", "اليوم الأربعاء", DatePrecision.Day, "2021-04-08", DateRules.Today + DateRules.WeekdayDisagrees)]
    // yesterday
    [InlineData("وصل الوفد أمس إلى بغداد.", "أمس", DatePrecision.Day, "2021-04-07", DateRules.Yesterday)]
    // After a part of the day اليوم is "today" even before a definite noun: the verb's object, not an adjective.
    [InlineData("ودان الرئيس صباح اليوم الهجوم على المطار.", "اليوم", DatePrecision.Day, "2021-04-08", DateRules.Today)]
    // yesterday with its weekday
    [InlineData("عقدت اللجنة اجتماعها يوم أمس الأربعاء في المقر.", "يوم أمس الأربعاء", DatePrecision.Day, "2021-04-07", DateRules.Yesterday)]
    // yesterday with a weekday that disagrees
    [InlineData("عقدت اللجنة اجتماعها أمس الثلاثاء في المقر.", "أمس الثلاثاء", DatePrecision.Day, "2021-04-07", DateRules.Yesterday + DateRules.WeekdayDisagrees)]
    // the day before yesterday
    [InlineData("انتهت الزيارة أول أمس دون بيان.", "أول أمس", DatePrecision.Day, "2021-04-06", DateRules.DayBeforeYesterday)]
    // tomorrow, with tanwin
    [InlineData("يصل الوفد غداً إلى أربيل.", "غداً", DatePrecision.Day, "2021-04-09", DateRules.Tomorrow)]
    // tomorrow, without tanwin
    [InlineData("يصل الوفد غدا إلى أربيل.", "غدا", DatePrecision.Day, "2021-04-09", DateRules.Tomorrow)]
    // the day after tomorrow
    [InlineData("تبدأ القمة بعد غد في القاهرة.", "بعد غد", DatePrecision.Day, "2021-04-10", DateRules.DayAfterTomorrow)]
    // last night
    [InlineData("سقطت القذائف الليلة الماضية على الحي.", "الليلة الماضية", DatePrecision.Day, "2021-04-07", DateRules.LastNight)]
    // weekday + الماضي: strictly before the anchor
    [InlineData("أعلن الرئيس الثلاثاء الماضي خطته.", "الثلاثاء الماضي", DatePrecision.Day, "2021-04-06", DateRules.WeekdayPast)]
    // weekday + المقبل: strictly after the anchor
    [InlineData("يزور الرئيس المدينة الثلاثاء المقبل.", "الثلاثاء المقبل", DatePrecision.Day, "2021-04-13", DateRules.WeekdayNext)]
    // weekday + القادم
    [InlineData("يزور الرئيس المدينة الخميس القادم.", "الخميس القادم", DatePrecision.Day, "2021-04-15", DateRules.WeekdayNext)]
    // يوم + weekday: the most recent such day on or before the anchor
    [InlineData("وقال الوزير يوم الثلاثاء إن الوضع مستقر.", "يوم الثلاثاء", DatePrecision.Day, "2021-04-06", DateRules.WeekdayRecent)]
    // bare weekday naming the anchor's own weekday
    [InlineData("وقال الوزير الخميس إن الوضع مستقر.", "الخميس", DatePrecision.Day, "2021-04-08", DateRules.WeekdayRecent)]
    // bare weekday six days back, the end of the window
    [InlineData("وقال الوزير الجمعة إن الوضع مستقر.", "الجمعة", DatePrecision.Day, "2021-04-02", DateRules.WeekdayRecent)]
    // last week, Saturday-Friday
    [InlineData("ذكرت الصحيفة الأسبوع الماضي أن الزيارة ألغيت.", "الأسبوع الماضي", DatePrecision.Week, "2021-03-27/2021-04-02", DateRules.WeekPast)]
    // this week
    [InlineData("تنتهي المهلة الأسبوع الحالي وفق المصادر.", "الأسبوع الحالي", DatePrecision.Week, "2021-04-03/2021-04-09", DateRules.WeekCurrent)]
    // this week with a demonstrative
    [InlineData("تنتهي المهلة هذا الأسبوع وفق المصادر.", "هذا الأسبوع", DatePrecision.Week, "2021-04-03/2021-04-09", DateRules.WeekCurrent)]
    // next week
    [InlineData("تستأنف المحادثات الأسبوع المقبل في فيينا.", "الأسبوع المقبل", DatePrecision.Week, "2021-04-10/2021-04-16", DateRules.WeekNext)]
    // opening of this week: its first three days
    [InlineData("بدأت المناورات مطلع الأسبوع الحالي قرب الحدود.", "مطلع الأسبوع الحالي", DatePrecision.Range, "2021-04-03/2021-04-05", DateRules.PhaseOpening + DateRules.WeekCurrent)]
    // last month
    [InlineData("ارتفعت الأسعار الشهر الماضي بنسبة كبيرة.", "الشهر الماضي", DatePrecision.Month, "2021-03", DateRules.MonthPast)]
    // this month with الجاري
    [InlineData("تنتهي العقود الشهر الجاري دون تجديد.", "الشهر الجاري", DatePrecision.Month, "2021-04", DateRules.MonthCurrent)]
    // next month
    [InlineData("ستنخفض الأسعار الشهر المقبل كما يتوقع.", "الشهر المقبل", DatePrecision.Month, "2021-05", DateRules.MonthNext)]
    // last year
    [InlineData("تعافى الاقتصاد العام الماضي ببطء.", "العام الماضي", DatePrecision.Year, "2020", DateRules.YearPast)]
    // last year, feminine noun
    [InlineData("تعافى الاقتصاد السنة الماضية ببطء.", "السنة الماضية", DatePrecision.Year, "2020", DateRules.YearPast)]
    // this year
    [InlineData("يتوقع أن ينمو الاقتصاد العام الحالي بقوة.", "العام الحالي", DatePrecision.Year, "2021", DateRules.YearCurrent)]
    // this year with a demonstrative
    [InlineData("يتوقع أن ينمو الاقتصاد هذا العام بقوة.", "هذا العام", DatePrecision.Year, "2021", DateRules.YearCurrent)]
    // next year
    [InlineData("تجرى الانتخابات العام المقبل في موعدها.", "العام المقبل", DatePrecision.Year, "2022", DateRules.YearNext)]
    // opening of this year: its first three months
    [InlineData("تراجعت الصادرات مطلع العام الحالي بشكل حاد.", "مطلع العام الحالي", DatePrecision.Range, "2021-01-01/2021-03-31", DateRules.PhaseOpening + DateRules.YearCurrent)]
    // opening of next year
    [InlineData("سيغادر منصبه مطلع العام المقبل وفق الدستور.", "مطلع العام المقبل", DatePrecision.Range, "2022-01-01/2022-03-31", DateRules.PhaseOpening + DateRules.YearNext)]
    // closing of last month: days 21 to the end
    [InlineData("تراجعت المبيعات أواخر الشهر الماضي بشدة.", "أواخر الشهر الماضي", DatePrecision.Range, "2021-03-21/2021-03-31", DateRules.PhaseClosing + DateRules.MonthPast)]
    // نهاية is a closing word too
    [InlineData("تراجعت المبيعات نهاية الشهر الماضي بشدة.", "نهاية الشهر الماضي", DatePrecision.Range, "2021-03-21/2021-03-31", DateRules.PhaseClosing + DateRules.MonthPast)]
    // middle of this month: days 11-20
    [InlineData("ارتفعت الأسعار منتصف الشهر الجاري فجأة.", "منتصف الشهر الجاري", DatePrecision.Range, "2021-04-11/2021-04-20", DateRules.PhaseMiddle + DateRules.MonthCurrent)]
    // middle of last year: June-July
    [InlineData("توقفت المصانع منتصف العام الماضي لأشهر.", "منتصف العام الماضي", DatePrecision.Range, "2020-06-01/2020-07-31", DateRules.PhaseMiddle + DateRules.YearPast)]
    // a phase with an unqualified period is the anchor's period
    [InlineData("ستكتمل الأعمال بحلول نهاية العام كما وعد.", "نهاية العام", DatePrecision.Range, "2021-10-01/2021-12-31", DateRules.PhaseClosing + DateRules.YearCurrent + DateRules.Unqualified)]
    // named month + الماضي: the latest such month strictly before the anchor's month
    [InlineData("افتتح المصنع في حزيران (يونيو) الماضي بعد تأخير.", "حزيران (يونيو) الماضي", DatePrecision.Month, "2020-06", DateRules.NamedMonthPast)]
    // named month + الماضي when it is the anchor's own month: a year back
    [InlineData("زار بغداد في أبريل الماضي للمرة الأولى.", "أبريل الماضي", DatePrecision.Month, "2020-04", DateRules.NamedMonthPast)]
    // named month + المقبل
    [InlineData("سيعود إلى بغداد في يونيو المقبل.", "يونيو المقبل", DatePrecision.Month, "2021-06", DateRules.NamedMonthNext)]
    // named month + الجاري
    [InlineData("تبدأ الامتحانات في أبريل الجاري.", "أبريل الجاري", DatePrecision.Month, "2021-04", DateRules.NamedMonthCurrent)]
    // a named month alone: the one nearest the anchor
    [InlineData("سافر الوزير في مارس إلى موسكو.", "مارس", DatePrecision.Month, "2021-03", DateRules.MonthNearest)]
    // nearest reaches back into the previous year
    [InlineData("سافر الوزير في ديسمبر إلى موسكو.", "ديسمبر", DatePrecision.Month, "2020-12", DateRules.MonthNearest)]
    // a named month of a relative year
    [InlineData("قتل العشرات في فبراير من العام الماضي.", "فبراير من العام الماضي", DatePrecision.Month, "2020-02", DateRules.MonthOfYearPast)]
    // a day and month without a year: the date nearest the anchor
    [InlineData("وصل الوفد في 20 ديسمبر إلى بيروت.", "20 ديسمبر", DatePrecision.Day, "2020-12-20", DateRules.DayMonthNearest)]
    // a printed weekday picks the year: Friday 10 December is in 2021, not the nearer 2020 (a Thursday)
    [InlineData("تنطلق الدورة الجمعة 10 ديسمبر في الدوحة.", "الجمعة 10 ديسمبر", DatePrecision.Day, "2021-12-10", DateRules.DayMonthWeekdayYear)]
    // ordinal day of a month in its double form, no year
    [InlineData("تبدأ الجولة في التاسع من أبريل- نيسان بحضور الوفدين.", "التاسع من أبريل- نيسان", DatePrecision.Day, "2021-04-09", DateRules.DayMonthNearest)]
    // ordinal two-word day with شهر
    [InlineData("وفي الخامس عشر من شهر مارس عاد الوزير.", "الخامس عشر من شهر مارس", DatePrecision.Day, "2021-03-15", DateRules.DayMonthNearest)]
    // a day of a named month + الماضي
    [InlineData("أعلن عن الخطة في 15 مارس الماضي بعد اجتماع.", "15 مارس الماضي", DatePrecision.Day, "2021-03-15", DateRules.DayOfNamedMonthPast)]
    // a day of a named month of a relative year
    [InlineData("أعلن عن الخطة في 5 مارس من العام الجاري بعد اجتماع.", "5 مارس من العام الجاري", DatePrecision.Day, "2021-03-05", DateRules.DayMonthOfYearCurrent)]
    // a day of "الشهر" + direction
    [InlineData("عقدت الجلسة في الثاني من الشهر الجاري دون نتائج.", "الثاني من الشهر الجاري", DatePrecision.Day, "2021-04-02", DateRules.DayOfMonthCurrent)]
    [InlineData("عقدت الجلسة في 12 من الشهر الماضي دون نتائج.", "12 من الشهر الماضي", DatePrecision.Day, "2021-03-12", DateRules.DayOfMonthPast)]
    // a Hijri month alone: the one nearest the anchor
    [InlineData("ترتفع الأسعار خلال شهر رمضان كل عام.", "شهر رمضان", DatePrecision.Range, "2021-04-13/2021-05-12", DateRules.HijriMonthNearest)]
    // the latest summer strictly before the anchor's season
    [InlineData("اشتدت الحرائق الصيف الماضي في الغابات.", "الصيف الماضي", DatePrecision.Season, "2020-06-01/2020-08-31", DateRules.SeasonPast)]
    // a season of a relative year; winter starts in the December before
    [InlineData("اشتد البرد في شتاء هذا العام على غير العادة.", "شتاء هذا العام", DatePrecision.Season, "2020-12-01/2021-02-28", DateRules.SeasonOfYearCurrent)]
    public void Resolves_dates_relative_to_the_publication_date(string text, string span, DatePrecision precision, string value, string rule)
    {
        var date = Single(text, span, Thursday);
        AssertResolved(date, precision, value, rule);
        Assert.True(date.Relative);
    }
}
