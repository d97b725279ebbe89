using System.Collections.Immutable;
using System.Text;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Numbers;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Events;

/// <summary>
/// Builds event-test documents by hand: the text stages, dates and numbers run for real, and the Mentions and
/// Entities layers come from inline markup, <c>[الكاظمي]{PER kadhimi}</c> (kind PER/ORG/GPE/LOC, knowledge-base id
/// without the kb: prefix), so the tests do not depend on the entity recogniser.
/// </summary>
static class EventDocuments
{
    /// <summary>Thursday 17 November 2022, the article date of most rows.</summary>
    public static readonly DateOnly Anchor = new(2022, 11, 17);

    public static readonly EventFinder Finder = EventFinder.CreateDefault();

    static readonly DateFinder Dates = DateFinder.CreateDefault();

    /// <summary>Runs every stage up to the event finder over <paramref name="marked"/> (with markup) and checks invariants.</summary>
    /// <param name="quotes">Also run the quote finder before the events (as the default engine does).</param>
    public static Document Run(string marked, DateOnly? anchor = null, bool dated = true, string id = "t", bool quotes = false)
    {
        var (text, mentions) = Parse(marked);
        var doc = new Document(id, new ArticleSource("test", 0, Published: dated ? anchor ?? Anchor : null), text);
        doc = new Tokenizer().Run(doc);
        doc = new SentenceSplitter().Run(doc);
        doc = PublicationDateInferrer.CreateDefault().Run(doc);
        doc = Dates.Run(doc);
        doc = new NumberFinder(NumberLexicon.Default).Run(doc);
        doc = doc with
        {
            Mentions = mentions,
            Entities = [.. mentions.DistinctBy(m => m.EntityId).Select(m => new Entity(m.EntityId!, m.Kind, text[m.Span.Start..m.Span.End], InKnowledgeBase: true))],
        };
        DocumentInvariants.Check(doc);
        if (quotes)
        {
            doc = Marsad.Quotes.QuoteFinder.CreateDefault().Run(doc);
        }

        doc = Finder.Run(doc);
        DocumentInvariants.Check(doc);
        return doc;
    }

    /// <summary>The one event of <paramref name="category"/> the text must yield.</summary>
    public static NewsEvent Single(string marked, EventCategory category, DateOnly? anchor = null) =>
        Assert.Single(Run(marked, anchor).Events, e => e.Category == category);

    public static string TriggerOf(Document doc, NewsEvent e) => doc[e.Trigger];

    static (string Text, ImmutableArray<Mention> Mentions) Parse(string marked)
    {
        var text = new StringBuilder();
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf('[', i);
            var close = open < 0 ? -1 : marked.IndexOf("]{", open, StringComparison.Ordinal);
            var end = close < 0 ? -1 : marked.IndexOf('}', close);
            if (open < 0 || close < 0 || end < 0)
            {
                text.Append(marked, i, marked.Length - i);
                break;
            }

            text.Append(marked, i, open - i);
            var start = text.Length;
            text.Append(marked, open + 1, close - open - 1);
            var label = marked[(close + 2)..end].Split(' ');
            var kind = label[0] switch
            {
                "PER" => EntityKind.Person,
                "ORG" => EntityKind.Organization,
                "GPE" => EntityKind.GeoPolitical,
                "LOC" => EntityKind.Location,
                _ => EntityKind.Misc,
            };
            mentions.Add(new Mention(new TextSpan(start, text.Length), kind, MentionSource.KnowledgeBase, "kb:" + label[1]));
            i = end + 1;
        }

        return (text.ToString(), mentions.ToImmutable());
    }
}
