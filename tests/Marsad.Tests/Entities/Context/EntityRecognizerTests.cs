using Marsad.Documents;
using Marsad.Entities;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Context;

/// <summary>How the recogniser merges the knowledge base, the context rules and further sources (docs/entities.md).</summary>
public class EntityRecognizerTests
{
    [Fact]
    public void Listed_name_beats_a_context_reading_of_the_same_words()
    {
        // حركة عصائب أهل الحق: the type word does not make a new group; the listed name keeps its span and id.
        var doc = Run("وهدد المتحدث باسم حركة عصائب أهل الحق بالرد.");
        var m = Mention(doc, "عصائب أهل الحق");
        Assert.Equal(MentionSource.KnowledgeBase, m.Source);
        Assert.Equal("kb:asaib-ahl-al-haq", m.EntityId);
    }

    [Fact]
    public void Longer_name_containing_a_listed_name_is_the_other_group()
    {
        // Precedence: a name that contains حزب الله and is listed itself (كتائب حزب الله العراقية) is Kataib
        // Hezbollah; Lebanon's Hezbollah in the same article stays its own entity. The nisba stays outside both
        // names: each is unique without it.
        var doc = Run("وأعلنت كتائب حزب الله العراقية رفضها للاتفاق، فيما أيده حزب الله اللبناني.");
        Assert.Equal("kb:kataib-hezbollah", Mention(doc, "كتائب حزب الله").EntityId);
        Assert.Contains(doc.Mentions, m => m.EntityId == "kb:hezbollah");
        Assert.Contains(doc.Entities, e => e.Id == "kb:kataib-hezbollah");
        Assert.Contains(doc.Entities, e => e.Id == "kb:hezbollah");
    }

    [Fact]
    public void Title_is_cut_from_a_listed_name_that_starts_with_it()
    {
        // The knowledge base lists "اللواء يحيى رسول"; the title is evidence, the mention is the name.
        var doc = Run("وقال اللواء يحيى رسول إن القوات أنهت العملية.");
        Assert.Equal("kb:yahya-rasool", Mention(doc, "يحيى رسول").EntityId);
    }

    [Fact]
    public void Listed_alias_made_only_of_a_title_is_a_role_mention()
    {
        var doc = Run("وقال المرشد الإيراني في خطاب إن البلاد لن تتراجع.");
        var role = Assert.Single(doc.Mentions, m => m.Cue == "role");
        Assert.Equal("kb:khamenei", role.EntityId);
        Assert.Empty(Names(doc, EntityKind.Person));
    }

