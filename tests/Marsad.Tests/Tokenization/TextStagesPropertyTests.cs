using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Arabic;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Tokenization;

/// <summary>
/// Lucene's CheckRandomData idea: random strings built from the characters that trouble the text stages must
/// never crash them, and every span they make must stay inside the text (checked by <see cref="DocumentInvariants"/>).
/// </summary>
public class TextStagesPropertyTests
{
    // Pieces rather than single characters, so that words, numbers and quotations actually form.
    static readonly string[] Pieces =
    [
        "و", "ب", "ل", "ك", "ف", "س", "ال", "لل", "أ", "إ", "آ", "ة", "ى", "ء", "ئ", "ؤ", "قال", "الحكومة", "ألف", "آلاف",
        "خمسة", "عشر", "وعشرون", "مئة", "مليون", "نحو", "أكثر", "من", "ثلاث",
        "\u064E", "\u0651", "\u064B", "\u0640", "\u200C", "\u200D", "\u200F", "\u200E", "\uFEFF", "ﻻ", "ﺍﻟ",
        "a", "Z", "CNN", "x", "0", "7", "٤", "٫", "٬", "۵", "2.5", "4,500", ".", "...", "…", ",", "،", "؛", "؟", "?", "!",
        "«", "»", "“", "”", "\"", "(", ")", "-", "/", ":", "%",
        "😀", "\uD83D", "\uDE00", "\uD800", "\uDFFF",
        " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2029",
    ];

    static Arbitrary<string> MixedText() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Random_mixed_text_never_breaks_the_text_stages() =>
        Prop.ForAll(MixedText(), text =>
        {
            // Process checks the invariants after every stage: spans inside the text, sorted, non-overlapping,
            // non-blank tokens, and every token in exactly one sentence.
            var doc = TestDocuments.Process(text);
            return doc.Tokens.All(t => t.Span.End <= text.Length) && doc.Numbers.All(n => n.Span.End <= text.Length);
        });

    [Property(MaxTest = 400)]
    public Property Clitic_prefix_and_base_always_rebuild_the_folded_word() =>
        Prop.ForAll(MixedText(), text =>
        {
            var folded = ArabicFolding.Fold(text);
            var split = CliticSplitter.Split(folded, text);
            return split.Prefix + split.Base == folded;
        });

    [Property(MaxTest = 400)]
    public Property Token_prefix_is_the_start_of_its_folded_form() =>
        Prop.ForAll(MixedText(), text =>
            Tokenizer.Tokenize(text).All(t => t.Folded.StartsWith(t.Prefix, StringComparison.Ordinal)));

    [Property(MaxTest = 400)]
    public Property Token_folded_form_is_the_folded_surface() =>
        Prop.ForAll(MixedText(), text =>
            Tokenizer.Tokenize(text).All(t => t.Folded == ArabicFolding.Fold(text[t.Span.Start..t.Span.End])));

    [Fact]
    public void Process_checks_invariants_on_a_hand_made_edge_case()
    {
        var doc = TestDocuments.Process("«\n»\u200F.\uD800 ٫٬ بـ”");
        DocumentInvariants.Check(doc);
        Assert.NotEmpty(doc.Sentences);
    }
}
