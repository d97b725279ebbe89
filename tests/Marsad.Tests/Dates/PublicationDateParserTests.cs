using Marsad.Dates;

namespace Marsad.Tests.Dates;

public class PublicationDateParserTests
{
    [Theory]
    // numeric, day first with slashes (Arab convention)
    [InlineData("24/11/2020", "2020-11-24", "24/11/2020")]
    // numeric, day first with dots and leading zeros
    [InlineData("09.04.2021", "2021-04-09", "09.04.2021")]
    // numeric, year first (ISO)
    [InlineData("2021-04-09", "2021-04-09", "2021-04-09")]
    // day, Gregorian month name, year
    [InlineData("9 أبريل 2021", "2021-04-09", "9 أبريل 2021")]
    // day, Levantine month name, year
    [InlineData("9 نيسان 2021", "2021-04-09", "9 نيسان 2021")]
    // weekday before the date belongs to it
    [InlineData("الجمعة 9 أبريل 2021", "2021-04-09", "الجمعة 9 أبريل 2021")]
    // Arabic-Indic digits
    [InlineData("٢٤/١١/٢٠٢٠", "2020-11-24", "٢٤/١١/٢٠٢٠")]
    // a date glued to the site name before and the next label after
    [InlineData("SiteName9 أبريل 2021آخر تحديث", "2021-04-09", "9 أبريل 2021")]
    // glued to an Arabic site name
    [InlineData("مجلة الوقائع12 مارس 2022آخر تحديث : قبل يومين", "2022-03-12", "12 مارس 2022")]
    // a byline with the date after a bar
    [InlineData("كاتبة وصحافية | 18.01.2025", "2025-01-18", "18.01.2025")]
    // double-form month and a time after the date
    [InlineData("الخميس، 8 نيسان/أبريل 2021 - 10:30", "2021-04-08", "الخميس، 8 نيسان/أبريل 2021")]
    public void Reads_printed_publication_dates(string header, string expected, string span)
    {
        Assert.True(PublicationDateParser.TryParse(header, out var date, out var found));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(span, header[found.Start..found.End]);
    }

    [Theory]
    // month first (US order) has month 31: not a date under the day-first convention
    [InlineData("12/31/2020")]
    // 31 February does not exist
    [InlineData("31/02/2021")]
    // no year: not a publication date
    [InlineData("نشر في 9 أبريل")]
    // relative words are not printed dates
    [InlineData("نشر أمس الساعة العاشرة")]
    [InlineData("")]
    public void Rejects_text_without_a_complete_date(string header)
    {
        Assert.False(PublicationDateParser.TryParse(header, out _, out _));
    }

    [Fact]
    public void Skips_an_impossible_date_for_a_later_real_one()
    {
        Assert.True(PublicationDateParser.TryParse("31 أبريل 2021 | 1 مايو 2021", out var date, out _));
        Assert.Equal(new DateOnly(2021, 5, 1), date);
    }

    [Fact]
    public void Skips_a_hijri_date_for_the_gregorian_one_beside_it()
    {
        const string header = "الخميس 6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018";
        Assert.True(PublicationDateParser.TryParse(header, out var date, out var span));
        Assert.Equal(new DateOnly(2018, 2, 22), date);
        Assert.Equal("22 فبراير 2018", header[span.Start..span.End]);
    }

    [Fact]
    public void Takes_the_first_date_on_the_line()
    {
        Assert.True(PublicationDateParser.TryParse("نشر 9 أبريل 2021 وحدث 10 أبريل 2021", out var date, out _));
        Assert.Equal(new DateOnly(2021, 4, 9), date);
    }
}
