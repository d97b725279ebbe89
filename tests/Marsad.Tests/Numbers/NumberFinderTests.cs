using System.Globalization;
using Marsad.Documents;
using Marsad.Tests.Tokenization;

namespace Marsad.Tests.Numbers;

public class NumberFinderTests
{
    static string Numbers(string text, Func<Document, Document>? dates = null)
    {
        var doc = TestDocuments.Process(text, dates);
        return string.Join(" | ", doc.Numbers.Select(n => $"{doc[n.Span]}={n.Value.ToString(CultureInfo.InvariantCulture)}{(n.Approximate ? "~" : "")}"));
    }

    [Theory]
    [InlineData("قتل 4500 شخص", "4500=4500")]                  // Latin digits
    [InlineData("قتل ٤٥٠٠ شخص", "٤٥٠٠=4500")]                  // Arabic-Indic digits
    [InlineData("قتل ۴۵۰۰ شخص", "۴۵۰۰=4500")]                  // Extended (Persian) digits
    [InlineData("قتل 4,500 شخص", "4,500=4500")]                // thousands separator
    [InlineData("قتل ٤٬٥٠٠ شخص", "٤٬٥٠٠=4500")]                // Arabic thousands separator
    [InlineData("بلغ 2.5 بالمئة", "2.5=2.5")]                  // decimal point; المئة with the article is a percent, not 100
    [InlineData("بلغ ٢٫٥ بالمئة", "٢٫٥=2.5")]                  // Arabic decimal separator
    [InlineData("مسافة 50 كيلومترا", "50=50")]                 // a number followed by a unit stays a number
    [InlineData("رقم 0096312345678901234", "")]                // too many digits for a quantity: an identifier
    public void Reads_digits(string text, string expected) => Assert.Equal(expected, Numbers(text));

    [Theory]
    [InlineData("تظاهر 50 ألف شخص", "50 ألف=50000")]           // digits × singular scale
    [InlineData("تظاهر 25 ألفاً", "25 ألفاً=25000")]            // accusative scale with tanwin
    [InlineData("نزح 8 آلاف شخص", "8 آلاف=8000")]              // digits × plural scale
    [InlineData("بلغت 3 ملايين دولار", "3 ملايين=3000000")]     // plural of million
    [InlineData("بلغت 1.5 مليون دولار", "1.5 مليون=1500000")]   // decimal × scale
    [InlineData("بلغت ٢ مليار دولار", "٢ مليار=2000000000")]    // Arabic-Indic digits × billion
    public void Reads_digits_with_a_scale_word(string text, string expected) => Assert.Equal(expected, Numbers(text));

    [Theory]
    [InlineData("وصل ثلاثة أشخاص", "ثلاثة=3")]                  // masculine unit
    [InlineData("مرت ثلاث سنوات", "ثلاث=3")]                    // feminine unit
    [InlineData("شخص واحد فقط", "واحد=1")]                      // one
    [InlineData("اعتقل اثنين منهم", "اثنين=2")]                 // two, accusative
    [InlineData("بعد عشرة أيام", "عشرة=10")]                    // ten
    [InlineData("قتل أحد عشر شخصا", "أحد عشر=11")]              // eleven: أحد counts only before عشر
    [InlineData("بعد إحدى عشرة ساعة", "إحدى عشرة=11")]          // eleven, feminine
    [InlineData("أصيب اثنا عشر جنديا", "اثنا عشر=12")]          // twelve
    [InlineData("قتل تسعة عشر شخصا", "تسعة عشر=19")]            // unit + عشر
    [InlineData("بلغ ثلاثين عاما", "ثلاثين=30")]                // ten, accusative/genitive
    [InlineData("ثلاثون عاما مضت", "ثلاثون=30")]                // ten, nominative
    [InlineData("خمسة وعشرون مقعدا", "خمسة وعشرون=25")]         // unit و ten
    [InlineData("مئة شخص", "مئة=100")]                          // hundred
    [InlineData("مائة شخص", "مائة=100")]                        // hundred, older spelling
    [InlineData("مئتين شخص", "مئتين=200")]                      // dual hundred
    [InlineData("ثلاثمئة شخص", "ثلاثمئة=300")]                  // compound hundreds in one word
    [InlineData("ثلاث مئة شخص", "ثلاث مئة=300")]                // unit × مئة in two words
    [InlineData("مئة وخمسون شخصا", "مئة وخمسون=150")]           // hundred و ten
    [InlineData("ثلاثمئة وخمسة وعشرون", "ثلاثمئة وخمسة وعشرون=325")] // hundred و unit و ten
    [InlineData("ألف شخص", "ألف=1000")]                         // thousand
    [InlineData("ألفين شخص", "ألفين=2000")]                     // dual thousand
    [InlineData("ثلاثة آلاف شخص", "ثلاثة آلاف=3000")]           // unit × plural thousand
    [InlineData("خمسون ألفا", "خمسون ألفا=50000")]              // ten × accusative thousand
    [InlineData("ألف وخمسمئة", "ألف وخمسمئة=1500")]             // thousand و hundreds
    [InlineData("مئتا ألف", "مئتا ألف=200000")]                 // construct dual hundred × thousand
    [InlineData("مليون ونصف", "مليون ونصف=1500000")]            // scale و half
    [InlineData("عشرة ملايين", "عشرة ملايين=10000000")]         // ten × plural million
    [InlineData("مليار دولار", "مليار=1000000000")]             // billion
    [InlineData("مليونين", "مليونين=2000000")]                  // dual million
    public void Reads_number_words(string text, string expected) => Assert.Equal(expected, Numbers(text));

