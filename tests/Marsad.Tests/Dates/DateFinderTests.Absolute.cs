using Marsad.Dates;
using Marsad.Documents;

namespace Marsad.Tests.Dates;

public partial class DateFinderTests
{
    [Theory]
    // day-month-year, Gregorian series
    [InlineData("وصل الوفد في 5 يناير 2020 إلى العاصمة.", "5 يناير 2020", DatePrecision.Day, "2020-01-05", DateRules.DayMonthYear)]
    // day-month-year, Levantine series
    [InlineData("انعقدت الجلسة في 12 شباط 2019 بحضور الأعضاء.", "12 شباط 2019", DatePrecision.Day, "2019-02-12", DateRules.DayMonthYear)]
    // day-month-year, Levantine two-word month
    [InlineData("تأسست الجمعية في 3 تشرين الأول 2010 في حلب.", "3 تشرين الأول 2010", DatePrecision.Day, "2010-10-03", DateRules.DayMonthYear)]
    // double form with a slash: both names of one month
    [InlineData("صادق المجلس في 7 يناير/كانون الثاني 2019 بالإجماع.", "7 يناير/كانون الثاني 2019", DatePrecision.Day, "2019-01-07", DateRules.DayMonthYear)]
    // double form with a slash and a space after it
    [InlineData("أغلق الميناء في 11 مايو/ أيار 2016 لأسبوع.", "11 مايو/ أيار 2016", DatePrecision.Day, "2016-05-11", DateRules.DayMonthYear)]
    // double form in parentheses, year after العام
    [InlineData("ينتهي العقد بحلول 20 تشرين الثاني (نوفمبر) العام 2023.", "20 تشرين الثاني (نوفمبر) العام 2023", DatePrecision.Day, "2023-11-20", DateRules.DayMonthYear)]
    // double form with only a space between the names
    [InlineData("ضرب الزلزال المدينة في 12 نوفمبر تشرين الثاني 2017.", "12 نوفمبر تشرين الثاني 2017", DatePrecision.Day, "2017-11-12", DateRules.DayMonthYear)]
    // year after "من العام"
    [InlineData("وقعت المعركة في 20 مارس من العام 2003 قرب البصرة.", "20 مارس من العام 2003", DatePrecision.Day, "2003-03-20", DateRules.DayMonthYear)]
    // weekday before the date is part of it
    [InlineData("يعقد الاجتماع الجمعة 9 أبريل 2021 في بغداد.", "الجمعة 9 أبريل 2021", DatePrecision.Day, "2021-04-09", DateRules.DayMonthYear)]
    // a printed weekday that disagrees with the date: the date is kept and the rule says so
    [InlineData("يعقد الاجتماع الخميس 9 أبريل 2021 في بغداد.", "الخميس 9 أبريل 2021", DatePrecision.Day, "2021-04-09", DateRules.DayMonthYear + DateRules.WeekdayDisagrees)]
    // ordinal day words joined to the month with من
    [InlineData("يعقد المؤتمر في السابع من أبريل 2021 في بغداد.", "السابع من أبريل 2021", DatePrecision.Day, "2021-04-07", DateRules.DayMonthYear)]
    // two-word ordinal (21-31 use و)
    [InlineData("تنتهي المهلة في الحادي والثلاثين من ديسمبر 2020 منتصف الليل.", "الحادي والثلاثين من ديسمبر 2020", DatePrecision.Day, "2020-12-31", DateRules.DayMonthYear)]
    // Arabic-Indic digits
    [InlineData("وصل الوفد في ٥ يناير ٢٠٢٠ إلى العاصمة.", "٥ يناير ٢٠٢٠", DatePrecision.Day, "2020-01-05", DateRules.DayMonthYear)]
    // Maghrebi series
    [InlineData("انطلقت الدراسة في 3 شتنبر 2019 بالمغرب.", "3 شتنبر 2019", DatePrecision.Day, "2019-09-03", DateRules.DayMonthYear)]
    // francophone series
    [InlineData("جرت الانتخابات في 12 جوان 2021 بالجزائر.", "12 جوان 2021", DatePrecision.Day, "2021-06-12", DateRules.DayMonthYear)]
    // numeric, day first with hyphens (Arab convention)
    [InlineData("دعا الشيخ في 5-3-2021 إلى التهدئة.", "5-3-2021", DatePrecision.Day, "2021-03-05", DateRules.NumericDayFirst)]
    // numeric, day first with slashes
    [InlineData("صدر القرار بتاريخ 3/4/2021 عن المجلس.", "3/4/2021", DatePrecision.Day, "2021-04-03", DateRules.NumericDayFirst)]
    // numeric, day first with dots
    [InlineData("نشر المقال في 09.04.2021 مساء.", "09.04.2021", DatePrecision.Day, "2021-04-09", DateRules.NumericDayFirst)]
    // numeric, year first (ISO)
    [InlineData("بدأ العمل بالقانون في 2021-04-03 رسميا.", "2021-04-03", DatePrecision.Day, "2021-04-03", DateRules.NumericYearFirst)]
    // month-year
    [InlineData("اندلعت الأزمة في يناير/كانون الثاني 2020 بين البلدين.", "يناير/كانون الثاني 2020", DatePrecision.Month, "2020-01", DateRules.MonthYear)]
    // month-year with the other name in parentheses
    [InlineData("افتتح الجسر في أغسطس (آب) 2016 أمام السيارات.", "أغسطس (آب) 2016", DatePrecision.Month, "2016-08", DateRules.MonthYear)]
    // month-year after شهر
    [InlineData("افتتح المعرض في شهر آب 2020 وسط إقبال.", "شهر آب 2020", DatePrecision.Month, "2020-08", DateRules.MonthYear)]
    // bare تشرين with a year: both months
    [InlineData("اندلعت الاحتجاجات في تشرين 2019 في بغداد.", "تشرين 2019", DatePrecision.Range, "2019-10-01/2019-11-30", DateRules.TishreenYear)]
    // year after العام
    [InlineData("نجح الحزب في انتخابات العام 2021 بفارق كبير.", "العام 2021", DatePrecision.Year, "2021", DateRules.Year)]
    // year after عام
    [InlineData("سقطت المدينة عام 2014 بيد المسلحين.", "عام 2014", DatePrecision.Year, "2014", DateRules.Year)]
    // year after سنة
    [InlineData("هاجر إلى أوروبا سنة 2010 مع عائلته.", "سنة 2010", DatePrecision.Year, "2010", DateRules.Year)]
    // bare year after في
    [InlineData("بدأت الاحتجاجات في 2019 ثم توسعت.", "2019", DatePrecision.Year, "2019", DateRules.Year)]
    // year after منذ العام: the preposition stays outside the span
    [InlineData("يعيش البلد أزمة منذ العام 2014 دون حل.", "العام 2014", DatePrecision.Year, "2014", DateRules.Year)]
    // year noun with the preposition ل attached
    [InlineData("أقرت الموازنة لعام 2022 بعد نقاش.", "عام 2022", DatePrecision.Year, "2022", DateRules.Year)]
    // two years after عامي
    [InlineData("تولى رئاسة الحكومة بين عامي 2006 و2009 مرتين.", "عامي 2006 و2009", DatePrecision.Range, "2006-01-01/2009-12-31", DateRules.YearSpan)]
    // Hijri year with هـ, converted with the Umm al-Qura calendar
    [InlineData("بني المسجد عام 1440 هـ على طراز قديم.", "عام 1440 هـ", DatePrecision.Range, "2018-09-11/2019-08-30", DateRules.HijriYear)]
    // Hijri day-month-year
    [InlineData("وقعت المعركة في 15 رمضان 1442 هـ قرب المدينة.", "15 رمضان 1442 هـ", DatePrecision.Day, "2021-04-27", DateRules.HijriDayMonthYear)]
    // a Hijri month with a Gregorian year: that month as it fell in the year
    [InlineData("ارتفعت الأسعار في رمضان 2019 بشكل ملحوظ.", "رمضان 2019", DatePrecision.Range, "2019-05-06/2019-06-03", DateRules.HijriMonthGregorianYear)]
    // a phase with a year number
    [InlineData("تأسست الحركة أواخر عام 2015 في الريف.", "أواخر عام 2015", DatePrecision.Range, "2015-10-01/2015-12-31", DateRules.PhaseClosing + DateRules.Year)]
    // season with a year (meteorological seasons)
    [InlineData("اشتدت موجة الحر في صيف 2020 بالعراق.", "صيف 2020", DatePrecision.Season, "2020-06-01/2020-08-31", DateRules.SeasonYear)]
    public void Resolves_absolute_dates(string text, string span, DatePrecision precision, string value, string rule)
    {
        var date = Single(text, span, Thursday);
        AssertResolved(date, precision, value, rule);
        Assert.False(date.Relative);
    }

