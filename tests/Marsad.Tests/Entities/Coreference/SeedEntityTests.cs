using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Testing;

namespace Marsad.Tests.Entities.Coreference;

/// <summary>
/// The five seed articles of ../shared (read at run time, never copied) through the full default engine — cleaning,
/// tokens, sentences, dates, numbers, entities, relations — checked for facts a reader would code. Skipped when
/// ../shared is absent.
/// </summary>
public class SeedEntityTests
{
    static readonly Lazy<Dictionary<string, List<Document>>> Seeds = new(Analyze);

    [SharedFact]
    public void Seed_000_writer_and_spokesman_called_al_Husseini_are_two_entities()
    {
        var doc = Only("000");
        var writer = IdOf(doc, "احمد الحسيني");
        var spokesman = IdOf(doc, "جعفر الحسيني");
        Assert.NotEqual(writer, spokesman);
        Assert.Equal("kb:jaafar-husseini", spokesman);

        // "بحسب الحسيني" right after the writer is the writer.
        var afterWriter = doc.Mentions.First(m => Fold(doc[m.Span]) == Fold("الحسيني") && doc.Text[..m.Span.Start].TrimEnd().EndsWith("بحسب", StringComparison.Ordinal));
        Assert.Equal(writer, afterWriter.EntityId);
    }

    [SharedFact]
    public void Seed_000_teaser_of_another_article_leaves_no_entity()
    {
        // The page's "read also" teaser about Macron is furniture the cleaner removes: no mention of him survives.
        var doc = Only("000");
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "kb:macron" || Fold(doc[m.Span]).Contains(Fold("ماكرون"), StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Id == "kb:macron");
    }

    [SharedFact]
    public void Al_Kadhimi_links_to_the_listed_prime_minister_in_every_seed()
    {
        foreach (var (seed, docs) in Seeds.Value)
        {
            var mentions = docs.SelectMany(d => d.Mentions.Where(m => Fold(d[m.Span]) == Fold("الكاظمي")).Select(m => m.EntityId)).ToList();
            Assert.True(mentions.Count > 0, $"seed {seed} has no mention of الكاظمي");
            Assert.All(mentions, id => Assert.Equal("kb:kadhimi", id));
        }
    }

    [SharedFact]
    public void Both_spellings_of_Qaani_link_to_one_entity()
    {
        var spellings = Seeds.Value.Values.SelectMany(docs => docs).SelectMany(d => d.Mentions
                .Where(m => Fold(d[m.Span]).EndsWith(Fold("قآني"), StringComparison.Ordinal) || d[m.Span].EndsWith("قاآني", StringComparison.Ordinal))
                .Select(m => (Surface: d[m.Span], m.EntityId)))
            .ToList();
        Assert.Contains(spellings, s => s.Surface.Contains("قآني", StringComparison.Ordinal));
        Assert.Contains(spellings, s => s.Surface.Contains("قاآني", StringComparison.Ordinal));
        Assert.All(spellings, s => Assert.Equal("kb:qaani", s.EntityId));
    }

    [SharedFact]
    public void Lebanese_Hezbollah_and_Kataib_Hezbollah_stay_apart()
    {
        var all = Seeds.Value.Values.SelectMany(docs => docs).ToList();
        var kataib = all.SelectMany(d => d.Mentions.Where(m => d[m.Span].StartsWith("كتائب حزب الله", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(kataib);
        Assert.All(kataib, m => Assert.Equal("kb:kataib-hezbollah", m.EntityId));
        var lebanese = all.SelectMany(d => d.Mentions.Where(m => d[m.Span] == "حزب الله")).ToList();
        Assert.NotEmpty(lebanese);
        Assert.All(lebanese, m => Assert.Equal("kb:hezbollah", m.EntityId));
    }

    [SharedFact]
    public void Seed_relations_read_from_appositions_and_role_phrases()
    {
        var doc = Only("000");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Succeeded && r.SubjectId == "kb:qaani" && r.ObjectId == "kb:soleimani");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Leads && r.SubjectId == "kb:qaani" && r.ObjectId == "kb:quds-force");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.HoldsRole && r.SubjectId == "kb:kadhimi" && r.ObjectId == "kb:iraq");
        var seed4 = Only("004");
        Assert.Contains(seed4.Relations, r => r.Predicate == RelationPredicate.PartOf && r.SubjectId == "kb:sadiqoun" && r.ObjectId == "kb:asaib-ahl-al-haq");
        Assert.Contains(seed4.Relations, r => r.Predicate == RelationPredicate.SpokespersonOf && r.SubjectId == "kb:talibawi" && r.ObjectId == "kb:asaib-ahl-al-haq");
    }

    static Document Only(string seed) => Assert.Single(Seeds.Value[seed]);

    static string IdOf(Document doc, string surface) =>
        doc.Mentions.First(m => Fold(doc[m.Span]) == Fold(surface)).EntityId!;

    static string Fold(string s) => ArabicFolding.Fold(s);

    static Dictionary<string, List<Document>> Analyze()
    {
        var engine = Engine.CreateDefault();
        var seeds = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(SharedData.Seeds!, "*.txt").Order(StringComparer.Ordinal))
        {
            var analysis = engine.Analyze(path, path, File.ReadAllBytes(path));
            var docs = analysis.Input!.Pages.SelectMany(p => p.Articles).Select(a => a.Document).ToList();
            docs.ForEach(DocumentInvariants.Check);
            seeds[Path.GetFileName(path)[..3]] = docs;
        }

        return seeds;
    }
}
