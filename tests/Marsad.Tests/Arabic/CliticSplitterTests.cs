using Marsad.Arabic;

namespace Marsad.Tests.Arabic;

public class CliticSplitterTests
{
    static CliticSplit Split(string word) => CliticSplitter.Split(ArabicFolding.Fold(word), word);

    [Theory]
    [InlineData("وبالأمس", "وبال", "أمس")]     // conjunction + preposition + article
    [InlineData("للعراق", "لل", "عراق")]        // ل + article: the article's alef is not written
    [InlineData("فالحكومة", "فال", "حكومة")]    // ف before the article
    [InlineData("وللحكومة", "ولل", "حكومة")]    // conjunction + ل + elided article
    [InlineData("بالعراق", "بال", "عراق")]      // ب + article
    [InlineData("كالعادة", "كال", "عادة")]      // ك + article
    [InlineData("والحكومة", "وال", "حكومة")]    // conjunction + article
    [InlineData("الحكومة", "ال", "حكومة")]      // article alone
    [InlineData("الأب", "ال", "أب")]            // two-letter nouns take the article
    [InlineData("وسيعلن", "وس", "يعلن")]        // future س after a conjunction, before imperfect ي
    [InlineData("ستعقد", "س", "تعقد")]          // future س before imperfect ت
    [InlineData("سنرد", "س", "نرد")]            // future س before imperfect ن
    [InlineData("سأعلن", "س", "أعلن")]          // future س before imperfect أ (hamza seen on the surface)
    [InlineData("وقال", "و", "قال")]            // conjunction و before a verb
    [InlineData("بمدينة", "ب", "مدينة")]        // bare ب before a م-initial derived noun
    [InlineData("لتعزيز", "ل", "تعزيز")]        // bare ل before a tafʿīl masdar
    [InlineData("باستخدام", "ب", "استخدام")]    // bare ب before a form-X masdar
    [InlineData("ليعلن", "ل", "يعلن")]          // lām al-taʿlīl before an imperfect verb
    [InlineData("كمراقب", "ك", "مراقب")]        // bare ك before a م-initial participle
    [InlineData("ببغداد", "ب", "بغداد")]        // preposition before a known stem from the table
    [InlineData("للبنان", "ل", "لبنان")]        // ل before an ل-initial name: only one lam is a clitic
    [InlineData("للجنة", "ل", "لجنة")]          // ل+ال before an ل-initial noun: the merged lams leave the stem whole
    [InlineData("فلبنان", "ف", "لبنان")]        // ف before a known stem
    [InlineData("ووزير", "و", "وزير")]          // conjunction before a و-initial stem
    [InlineData("والذين", "و", "الذين")]        // conjunction before a protected relative pronoun
    public void Splits_proclitics_from_the_base(string word, string prefix, string baseWord)
    {
        var split = Split(word);
        Assert.Equal(ArabicFolding.Fold(prefix), split.Prefix);
        Assert.Equal(ArabicFolding.Fold(baseWord), split.Base);
    }

    [Theory]
    [InlineData("بغداد")]    // name: ب is a radical
    [InlineData("لبنان")]    // name in the table
    [InlineData("فلسطين")]   // ف before an unknown word is not split
    [InlineData("كتائب")]    // bare ك only before م
    [InlineData("والي")]     // governor: و is a radical (table)
    [InlineData("سوريا")]    // س not before an imperfect prefix
    [InlineData("بيان")]     // ب before ي is not a preposition cue
    [InlineData("لقاء")]     // ل before ق is not a cue
    [InlineData("فرنسا")]    // ف-initial name
    [InlineData("كانون")]    // ك before alef
    [InlineData("وزير")]     // و-initial noun (table)
    [InlineData("وزيرة")]    // light-suffixed form of a table word
    [InlineData("الذي")]     // relative pronoun, not ال+ذي
    [InlineData("إليه")]     // preposition with a hamza
    [InlineData("ألف")]      // number word, hamzated alef
    [InlineData("سياسي")]    // س + ي but a noun (table)
    [InlineData("سيرة")]     // ends in ة: a noun, never a future verb
    [InlineData("سنوات")]    // ends in ات: a noun
    [InlineData("ستين")]     // ends in ين: a noun (sixty)
    [InlineData("سابق")]     // bare alef after س is not the imperfect أ
    [InlineData("كبير")]     // ك-initial adjective
    [InlineData("برنامج")]   // ب before ر is not a cue
    [InlineData("ليبيا")]    // name in the table
    [InlineData("وقت")]      // rest shorter than three letters
    [InlineData("بها")]      // preposition + pronoun: too short to split
    [InlineData("باقي")]     // ب before a short alef-initial rest
    [InlineData("لاسيما")]   // fixed expression in the table
    public void Leaves_stems_that_begin_with_clitic_letters(string word)
    {
        var split = Split(word);
        Assert.False(split.IsSplit, $"{word} split as {split.Prefix}+{split.Base}");
        Assert.Equal(ArabicFolding.Fold(word), split.Base);
    }

    [Fact]
    public void Hamzated_alef_is_not_the_article_when_the_surface_is_known()
    {
        // ألبوم (album) folds to البوم, which is also البوم "the owl": only the surface hamza tells them apart.
        Assert.False(CliticSplitter.Split(ArabicFolding.Fold("ألبوم"), "ألبوم").IsSplit);
        Assert.Equal("بوم", CliticSplitter.Split("البوم").Base);
    }

    [Fact]
    public void Works_on_folded_input_alone()
    {
        var split = CliticSplitter.Split("وبالامس");
        Assert.Equal("وبال", split.Prefix);
        Assert.Equal("امس", split.Base);
        Assert.Equal(Proclitics.Waw | Proclitics.Beh | Proclitics.Article, split.Proclitics);
    }

    [Theory]
    [InlineData("بالاف", "ب", "الاف")]      // بآلاف with its madda lost: ب before a table word that opens with ال
    [InlineData("والذين", "و", "الذين")]    // conjunction before a relative pronoun
    [InlineData("للبنان", "ل", "لبنان")]    // ل before an ل-initial table word
    public void Keeps_table_words_whole_after_a_clitic_in_folded_input(string folded, string prefix, string baseWord)
    {
        var split = CliticSplitter.Split(folded);
        Assert.Equal((prefix, baseWord), (split.Prefix, split.Base));
    }

    [Theory]
    [InlineData(Proclitics.Lam | Proclitics.Article, "لل")]              // the article's alef is elided after ل
    [InlineData(Proclitics.Waw | Proclitics.Beh | Proclitics.Article, "وبال")]
    [InlineData(Proclitics.Feh | Proclitics.Future, "فس")]
    [InlineData(Proclitics.None, "")]
    public void Writes_the_prefix_of_a_set_of_proclitics(Proclitics proclitics, string prefix) =>
        Assert.Equal(prefix, CliticSplitter.PrefixOf(proclitics));

    [Theory]
    [InlineData("CNN")]
    [InlineData("2020")]
    [InlineData("")]
    [InlineData("و")]
    public void Leaves_non_arabic_and_short_input_alone(string word) =>
        Assert.False(CliticSplitter.Split(ArabicFolding.Fold(word)).IsSplit);

    [Theory]
    [InlineData("وبالأمس")]
    [InlineData("للعراق")]
    [InlineData("بغداد")]
    [InlineData("وسيعلن")]
    public void Prefix_and_base_make_up_the_folded_word(string word)
    {
        var split = Split(word);
        Assert.Equal(ArabicFolding.Fold(word), split.Prefix + split.Base);
    }
}
