using Marsad.Documents;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Tokenization;

public class TokenizerTests
{
    static string Surfaces(string text)
    {
        var doc = new Tokenizer().Run(TestDocuments.Make(text));
        DocumentInvariants.Check(doc);
        return string.Join("|", doc.Tokens.Select(t => doc[t.Span]));
    }

    [Theory]
    [InlineData("قال الوزير", "قال|الوزير")]                              // words split on white space
    [InlineData("مُحَمَّدٌ وصل", "مُحَمَّدٌ|وصل")]                              // diacritics stay inside the word
    [InlineData("جـــميل جدا", "جـــميل|جدا")]                            // tatweel stays inside the word
    [InlineData("بغ\u200Cداد", "بغ\u200Cداد")]                            // ZWNJ inside a word does not break it
    [InlineData("\u200Fبغداد\u200F", "بغداد")]                            // directional marks around a word belong to no token
    [InlineData("ﺍﻟﻌﺮﺍﻕ اليوم", "ﺍﻟﻌﺮﺍﻕ|اليوم")]                          // presentation forms are Arabic letters
    [InlineData("شبكة CNN الأمريكية", "شبكة|CNN|الأمريكية")]              // Latin words are tokens of their own
    [InlineData("قمة G20 انتهت", "قمة|G20|انتهت")]                        // Latin letters and digits make one word
    [InlineData("COVID-19", "COVID|-|19")]                                // a hyphen is its own token
    [InlineData("بلغ 2.5 و٢٫٥", "بلغ|2.5|و|٢٫٥")]                         // decimal point, Latin and Arabic-Indic
    [InlineData("نحو 4,500 و٤٬٥٠٠", "نحو|4,500|و|٤٬٥٠٠")]                 // thousands groups, Latin and Arabic-Indic
    [InlineData("بين 2019,2020", "بين|2019|,|2020")]                      // a comma before four digits is not a thousands group
    [InlineData("عام 2020.", "عام|2020|.")]                               // a full stop after a number is not a decimal point
    [InlineData("18.01.2025", "18|.|01|.|2025")]                          // a dotted date is not a decimal
    [InlineData("1,234.5", "1,234.5")]                                    // thousands group then decimal point
    [InlineData("۱۴۰۰ شمسي", "۱۴۰۰|شمسي")]                                // Extended (Persian) digits
    [InlineData("«بـ”الهيئة»", "«|بـ|”|الهيئة|»")]                       // tatweel before a quote mark, no crash
    [InlineData("(د ب أ)", "(|د|ب|أ|)")]                                  // brackets and one-letter credits
    [InlineData("نعم، لا؛ لماذا؟", "نعم|،|لا|؛|لماذا|؟")]                 // Arabic comma, semicolon, question mark
    [InlineData("انتظر... ثم", "انتظر|...|ثم")]                           // a run of dots is one ellipsis
    [InlineData("أ.ف.ب", "أ|.|ف|.|ب")]                                    // initials and their dots
    [InlineData("مرحبا 😀!", "مرحبا|😀|!")]                               // a surrogate pair stays whole
    [InlineData("قال:\"نعم\"", "قال|:|\"|نعم|\"")]                        // every mark is a token
    [InlineData("50%", "50|%")]                                           // percent sign apart from the number
    public void Cuts_text_into_tokens(string text, string expected) => Assert.Equal(expected, Surfaces(text));

    [Fact]
    public void Gives_each_token_its_folded_form_prefix_and_stem()
    {
        var token = Assert.Single(Tokenizer.Tokenize("وبالأمسِ"));
        Assert.Equal("وبالامس", token.Folded);
        Assert.Equal("وبال", token.Prefix);
        Assert.Equal("امس", token.Base);
        Assert.Equal("امس", token.Stem);
    }

    [Fact]
    public void Uses_the_surface_hamza_when_splitting()
    {
        // ألبوم folds to البوم; the hamza on the surface says it has no article.
        var token = Assert.Single(Tokenizer.Tokenize("ألبوم"));
        Assert.Equal("", token.Prefix);
    }

    [Fact]
    public void Folds_punctuation_and_latin_without_prefix_or_stem_changes()
    {
        var tokens = Tokenizer.Tokenize("CNN ٤٥");
        Assert.Equal(["cnn", "45"], tokens.Select(t => t.Folded));
        Assert.All(tokens, t => Assert.Equal("", t.Prefix));
        Assert.All(tokens, t => Assert.Equal(t.Folded, t.Stem));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u200F\u200C")]
    public void Blank_text_has_no_tokens(string text) => Assert.Empty(Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("\uD800")]          // lone high surrogate
    [InlineData("a\uDC00b")]        // lone low surrogate inside a word
    [InlineData("\u064E")]          // a diacritic with no letter
    public void Odd_characters_become_tokens_without_crashing(string text)
    {
        var doc = new Tokenizer().Run(TestDocuments.Make(text));
        DocumentInvariants.Check(doc);
        Assert.NotEmpty(doc.Tokens);
    }

    [Fact]
    public void Stage_declares_what_it_needs_and_provides()
    {
        var stage = new Tokenizer();
        Assert.Equal(Marsad.Pipeline.Layer.None, stage.Requires);
        Assert.Equal(Marsad.Pipeline.Layer.Tokens, stage.Provides);
    }

    [Fact]
    public void Token_spans_point_back_to_the_text()
    {
        const string text = "وصل  الوفد،\nثم غادر.";
        var doc = new Tokenizer().Run(TestDocuments.Make(text));
        Assert.Equal(["وصل", "الوفد", "،", "ثم", "غادر", "."], doc.Tokens.Select(t => doc[t.Span]));
        Assert.Equal(new TextSpan(5, 10), doc.Tokens[1].Span);
    }
}
