using Marsad.Arabic;
using Marsad.Quotes;
using Marsad.Tokenization;

namespace Marsad.Tests.Quotes;

public class QuoteLexiconTests
{
    static readonly QuoteLexicon Lexicon = QuoteLexicon.Default;

    static CueWord? Cue(string surface) =>
        Lexicon.Cues.TryGetValue(ArabicFolding.Fold(surface).AsSpan(), out var cue) ? cue : null;

    [Theory]
    // the cues of the issue, in the inflections that matter: past masc./fem./plural, present, participles
    [InlineData("قال", "قال")]
    [InlineData("قالت", "قال")]
    [InlineData("قالوا", "قال")]
    [InlineData("يقول", "قال")]
    [InlineData("قائلاً", "قال")]
    [InlineData("أكد", "اكد")]
    [InlineData("مؤكداً", "اكد")]
    [InlineData("أضاف", "اضاف")]
    [InlineData("مضيفاً", "اضاف")]
    [InlineData("صرح", "صرح")]
    [InlineData("اعتبر", "اعتبر")]
    [InlineData("وصف", "وصف")]
    [InlineData("دعا", "دعا")]
    [InlineData("هدد", "هدد")]
    [InlineData("أشار", "اشار")]
    [InlineData("مشيراً", "اشار")]
    [InlineData("لفت", "لفت")]
    [InlineData("لافتاً", "لفت")]
    [InlineData("كشف", "كشف")]
    [InlineData("نفى", "نفي")]
    [InlineData("شدد", "شدد")]
    [InlineData("تابع", "تابع")]
    [InlineData("يتابع", "تابع")]
    [InlineData("أوضح", "اوضح")]
    [InlineData("أعلن", "اعلن")]
    [InlineData("رأى", "راي")]
    [InlineData("يرى", "راي")]
    [InlineData("ذكرت", "ذكر")]
    [InlineData("توعد", "توعد")]
    [InlineData("طالب", "طالب")]
    [InlineData("مطالباً", "طالب")]
    [InlineData("حذر", "حذر")]
    [InlineData("بحسب", "بحسب")]
    [InlineData("وفقاً", "وفق")]
    [InlineData("أدانت", "ادان")]     // verbs of stance
    [InlineData("رحب", "رحب")]
    [InlineData("منددا", "ندد")]
    [InlineData("تعهد", "تعهد")]
    [InlineData("ملوحاً", "لوح")]
    [InlineData("طلب", "طلب")]
    [InlineData("اتهم", "اتهم")]
    [InlineData("ووصفه", "وصف")]     // a verb with its object pronoun
    public void Knows_the_cues_and_their_lemmas(string surface, string lemma) => Assert.Equal(lemma, Cue(surface)?.Lemma);

    [Theory]
    [InlineData("وقال", 1)]   // the conjunction و is accepted and left out of the cue span
    [InlineData("فقال", 1)]   // so is ف
    [InlineData("ووصف", 1)]   // a cue that itself starts with و keeps its own reading
    [InlineData("وصف", 0)]
    [InlineData("وبحسب", 1)]  // و before an attribution
    [InlineData("ليعلن", 1)]  // the lām of result before an imperfect (ليعلن أردوغان أن: "and then he announced")
    public void Accepts_a_conjunction_before_a_cue(string surface, int conjunction) =>
        Assert.Equal(conjunction, Cue(surface)?.ConjunctionLength);

    [Theory]
    [InlineData("فحسب")]    // "only", not ف + حسب
    [InlineData("يذكر")]    // يُذكر أنّ, "it is worth noting": no speaker
    [InlineData("يعتبر")]   // يُعتبر, "is considered"
    [InlineData("داعية")]   // "a preacher"
    [InlineData("مطالبة")]  // "a demand"
    [InlineData("مدينة")]   // "a city", not the participle of أدان
    [InlineData("متهم")]    // "a suspect"
    [InlineData("يدعى")]    // يُدعى "is called"
    public void Leaves_out_forms_that_are_other_words(string surface) => Assert.Null(Cue(surface));

    [Theory]
    [InlineData("مصادر أمنية", "security-sources")]
    [InlineData("والمصادر الأمنية", "security-sources")]        // proclitics and the article do not matter
    [InlineData("مسؤولين عراقيين", "iraqi-officials")]          // the genitive plural
    [InlineData("ضابط رفيع في الجيش العراقي", "senior-iraqi-officer")] // the longest pattern wins
    [InlineData("لمسؤولين", "officials")]                       // an unsplit preposition
    public void Matches_source_class_phrases(string phrase, string expected)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        Assert.Equal(expected, Lexicon.SourceClasses.MatchAt(tokens, 0, tokens.Length)?.Value);
    }

    [Fact]
    public void Marks_a_phrase_governed_by_an_attached_preposition()
    {
        var tokens = Tokenizer.Tokenize("لمصادر أمنية");
        Assert.True(Lexicon.SourceClasses.MatchAt(tokens, 0, tokens.Length)?.Governed);
        tokens = Tokenizer.Tokenize("والمصادر الأمنية");
        Assert.False(Lexicon.SourceClasses.MatchAt(tokens, 0, tokens.Length)?.Governed);
    }

    [Fact]
    public void Every_medium_in_the_table_is_a_QuoteMedium()
    {
        foreach (var entry in Lexicon.Media.Entries)
        {
            Assert.True(Enum.TryParse<Documents.QuoteMedium>(entry.Value, ignoreCase: true, out var medium) && medium != Documents.QuoteMedium.Unknown, $"{entry.Value} is no medium");
        }
    }

    [Fact]
    public void Every_source_class_is_a_lower_case_id_with_a_gloss()
    {
        Assert.True(Lexicon.SourceClasses.Entries.Length > 50);
        foreach (var entry in Lexicon.SourceClasses.Entries)
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", entry.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Gloss), $"{entry.Value} has no gloss");
        }
    }

    [Fact]
    public void Rejects_a_form_listed_under_two_lemmas()
    {
        // The same surface under two lemmas would make the reported CueVerb depend on table order.
        string[][] rows = [["قال", "verb", "yes", "قال قالت"], ["ذكر", "verb", "yes", "ذكر قال"]];
        var error = Assert.Throws<FormatException>(() => QuoteLexicon.ReadCues("clash.tsv", rows));
        Assert.Contains("قال", error.Message);
    }

    [Fact]
    public void Rejects_a_cue_row_without_its_columns() =>
        Assert.Throws<FormatException>(() => QuoteLexicon.ReadCues("short.tsv", [["قال", "verb"]]));
}
