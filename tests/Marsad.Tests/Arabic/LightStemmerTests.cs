using Marsad.Arabic;

namespace Marsad.Tests.Arabic;

public class LightStemmerTests
{
    static string Stem(string word) => LightStemmer.Stem(ArabicFolding.Fold(word));

    [Theory]
    [InlineData("الحكومات", "حكوم")]     // article, then ات
    [InlineData("والحكومة", "حكوم")]     // conjunction + article, then ة (folded ه)
    [InlineData("حكومتها", "حكومت")]     // ها; Light10 does not restore ة before a pronoun
    [InlineData("المسؤولين", "مسوول")]   // ين
    [InlineData("لاعبون", "لاعب")]       // ون
    [InlineData("السياسية", "سياس")]     // ية is tried before ه and ي
    [InlineData("لبنانيون", "لبنان")]    // ون then ي, one pass in Light10 order
    [InlineData("المصري", "مصر")]        // ي
    [InlineData("الطرفان", "طرف")]       // ان
    [InlineData("بيانها", "بيان")]       // ها comes off; ان would leave two letters, so it stays
    public void Strips_proclitics_then_light10_suffixes(string word, string stem) =>
        Assert.Equal(ArabicFolding.Fold(stem), Stem(word));

    [Theory]
    [InlineData("بيان")]   // ان would leave بي: below the three-letter minimum
    [InlineData("سنة")]    // ة would leave سن
    [InlineData("دول")]    // no suffix
    public void Keeps_at_least_three_letters(string word) =>
        Assert.Equal(ArabicFolding.Fold(word), Stem(word));

    [Theory]
    [InlineData("cnn")]
    [InlineData("2020")]
    public void Leaves_words_without_arabic_letters(string word) => Assert.Equal(word, LightStemmer.Stem(word));

    [Fact]
    public void Variant_forms_of_a_word_share_a_stem()
    {
        Assert.Equal(Stem("الحكومة"), Stem("حكومات"));
        Assert.Equal(Stem("السياسية"), Stem("سياسي"));
    }
}
