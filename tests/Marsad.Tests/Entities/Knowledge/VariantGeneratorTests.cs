using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Tests.Entities.Knowledge;

public class VariantGeneratorTests
{
    [Theory]
    [InlineData("گلپایگانی", "كلبايكاني")] // گ → ك (Gulf and Iraqi spelling)
    [InlineData("گلپایگانی", "جلبايجاني")] // گ → ج (Egyptian-influenced spelling)
    [InlineData("پزشکیان", "بزشكيان")]     // پ → ب, ک and ی by folding
    [InlineData("عراقچی", "عراقجي")]       // چ → ج
    [InlineData("عراقچی", "عراقتشي")]      // چ → تش
    [InlineData("ژنرال", "جنرال")]         // ژ → ج
    [InlineData("ژنرال", "زنرال")]         // ژ → ز
    public void Persian_letters_get_their_Arabic_spellings(string name, string expected) =>
        Assert.Contains(expected, VariantGenerator.PersianLetters(VariantGenerator.Normalize(name)));

    [Fact]
    public void Names_without_Persian_letters_get_no_Persian_variants() =>
        Assert.Empty(VariantGenerator.PersianLetters("بغداد"));

    [Theory]
    [InlineData("الموصل", "موصل")] // one-word place: the article is optional
    [InlineData("العراق", "عراق")]
    public void One_word_place_names_lose_their_article(string name, string expected) =>
        Assert.Equal([expected], VariantGenerator.OptionalArticle(VariantGenerator.Normalize(name)));

    [Theory]
    [InlineData("المنطقة الخضراء")] // noun–adjective: the article agrees on both words
    [InlineData("الري")]            // too short: ال + two letters is rarely a name without it
    public void Article_rule_leaves_phrases_and_short_names_alone(string name) =>
        Assert.Empty(VariantGenerator.OptionalArticle(VariantGenerator.Normalize(name)));

    [Fact]
    public void Abu_is_declined_in_a_kunya() =>
        Assert.Equal(["ابي مهدي المهندس", "ابا مهدي المهندس"], VariantGenerator.AbuCaseForms(VariantGenerator.Normalize("أبو مهدي المهندس")));

    [Theory]
    [InlineData("محمد بن سلمان", "محمد ابن سلمان")] // بن → ابن
    [InlineData("ابن سلمان", "بن سلمان")]           // ابن → بن
    public void Ibn_and_bin_are_interchangeable(string name, string expected) =>
        Assert.Contains(expected, VariantGenerator.IbnForms(VariantGenerator.Normalize(name)));

    [Theory]
    [InlineData("عادل عبد المهدي", "عادل عبدالمهدي")] // عبد joined to the next word
    [InlineData("عبدالمهدي", "عبد المهدي")]           // joined form in the table is split
    [InlineData("أبو مازن", "ابومازن")]               // أبو joined
    public void Particles_are_written_joined_or_apart(string name, string expected) =>
        Assert.Contains(expected, VariantGenerator.ParticleJoins(VariantGenerator.Normalize(name)));

    [Theory]
    [InlineData("ترامب", "ترمب")]     // medial ا dropped
    [InlineData("ماكينزي", "ماكنزي")] // medial ي dropped
    [InlineData("كوشنير", "كوشنر")]   // medial ي dropped (Kushner)
    public void Transliterated_names_drop_a_medial_long_vowel(string name, string expected) =>
        Assert.Contains(expected, VariantGenerator.LongVowelDrops(VariantGenerator.Normalize(name)));

    [Fact]
    public void Short_words_keep_their_vowel_letters() =>
        Assert.Empty(VariantGenerator.LongVowelDrops("عامر")); // عامر → عمر would be another name

    [Fact]
    public void Transliterated_names_take_an_inserted_alef() =>
        Assert.Contains("نتانياهو", VariantGenerator.AlefInsertions("نتنياهو"));

    [Fact]
    public void Wikidata_spelling_replaces_a_word_aligned_with_the_English_name()
    {
        var table = new Dictionary<string, string> { ["mckenzie"] = "ماكنزي", ["kenneth"] = "كينيث" };
        Assert.Contains("كينيث ماكنزي", VariantGenerator.WikidataSpellings("كينيث ماكينزي", "Kenneth McKenzie", table));
    }

    [Fact]
    public void Wikidata_spelling_of_another_name_is_ignored()
    {
        // Wikidata's "assad" is the given name أسعد, three letters away from الأسد: not a spelling variant.
        var table = new Dictionary<string, string> { ["assad"] = "اسعد" };
        Assert.Empty(VariantGenerator.WikidataSpellings("بشار الاسد", "Bashar al-Assad", table));
    }

    [Fact]
    public void Vowel_rules_apply_only_to_transliterated_names()
    {
        var arab = VariantGenerator.Generate("عامر الخزاعي", new NameProfile(EntityKind.Person, Transliterated: false));
        var foreign = VariantGenerator.Generate("دونالد ترامب", new NameProfile(EntityKind.Person, Transliterated: true));
        Assert.Equal(["عامر الخزاعي"], arab);
        Assert.Contains("دونالد ترمب", foreign);
    }

    [Fact]
    public void Generate_folds_first_and_caps_the_count()
    {
        var variants = VariantGenerator.Generate("أبو مهدي عبد الأمير بن سالم", new NameProfile(EntityKind.Person, Transliterated: true));
        Assert.Equal("ابو مهدي عبد الامير بن سالم", variants[0]);
        Assert.True(variants.Count <= VariantGenerator.MaxVariantsPerName);
    }
}
