using Marsad.Documents;
using Marsad.Entities;
using Marsad.Relations;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Entities.Context;

/// <summary>
/// Builds documents for the entity and relation tests: tokens and sentences for real, then the entity recogniser
/// (knowledge base + context rules + coreference) and the relation finder, checking the invariants after each stage.
/// </summary>
static class RecognizerDocuments
{
    public static readonly EntityRecognizer Recognizer = EntityRecognizer.CreateDefault();

    public static readonly RelationFinder Relations = RelationFinder.CreateDefault();

    public static Document Run(string text, DateOnly? published = null, string id = "t")
    {
        var doc = new Document(id, new ArticleSource("test", 0, Published: published), text);
        doc = new Tokenizer().Run(doc);
        doc = new SentenceSplitter().Run(doc);
        DocumentInvariants.Check(doc);
        doc = Recognizer.Run(doc);
        DocumentInvariants.Check(doc);
        doc = Relations.Run(doc);
        DocumentInvariants.Check(doc);
        return doc;
    }

    /// <summary>The surfaces of the named mentions (role phrases left out), in text order.</summary>
    public static List<string> Names(Document doc) => [.. doc.Mentions.Where(m => m.Cue != "role").Select(m => doc[m.Span])];

    /// <summary>The surfaces of the named mentions of one kind.</summary>
    public static List<string> Names(Document doc, EntityKind kind) =>
        [.. doc.Mentions.Where(m => m.Cue != "role" && m.Kind == kind).Select(m => doc[m.Span])];

    /// <summary>The one mention whose text is <paramref name="surface"/>.</summary>
    public static Mention Mention(Document doc, string surface) => Assert.Single(doc.Mentions, m => doc[m.Span] == surface);

    /// <summary>All mentions whose text is <paramref name="surface"/>.</summary>
    public static List<Mention> Mentions(Document doc, string surface) => [.. doc.Mentions.Where(m => doc[m.Span] == surface)];
}