    [Theory]
    [InlineData("ثلاثة وأربعة", "ثلاثة=3 | أربعة=4")]          // a list: units do not add up
    [InlineData("عقد بخمسة أيام", "خمسة=5")]                    // a preposition on a number word is not in the span
    [InlineData("ولثلاثة أيام", "ثلاثة=3")]                     // conjunction + preposition
    [InlineData("10 و20", "10=10 | 20=20")]                     // digits do not join with و
    public void Keeps_separate_numbers_apart(string text, string expected) => Assert.Equal(expected, Numbers(text));

    [Theory]
    [InlineData("المرة الثالثة")]           // ordinal
    [InlineData("اليوم السابع")]            // ordinal
    [InlineData("القرن العشرين")]           // a ten with the article names, it does not count
    [InlineData("في المئة")]                // percent phrase
    [InlineData("آلاف المحتجين")]           // plural scale alone is vague
    [InlineData("عشرات القتلى")]            // vague quantifier
    [InlineData("أحد المسؤولين")]           // أحد alone is "one of"
    [InlineData("لست متأكدا")]              // ل + ست would be "six": too short to peel
    [InlineData("نصف الطريق")]              // a fraction alone is left out
    [InlineData("في الثامن عشر من الشهر")]  // عشر closing a definite ordinal compound
    [InlineData("القرن التاسع عشر")]        // the same after a named century
    [InlineData("وكمية الإنفاق")]           // كمية is a word, not ك+مية (a hundred)
    public void Ignores_ordinals_vague_words_and_lookalikes(string text) => Assert.Equal("", Numbers(text));

    [Theory]
    [InlineData("نحو 50 ألف شخص", "50 ألف=50000~")]            // نحو
    [InlineData("قرابة 200 شخص", "200=200~")]                  // قرابة
    [InlineData("حوالي 30 قتيلا", "30=30~")]                   // حوالي
    [InlineData("زهاء ألف شخص", "ألف=1000~")]                  // زهاء
    [InlineData("ما يقارب ثلاثة آلاف", "ثلاثة آلاف=3000~")]    // two-word hedge
    [InlineData("أكثر من 100 شخص", "100=100~")]                // lower bound
    [InlineData("أقل من عشرة أيام", "عشرة=10~")]               // upper bound
    [InlineData("أزيد من 40 ألفا", "40 ألفا=40000~")]          // أزيد من
    [InlineData("بنحو 5 ملايين", "5 ملايين=5000000~")]         // hedge with a preposition joined
    [InlineData("50 شخصا تقريبا", "50=50~")]                   // hedge after the counted noun
    [InlineData("قتل 50 شخصا", "50=50")]                       // no hedge: exact
    [InlineData("نحو\n50 شخصا", "50=50")]                      // a hedge on the line before does not reach
    public void Marks_hedged_numbers_approximate_and_leaves_the_hedge_out_of_the_span(string text, string expected) =>
        Assert.Equal(expected, Numbers(text));

    [Fact]
    public void Skips_tokens_inside_a_date()
    {
        const string text = "في 5 حزيران 2020 قتل 12 شخصا";
        var dateStart = text.IndexOf('5', StringComparison.Ordinal);
        var dateEnd = text.IndexOf("2020", StringComparison.Ordinal) + 4;
        Document AddDate(Document doc) => doc with
        {
            Dates = [new DateMention(new TextSpan(dateStart, dateEnd), DatePrecision.Day, new DateOnly(2020, 6, 5), new DateOnly(2020, 6, 5), "test", false)],
        };

        Assert.Equal("5=5 | 2020=2020 | 12=12", Numbers(text));
        Assert.Equal("12=12", Numbers(text, AddDate));
    }

    [Fact]
    public void Stage_needs_only_tokens()
    {
        var stage = new Marsad.Numbers.NumberFinder();
        Assert.Equal(Marsad.Pipeline.Layer.Tokens, stage.Requires);
        Assert.Equal(Marsad.Pipeline.Layer.Numbers, stage.Provides);
        Assert.Empty(TestDocuments.Process("").Numbers);
    }
}
