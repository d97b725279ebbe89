using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Quotes;
using Marsad.Testing;

namespace Marsad.Tests.Quotes;

/// <summary>
/// The seed articles in ../shared through the real text pipeline (no recogniser yet, so no mentions): quote
/// contents are found and well formed. Speakers need the recogniser; the lead adds that check after the merge.
/// </summary>
public class QuoteFinderSeedTests
{
    /// <summary>
    /// Direct quotes found in seed 004 when measured: 15, every quotation of reported words in it that has a cue
    /// (four are partial quotes inside a reported clause). The floor leaves one for a change in the text stages that
    /// moves a sentence boundary.
    /// </summary>
    const int Seed004DirectFloor = 14;

    static Document Run(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.Seeds!, file));
        var doc = Engine.CreateDefault().Pipeline.Run(new Document(file, new ArticleSource(file, 0), text));
        doc = QuoteFinder.CreateDefault().Run(doc);
        DocumentInvariants.Check(doc);
        return doc;
    }

    [SharedFact]
    public void Finds_the_direct_quotes_of_seed_004()
    {
        var doc = Run("004_a599bde84ebe1120.txt");
        var direct = doc.Quotes.Where(q => q.Direct).ToList();
        Assert.True(direct.Count >= Seed004DirectFloor, $"{direct.Count} direct quotes, floor {Seed004DirectFloor}:\n{string.Join("\n", doc.Quotes.Select(q => QuoteMarkup.Describe(doc, q)))}");
        foreach (var q in direct)
        {
            // A direct quote's words sit between marks (or after a colon): never a mark at either end.
            Assert.DoesNotContain(doc.Text[q.Content.Start], "«»“”\"");
            Assert.DoesNotContain(doc.Text[q.Content.End - 1], "«»“”\"");
            Assert.True(q.Content.Length >= 10, $"a direct quote of {q.Content.Length} characters is a scare quote");
        }
    }

    [SharedFact]
    public void Reads_the_cue_verbs_of_seed_004()
    {
        var doc = Run("004_a599bde84ebe1120.txt");
        var cues = doc.Quotes.Select(q => q.CueVerb).OfType<string>().ToHashSet();
        foreach (var lemma in new[] { "قال", "اكد", "اضاف", "تابع", "نقل", "هدد", "اشار", "اعتبر" })
        {
            Assert.Contains(ArabicFolding.Fold(lemma), cues);
        }

        // Every cue span covers a cue form of its lemma, without the conjunction.
        foreach (var q in doc.Quotes.Where(q => q.Cue is not null))
        {
            Assert.True(QuoteLexicon.Default.Cues.TryGetValue(ArabicFolding.Fold(doc[q.Cue!.Value]).AsSpan(), out var cue), $"cue «{doc[q.Cue.Value]}» is not a cue form");
            Assert.Equal(q.CueVerb, cue.Lemma);
            Assert.Equal(0, cue.ConjunctionLength);
        }
    }

    [SharedFact]
    public void Finds_quotes_in_every_seed_and_keeps_them_well_formed()
    {
        foreach (var file in Directory.GetFiles(SharedData.Seeds!, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var doc = Run(file!);
            Assert.True(doc.Quotes.Length > 0, $"{file}: no quote found");
        }
    }
}
