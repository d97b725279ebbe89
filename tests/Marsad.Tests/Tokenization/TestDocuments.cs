using Marsad.Documents;
using Marsad.Numbers;
using Marsad.Sentences;
using Marsad.Testing;

namespace Marsad.Tests.Tokenization;

/// <summary>Builds test documents by hand and runs the text stages over them, checking the offset invariants.</summary>
static class TestDocuments
{
    public static Document Make(string text) => new("test", new ArticleSource("test.txt", 0), text);

    /// <summary>Tokens, sentences and numbers, with <see cref="DocumentInvariants.Check"/> after each stage.</summary>
    public static Document Process(string text, Func<Document, Document>? beforeNumbers = null)
    {
        var doc = new Marsad.Tokenization.Tokenizer().Run(Make(text));
        DocumentInvariants.Check(doc);
        doc = new SentenceSplitter().Run(doc);
        DocumentInvariants.Check(doc);
        if (beforeNumbers is not null)
        {
            doc = beforeNumbers(doc);
        }

        doc = new NumberFinder().Run(doc);
        DocumentInvariants.Check(doc);
        return doc;
    }
}