    [Theory]
    [InlineData("أبريل", 4)]  // hamza above
    [InlineData("ابريل", 4)]  // bare alef
    [InlineData("إبريل", 4)]  // hamza below (Egyptian spelling)
    [InlineData("أغسطس", 8)]
    [InlineData("اغسطس", 8)]  // bare alef
    [InlineData("أكتوبر", 10)]
    [InlineData("اكتوبر", 10)] // bare alef
    [InlineData("يونيه", 6)]  // Egyptian final heh
    [InlineData("يوليه", 7)]  // Egyptian final heh
    [InlineData("أيلول", 9)]
    [InlineData("حزيران", 6)]
    [InlineData("كانون الأول", 12)]
    [InlineData("تشرين الثاني", 11)]
    public void Reads_month_spelling_variants(string month, int number)
    {
        var date = Single($"وقع الحادث في 2 {month} 2015 ليلا.", $"2 {month} 2015", Thursday);
        Assert.Equal(new DateOnly(2015, number, 2), date.Start);
    }

    [Theory]
    // month with a year and a Hijri mark: calendars disagree
    [InlineData("وصل في 5 يناير 1442 هـ إلى مكة.", "5 يناير 1442 هـ", DateRules.CalendarConflict)]
    // bare كانون with a year: December or January
    [InlineData("هطلت الثلوج في كانون 2019 بغزارة.", "كانون 2019", DateRules.KanunAlone)]
    // a day of bare تشرين: October or November
    [InlineData("وصل في 5 تشرين 2019 إلى بيروت.", "5 تشرين 2019", DateRules.TishreenDay)]
    // a day that the month does not have
    [InlineData("تحدد الموعد في 31 أبريل 2021 خطأ.", "31 أبريل 2021", DateRules.NoSuchDay)]
    // a Hijri year outside the Umm al-Qura tables
    [InlineData("كتب المخطوط عام 1200 هـ بخط جميل.", "عام 1200 هـ", DateRules.HijriNotConverted)]
    // a day of "الشهر" with no month named in the phrase
    [InlineData("ستجرى الجولة الثانية في 24 من الشهر ذاته.", "24 من الشهر ذاته", DateRules.MonthNotNamed)]
    // a day and month naming a movement: no year is printed
    [InlineData("خرجت قوى 14 آذار في مظاهرة حاشدة.", "14 آذار", DateRules.NamedAfterDate)]
    public void Leaves_recognised_but_unresolvable_dates_unresolved_with_the_reason(string text, string span, string reason)
    {
        var date = Single(text, span, Thursday);
        Assert.Equal(DatePrecision.Unresolved, date.Precision);
        Assert.Equal(reason, date.Rule);
        Assert.Null(date.Value);
    }
}
