using Marsad.Quotes;
using Marsad.Tests.Tokenization;

namespace Marsad.Tests.Quotes;

public class QuotationScannerTests
{
    /// <summary>The contents of the quotations in <paramref name="text"/>, "|"-separated; an unclosed one ends with "…".</summary>
    static string Contents(string text)
    {
        var doc = TestDocuments.Process(text);
        var sentenceOf = new int[doc.Tokens.Length];
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            Array.Fill(sentenceOf, s, doc.Sentences[s].FirstToken, doc.Sentences[s].TokenCount);
        }

        return string.Join(" | ", QuotationScanner.Scan(doc.Text, doc.Tokens, doc.Sentences, sentenceOf)
            .Select(q => doc[q.Content] + (q.Closed ? "" : "…")));
    }

    [Theory]
    [InlineData("قال «الوضع هادئ» أمس", "الوضع هادئ")]                          // guillemets
    [InlineData("قال “الوضع هادئ” أمس", "الوضع هادئ")]                          // curly marks
    [InlineData("قال ”الوضع هادئ“ أمس", "الوضع هادئ")]                          // curly marks swapped by right-to-left typing
    [InlineData("قال \"الوضع هادئ\" أمس", "الوضع هادئ")]                        // straight marks
    [InlineData("قال “الوضع هادئ\" أمس", "الوضع هادئ")]                         // mixed: curly opening, straight closing
    [InlineData("قال «الوضع هادئ” أمس", "الوضع هادئ")]                          // mixed: a guillemet closed by a curly mark
    [InlineData("قال \" الوضع هادئ \" أمس", "الوضع هادئ")]                      // marks with spaces on both sides pair up
    [InlineData("وصفهم بـ\"الخارجين\" أمس", "الخارجين")]                         // a mark glued to a written-apart proclitic opens
    [InlineData("قال و\"الوضع\" و\"الأمن\"", "الوضع | الأمن")]                   // one-letter proclitic written apart
    public void Pairs_marks_of_every_kind(string text, string expected) => Assert.Equal(expected, Contents(text));

    [Theory]
    [InlineData("قال «نرفض \"الحل\" كله» أمس", "نرفض \"الحل\" كله")]            // straight marks inside guillemets
    [InlineData("قال “نرفض \"الحل\" كله” أمس", "نرفض \"الحل\" كله")]            // straight marks inside curly ones
    [InlineData("قال «قال «نعم» ثم سكت» أمس", "قال «نعم» ثم سكت")]              // nested guillemets
    public void Keeps_inner_quotations_inside(string text, string expected) => Assert.Equal(expected, Contents(text));

    [Theory]
    [InlineData("عمليات البلاد” ثم قال «نعم هذا صحيح»", "نعم هذا صحيح")]        // a stray closing mark opens nothing
    [InlineData("قال » ثم «نعم»", "نعم")]                                        // a lone » is a stray
    [InlineData("قال «سنعود مهما طال الزمن. ثم صمت", "سنعود مهما طال الزمن…")]  // unclosed: to the end of its sentence
    [InlineData("قال «سنعود\nثم «نعم»", "سنعود… | نعم")]                         // a quotation never crosses a line break
    [InlineData("قال «» ثم مضى", "")]                                            // an empty pair is no quotation
    public void Tolerates_broken_marks(string text, string expected) => Assert.Equal(expected, Contents(text));
}
