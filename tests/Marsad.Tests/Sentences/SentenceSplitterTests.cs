using Marsad.Sentences;
using Marsad.Tests.Tokenization;

namespace Marsad.Tests.Sentences;

public class SentenceSplitterTests
{
    static string Sentences(string text)
    {
        var doc = TestDocuments.Process(text);
        return string.Join(" | ", doc.Sentences.Select(s => doc[s.Span]));
    }

    [Theory]
    [InlineData("وصل الوفد. بدأ الاجتماع", "وصل الوفد. | بدأ الاجتماع")]             // full stop
    [InlineData("هل وصل الوفد؟ نعم", "هل وصل الوفد؟ | نعم")]                        // Arabic question mark
    [InlineData("يا للهول! انتهى", "يا للهول! | انتهى")]                            // exclamation mark
    [InlineData("Is it? Yes", "Is it? | Yes")]                                      // Latin question mark
    [InlineData("هل وصل؟! نعم", "هل وصل؟! | نعم")]                                 // a run of stops stays with its sentence
    [InlineData("وصل الوفد، وبدأ الاجتماع.", "وصل الوفد، وبدأ الاجتماع.")]           // the Arabic comma never ends a sentence
    [InlineData("وصل الوفد؛ وبدأ الاجتماع.", "وصل الوفد؛ وبدأ الاجتماع.")]           // the Arabic semicolon does not end one either
    [InlineData("عنوان الخبر\nوصل الوفد.", "عنوان الخبر | وصل الوفد.")]              // a line break always ends a sentence
    [InlineData("وصل الوفد\n\nثم غادر", "وصل الوفد | ثم غادر")]                      // so does a paragraph break
    [InlineData("وصل الوفد (أخيرا.) ثم غادر.", "وصل الوفد (أخيرا.) | ثم غادر.")]     // a closing bracket right after a stop belongs to it
    public void Ends_sentences_at_stops_and_line_breaks(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("قال: «وصلنا. سنبدأ غدا» ثم غادر.", "قال: «وصلنا. سنبدأ غدا» ثم غادر.")]      // a stop inside «…» that closes later
    [InlineData("قال: “وصلنا. سنبدأ غدا” ثم غادر.", "قال: “وصلنا. سنبدأ غدا” ثم غادر.")]      // the same with curly quotes
    [InlineData("قال: ”وصلنا. سنبدأ غدا“ ثم غادر.", "قال: ”وصلنا. سنبدأ غدا“ ثم غادر.")]      // curly quotes swapped by right-to-left typing
    [InlineData("قال: \"وصلنا. سنبدأ غدا\" ثم غادر.", "قال: \"وصلنا. سنبدأ غدا\" ثم غادر.")]  // straight quotes
    [InlineData("قال: «وصلنا.» ثم غادر.", "قال: «وصلنا.» ثم غادر.")]                          // a stop right before the closing mark is inside too
    [InlineData("قال: «وصلنا. ثم غادر.", "قال: «وصلنا. | ثم غادر.")]                          // a quotation that never closes holds nothing
    [InlineData("قال: «وصلنا.\nسنبدأ غدا» ثم غادر.", "قال: «وصلنا. | سنبدأ غدا» ثم غادر.")]   // a quotation is not glued across a paragraph
    [InlineData("قال: «قال «نعم. لا» ثم سكت. بعدها» انتهى.", "قال: «قال «نعم. لا» ثم سكت. بعدها» انتهى.")] // nested guillemets
    public void Keeps_quoted_stops_inside_the_sentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Does_not_hold_stops_in_a_quotation_longer_than_the_bound()
    {
        var filler = string.Concat(Enumerable.Repeat("كلام طويل جدا ", SentenceSplitter.MaxQuotationChars / 10));
        var doc = TestDocuments.Process($"قال: «بدأنا. {filler}» انتهى.");
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Theory]
    [InlineData("بيروت (أ.ف.ب) - وصل الوفد.")]              // agency credit with dots
    [InlineData("نقلت وكالة إ.ب.أ الخبر.")]                 // three-letter agency credit
    [InlineData("بيروت (د ب أ) - وصل الوفد.")]              // agency credit without dots
    [InlineData("قال د. أحمد إن الوضع صعب.")]               // د. is "doctor"
    [InlineData("توفي عام 1950 م. في القاهرة.")]            // م. after a year (Gregorian)
    [InlineData("في عام 1440 هـ. تغير الحكم.")]             // هـ. after a year (Hijri)
    [InlineData("قال J. Smith إن الوضع صعب.")]              // a single Latin initial
    [InlineData("نقلت U.S. News الخبر.")]                   // Latin initials
    [InlineData("ارتفع بنسبة 2.5 بالمئة.")]                 // a decimal point
    [InlineData("زوروا example.com للمزيد.")]               // a dot inside a domain name
    [InlineData("كان الأمر...غريبا.")]                      // an ellipsis with the next word attached
    [InlineData("انتظرنا ... ، ثم وصلوا.")]                 // an ellipsis before a comma
    [InlineData("he waited ... and left.")]                 // an ellipsis before a lower-case word
    public void Does_not_end_at_abbreviations_decimals_or_inner_ellipses(string text) =>
        Assert.Equal(text, Sentences(text));

    [Theory]
    [InlineData("انتظرنا طويلا... ثم وصلوا.", "انتظرنا طويلا... | ثم وصلوا.")]     // an ellipsis before a new Arabic word ends the sentence
    [InlineData("انتظرنا طويلا… ثم وصلوا.", "انتظرنا طويلا… | ثم وصلوا.")]         // so does the ellipsis character
    [InlineData("انتهى الأمر. وقال الوزير", "انتهى الأمر. | وقال الوزير")]         // a full stop after a word of several letters
    public void Ends_at_an_ellipsis_before_a_new_sentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Every_token_belongs_to_exactly_one_sentence()
    {
        var doc = TestDocuments.Process("أولا. ثانيا، «ثالثا. رابعا» خامسا؟\n\nسادسا… سابعا");
        Assert.Equal(doc.Tokens.Length, doc.Sentences.Sum(s => s.TokenCount));
        Assert.Equal(Enumerable.Range(0, doc.Tokens.Length), doc.Sentences.SelectMany(s => Enumerable.Range(s.FirstToken, s.TokenCount)));
    }

    [Fact]
    public void Text_without_tokens_has_no_sentences() => Assert.Empty(TestDocuments.Process(" \n ").Sentences);
}
