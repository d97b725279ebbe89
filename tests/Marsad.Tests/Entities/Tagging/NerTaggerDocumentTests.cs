using Marsad.Documents;
using Marsad.Entities.Tagging;
using Marsad.Testing;

namespace Marsad.Tests.Entities.Tagging;

public class NerTaggerDocumentTests
{
    [Fact]
    public void Tags_a_documents_tokens_through_their_spans_sentence_by_sentence()
    {
        var model = NerTrainer.Train(TinyCorpus.Training(), TinyCorpus.Options);
        // Two training sentences: the test is about spans and alignment, not about generalisation.
        var text = "قال الرئيس سمير الحداد إن الوضع هادئ في بغداد . وصل الوزير سمير إلى بغداد أمس في زيارة رسمية .";
        var doc = Tokenized(text);
        var firstSentenceEnd = doc.Tokens.ToList().FindIndex(t => doc[t.Span] == ".") + 1;
        doc = doc with
        {
            Sentences =
            [
                new Sentence(new TextSpan(0, doc.Tokens[firstSentenceEnd - 1].Span.End), 0, firstSentenceEnd),
                new Sentence(new TextSpan(doc.Tokens[firstSentenceEnd].Span.Start, text.Length), firstSentenceEnd, doc.Tokens.Length - firstSentenceEnd),
            ],
        };
        DocumentInvariants.Check(doc);

        var tags = new NerTagger(model).TagTokens(doc);

        Assert.Equal(doc.Tokens.Length, tags.Length);
        Assert.Equal(["O", "O", "B-PERS", "I-PERS", "O", "O", "O", "O", "B-LOC", "O"], tags[..firstSentenceEnd]);
        Assert.Equal("B-PERS", tags[firstSentenceEnd + 2]); // سمير
        Assert.Equal("B-LOC", tags[firstSentenceEnd + 4]);  // بغداد
    }

    // Whitespace tokens are enough here: the Tokenizer stage is built elsewhere.
    static Document Tokenized(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || text[i] == ' ';
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                var word = text[start..i];
                tokens.Add(new Token(new TextSpan(start, i), word, word, ""));
                start = -1;
            }
        }

        return new Document("t1", new ArticleSource("unit", 0), text) { Tokens = [.. tokens] };
    }
}
