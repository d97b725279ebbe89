using Marsad.Arabic;

namespace Marsad.Tests.Arabic;

public class ArabicFoldingTests
{
    [Theory]
    [InlineData("أمير", "امير")]            // alef with hamza above
    [InlineData("إيران", "ايران")]          // alef with hamza below
    [InlineData("آرج", "ارج")]              // alef with madda
    [InlineData("ٱلقدس", "القدس")]          // alef wasla
    [InlineData("مستشفى", "مستشفي")]        // alef maksura → yeh
    [InlineData("الميليشية", "الميليشيه")]  // teh marbuta → heh
    [InlineData("مسؤول", "مسوول")]          // hamza on waw seat
    [InlineData("رئيس", "رييس")]            // hamza on yeh seat
    [InlineData("جـــميل", "جميل")]         // tatweel
    [InlineData("مُحَمَّدٌ", "محمد")]          // harakat, shadda, tanwin
    [InlineData("٢٠٢١", "2021")]            // Arabic-Indic digits
    [InlineData("۲۰۲۱", "2021")]            // Extended (Persian) Arabic-Indic digits
    [InlineData("ﺍﻟﻌﺮﺍﻕ", "العراق")]        // presentation forms
    [InlineData("ﻻ", "لا")]                 // lam-alef ligature splits into two letters
    [InlineData("قاآني", "قاني")]           // doubled alef of transliterated names collapses
    [InlineData("قآني", "قاني")]            // madda spelling folds to the same
    [InlineData("کرمان", "كرمان")]          // Persian keheh → kaf
    [InlineData("ایران", "ايران")]          // Farsi yeh → yeh
    [InlineData("بغ\u200Cداد", "بغداد")]    // zero-width non-joiner inside a word
    [InlineData("CNN", "cnn")]              // Latin folds to lower case
    public void Folds_orthographic_variants(string input, string expected) =>
        Assert.Equal(expected, ArabicFolding.Fold(input));

    [Fact]
    public void Returns_the_same_instance_when_nothing_folds()
    {
        var text = "بغداد";
        Assert.Same(text, ArabicFolding.Fold(text));
    }

    [Fact]
    public void Variant_spellings_of_one_name_fold_together()
    {
        Assert.Equal(ArabicFolding.Fold("الأميركية"), ArabicFolding.Fold("الاميركيه"));
        Assert.Equal(ArabicFolding.Fold("قآني"), ArabicFolding.Fold("قاآني"));
    }

    [Fact]
    public void Folds_presentation_forms_beside_a_lone_surrogate()
    {
        // Scraped text carries lone surrogates; string.Normalize over the whole string used to throw on them.
        Assert.Equal("لا\uD800", ArabicFolding.Fold("ﻻ\uD800"));
    }
}
