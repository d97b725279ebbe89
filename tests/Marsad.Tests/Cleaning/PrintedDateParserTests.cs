using Marsad.Arabic;
using Marsad.Cleaning;

namespace Marsad.Tests.Cleaning;

public class PrintedDateParserTests
{
    static DateOnly? Find(string text) => PrintedDateParser.TryFind(ArabicFolding.Fold(text), out var d) ? d.Value : null;

    [Theory]
    [InlineData("24/11/2020", 2020, 11, 24)] // dd/mm/yyyy: Arabic pages put the day first
    [InlineData("09.04.2021", 2021, 4, 9)] // dd.mm.yyyy
    [InlineData("3-4-2021", 2021, 4, 3)] // dd-mm-yyyy
    [InlineData("2021-04-09", 2021, 4, 9)] // ISO order
    [InlineData("٢٤/١١/٢٠٢٠", 2020, 11, 24)] // Arabic-Indic digits
    [InlineData("۲۴/۱۱/۲۰۲۰", 2020, 11, 24)] // Extended (Persian) digits
    [InlineData("9 أبريل 2021", 2021, 4, 9)] // Latin-derived month series
    [InlineData("9 إبريل 2021", 2021, 4, 9)] // hamza variant folds
    [InlineData("9 نيسان 2021", 2021, 4, 9)] // Syriac series
    [InlineData("5 كانون الثاني 2020", 2020, 1, 5)] // two-word month name
    [InlineData("5 يناير/كانون الثاني 2020", 2020, 1, 5)] // both series, slashed
    [InlineData("12 جوان 2019", 2019, 6, 12)] // Maghrebi month name
    [InlineData("نيوز9 أبريل 2021آخر", 2021, 4, 9)] // glued to words on both sides
    public void Reads_printed_dates(string text, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), Find(text));

    [Theory]
    [InlineData("31/02/2021")] // no such day
    [InlineData("12/13/2021")] // month 13: not read as month-first either
    [InlineData("قتل 15 شخصاً في 2020")] // a year alone is no publication date
    [InlineData("9 أبواب 2021")] // a word that starts like a month name
    public void Rejects_what_is_not_a_calendar_date(string text) => Assert.Null(Find(text));

    [Theory]
    [InlineData("Fri, 23 Feb 2018 10:37:34 GMT", 2018, 2, 23)] // RFC 1123 (RSS, TREC <TIME>)
    [InlineData("Sun, 18 Feb 2018 16:40:06 +0000", 2018, 2, 18)]
    [InlineData("2021-07-27T23:30:00-05:00", 2021, 7, 27)] // ISO stamp: the date as stated, not shifted to UTC
    [InlineData("09.04.2021", 2021, 4, 9)] // day first, not 4 September
    public void Reads_stated_dates(string text, int y, int m, int d)
    {
        Assert.True(PrintedDateParser.TryParseStated(text, out var value));
        Assert.Equal(new DateOnly(y, m, d), value);
    }
}