    [Fact]
    public void Listed_one_word_name_that_is_a_verb_is_read_as_the_verb()
    {
        // ترأس (chaired) folds like تراس (Truss).
        var doc = Run("ترأس الوزير الاجتماع الأول للجنة.");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "kb:truss");
    }

    [Fact]
    public void Given_name_before_a_listed_surname_is_a_namesake_when_the_knowledge_base_spells_another()
    {
        var doc = Run("وقال الكاتب حسين الكاظمي إن الموازنة تأخرت.");
        var m = Mention(doc, "حسين الكاظمي");
        Assert.Equal(EntityKind.Person, m.Kind);
        Assert.NotEqual("kb:kadhimi", m.EntityId);
        Assert.DoesNotContain(doc.Mentions, x => x.EntityId == "kb:kadhimi");
    }

    [Fact]
    public void Given_name_before_a_listed_surname_is_the_listed_person_when_only_the_transliteration_differs()
    {
        // أنطوني/أنتوني: outlets spell foreign given names with ط or ت.
        var doc = Run("والتقى الوزير نظيره الأمريكي أنطوني بلينكن في العاصمة.");
        Assert.Equal("kb:blinken", Mention(doc, "أنطوني بلينكن").EntityId);
    }

    [Fact]
    public void Given_name_before_a_listed_full_name_after_a_title_is_a_namesake()
    {
        // المحامي حسن + محمود عباس: the title says the name starts at حسن; this is not the Palestinian president.
        var doc = Run("وقال المحامي حسن محمود عباس إن الجلسة أجلت.");
        var m = Mention(doc, "حسن محمود عباس");
        Assert.NotEqual("kb:mahmoud-abbas", m.EntityId);
    }

    [Fact]
    public void Another_source_plugs_in_below_the_knowledge_base_and_the_context_rules()
    {
        const string Text = "وزار وزير الخارجية الإيراني بغداد ثم التقى رنا يوسف في المطار.";
        var kb = KnowledgeBase.LoadDefault();
        var tagger = new FixedSource(MentionSource.Tagger, (doc) =>
        [
            new Mention(Span(doc, "بغداد"), EntityKind.Location, MentionSource.Tagger),
            new Mention(Span(doc, "رنا يوسف"), EntityKind.Person, MentionSource.Tagger),
        ]);
        var doc = Prepare(Text);
        doc = EntityRecognizer.Create(kb, ContextLexicon.LoadDefault(), tagger).Run(doc);
        DocumentInvariants.Check(doc);

        // The knowledge base's GPE wins the overlap; the tagger fills what nobody else found.
        Assert.Equal(EntityKind.GeoPolitical, Mention(doc, "بغداد").Kind);
        Assert.Equal(MentionSource.Tagger, Mention(doc, "رنا يوسف").Source);
    }

    [Fact]
    public void Dependent_source_sees_the_candidates_of_the_sources_before_it()
    {
        var seen = new List<int>();
        var probe = new ProbeSource(seen);
        var doc = Prepare("ووصل مصطفى الكاظمي إلى بغداد.");
        EntityRecognizer.Create(KnowledgeBase.LoadDefault(), ContextLexicon.LoadDefault(), probe).Run(doc);
        Assert.True(Assert.Single(seen) >= 2, "the probe should see the knowledge base's candidates");
    }

    [Fact]
    public void Every_mention_links_to_an_entity_listed_once()
    {
        var doc = Run("وقال مصطفى الكاظمي إن الكاظمي لن يترشح، بحسب الكاتب سامر الخفاجي.");
        Assert.All(doc.Mentions, m => Assert.NotNull(m.EntityId));
        Assert.Equal(doc.Entities.Length, doc.Entities.Select(e => e.Id).Distinct().Count());
        var kadhimi = Assert.Single(doc.Entities, e => e.Id == "kb:kadhimi");
        Assert.True(kadhimi.InKnowledgeBase);
        Assert.Equal("Mustafa al-Kadhimi", kadhimi.NameEn);
    }

    [Fact]
    public void Empty_text_has_no_mentions()
    {
        var doc = Run("");
        Assert.Empty(doc.Mentions);
        Assert.Empty(doc.Entities);
    }

    static Document Prepare(string text) =>
        new SentenceSplitter().Run(new Tokenizer().Run(new Document("t", new ArticleSource("test", 0), text)));

    static TextSpan Span(Document doc, string surface)
    {
        var at = doc.Text.IndexOf(surface, StringComparison.Ordinal);
        return new TextSpan(at, at + surface.Length);
    }

    sealed class FixedSource(MentionSource source, Func<Document, IEnumerable<Mention>> find) : IMentionSource
    {
        public MentionSource Source => source;

        public IEnumerable<Mention> Find(Document doc) => find(doc);
    }

    sealed class ProbeSource(List<int> seen) : IDependentMentionSource
    {
        public MentionSource Source => MentionSource.Tagger;

        public IEnumerable<Mention> Find(Document doc) => [];

        public IEnumerable<Mention> Find(Document doc, IReadOnlyList<Mention> earlier)
        {
            seen.Add(earlier.Count);
            return [];
        }
    }

    [Fact]
    public void Capital_named_by_its_nationality_is_a_description()
    {
        // العاصمة العراقية points at Baghdad without naming it: a role mention, left out of the names.
        var doc = Run("ووصل الموفد الأممي إلى العاصمة العراقية مساء أمس.");
        Assert.DoesNotContain("العاصمة العراقية", Names(doc));
    }
}
