using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

public class NerWordFormsTests
{
    [Theory]
    [InlineData("العراق", "ال", "عراق")]       // definite article
    [InlineData("للعراق", "لل", "عراق")]       // ل + ال written لل
    [InlineData("وبالقاهرة", "وبال", "قاهره")] // conjunction + preposition + article (ة folds to ه)
    [InlineData("وبغداد", "وب", "غداد")]      // greedy and repeated: a name starting with ب loses it too (see the next test)
    [InlineData("وزير", "", "وزير")]           // a word that merely starts with و keeps it (stem too short)
    [InlineData("بريطانيا", "ب", "ريطانيا")]    // the splitter is greedy: the model also sees the unsplit form
    [InlineData("الى", "", "الي")]             // too short after ال: not split (ى folds to ي)
    [InlineData("و2006", "", "و2006")]         // only Arabic letters may remain
    public void Splits_proclitics_off_the_folded_word(string token, string proclitic, string stem)
    {
        var forms = NerWordForms.Of(token);
        Assert.Equal(proclitic, forms.Proclitic);
        Assert.Equal(stem, forms.Stem);
    }

    [Theory]
    [InlineData("بغداد", "وبغداد")]    // conjunction
    [InlineData("لبنان", "ولبنان")]    // conjunction before a name that starts with ل
    [InlineData("القاهرة", "بالقاهرة")] // preposition + article
    [InlineData("العراق", "للعراق")]   // ل + ال written لل
    [InlineData("بيروت", "وببيروت")]   // conjunction + preposition before a name that starts with ب
    public void Bare_and_clitic_forms_of_a_name_share_a_stem(string bare, string withClitics) =>
        Assert.Equal(NerWordForms.Of(bare).Stem, NerWordForms.Of(withClitics).Stem);

    [Theory]
    [InlineData("بغداد", 'a')]
    [InlineData("2006", 'd')]
    [InlineData("٢٠٠٦", 'd')] // Arabic-Indic digits fold to ASCII
    [InlineData("50%", 'n')]
    [InlineData("CNN", 'l')]
    [InlineData("«", 'p')]
    [InlineData("", 'e')]
    public void Shapes_tokens(string token, char shape) => Assert.Equal(shape, NerWordForms.Of(token).Shape);
}
