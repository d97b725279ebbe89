using Marsad.Documents;
using Marsad.Entities;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;
using Marsad.Entities.Tagging;
using Marsad.Pipeline;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Entities.Tagging;

/// <summary>The tagger as the third mention source of the recogniser: what it adds, and what it never overrides.</summary>
public class TaggerMentionSourceTests
{
    static readonly Lazy<NerTagger> Tagger = new(() => new NerTagger(NerTrainer.Train(TinyCorpus.Training(), TinyCorpus.Options)));

    static readonly KnowledgeBase Kb = KnowledgeBase.LoadDefault();

    static Document Run(string text)
    {
        var recognizer = EntityRecognizer.Create(Kb, ContextLexicon.LoadDefault(), new TaggerMentionSource(Tagger.Value, Kb));
        var doc = new DocumentPipeline([new Tokenizer(), new SentenceSplitter(), recognizer]).Run(new Document("t", new ArticleSource("t", 0), text));
        DocumentInvariants.Check(doc);
        return doc;
    }

    [Fact]
    public void Tagger_chunks_become_mentions_with_the_tagger_source()
    {
        var tagger = new TaggerMentionSource(Tagger.Value, Kb);
        var doc = new DocumentPipeline([new Tokenizer(), new SentenceSplitter()]).Run(new Document("t", new ArticleSource("t", 0), "التقى هشام الخياط وفدا من حزب الغد في مدينة القاهرة ."));

        var found = tagger.Find(doc).ToList();

        Assert.All(found, m => Assert.Equal(MentionSource.Tagger, m.Source));
        var person = Assert.Single(found, m => m.Kind == EntityKind.Person);
        Assert.Equal("هشام الخياط", doc[person.Span]);
        Assert.Null(person.EntityId);
        // ANERcorp's LOC is read as a GPE, and a chunk that is a knowledge-base name is linked to it.
        var city = Assert.Single(found, m => doc[m.Span] == "القاهرة");
        Assert.Equal(EntityKind.GeoPolitical, city.Kind);
        Assert.Equal("kb:cairo", city.EntityId);
    }

    [Fact]
    public void An_unlisted_name_only_the_tagger_finds_becomes_an_entity_of_its_kind()
    {
        // No title, cue word or listed name around هشام الخياط: without the tagger it is not a mention.
        const string Text = "التقى هشام الخياط وفدا من حزب الغد في مدينة القاهرة .";
        var without = new DocumentPipeline([new Tokenizer(), new SentenceSplitter(), EntityRecognizer.Create(Kb, ContextLexicon.LoadDefault())])
            .Run(new Document("t", new ArticleSource("t", 0), Text));
        Assert.DoesNotContain(without.Mentions, m => without[m.Span].Contains("الخياط", StringComparison.Ordinal));
        var doc = Run(Text);

        var mention = Assert.Single(doc.Mentions, m => doc[m.Span] == "هشام الخياط");
        Assert.Equal(MentionSource.Tagger, mention.Source);
        Assert.Contains(doc.Entities, e => e.Id == mention.EntityId && e.Kind == EntityKind.Person && !e.InKnowledgeBase);
    }

    [Fact]
    public void The_knowledge_base_wins_where_the_tagger_overlaps_it()
    {
        var doc = Run("وصل الوزير سمير إلى بغداد أمس في زيارة رسمية .");

        var baghdad = Assert.Single(doc.Mentions, m => doc[m.Span] == "بغداد");
        Assert.Equal(MentionSource.KnowledgeBase, baghdad.Source);
        Assert.Equal("kb:baghdad", baghdad.EntityId);
    }
}
