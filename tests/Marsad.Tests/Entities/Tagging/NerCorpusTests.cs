using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

public class NerCorpusTests
{
    [Fact]
    public void Reads_space_separated_tags_and_blank_line_sentence_breaks()
    {
        var text = "زار B-PERS\nسمير I-PERS\nتونس B-LOC\n\n\nوعاد O\n.\tO\n";

        var sentences = NerCorpus.Read(new StringReader(text));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["زار", "سمير", "تونس"], sentences[0].Tokens);
        Assert.Equal(["B-PERS", "I-PERS", "B-LOC"], sentences[0].Tags!);
        Assert.Equal(["وعاد", "."], sentences[1].Tokens);
    }

    [Fact]
    public void Untagged_lines_give_a_sentence_without_tags()
    {
        var sentences = NerCorpus.Read(new StringReader("وصل\nالوفد\r\n"));

        Assert.Equal(["وصل", "الوفد"], sentences.Single().Tokens);
        Assert.Null(sentences.Single().Tags);
    }

    [Fact]
    public void Written_output_reads_back_unchanged()
    {
        var original = new[]
        {
            new NerSentence(["التقى", "هشام", "بوفد", "(", "أ", ")"], ["O", "B-PERS", "O", "O", "O", "O"]),
            new NerSentence(["في", "عمّان"], ["O", "B-LOC"]),
        };
        var writer = new StringWriter();

        NerCorpus.Write(writer, original);
        var read = NerCorpus.Read(new StringReader(writer.ToString()));

        Assert.Equal(original.Length, read.Count);
        for (var s = 0; s < original.Length; s++)
        {
            Assert.Equal(original[s].Tokens, read[s].Tokens);
            Assert.Equal(original[s].Tags!, read[s].Tags!);
        }
    }

    [Fact]
    public void Write_refuses_mismatched_tags() =>
        Assert.Throws<ArgumentException>(() => NerCorpus.Write(new StringWriter(), ["a", "b"], ["O"]));
}
