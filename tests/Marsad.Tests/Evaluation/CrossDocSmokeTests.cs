using Marsad.CrossDocument;
using Marsad.Documents;
using Marsad.Evaluation;
using Marsad.Testing;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The CI slice of <c>marsad eval crossdoc</c>: B-cubed of stories and event coreference on eval/gold/smoke (ten
/// articles, among them two outlets' versions of one rocket attack and the same base hit a week later). The full
/// gold set's floors are pinned in eval/baseline.json; these are the slice's, measured when they were pinned.
/// </summary>
public class CrossDocSmokeTests
{
    /// <summary>No trap merged on the slice (the week-later attack stays apart): precision 1.0 when pinned.</summary>
    const double MinPrecision = 0.99;

    /// <summary>Stories F1 was 0.947 and events F1 0.977 when pinned; the margin allows one article to change.</summary>
    const double MinStoriesF1 = 0.90;

    const double MinEventsF1 = 0.93;

    [Fact]
    public void Smoke_slice_keeps_its_story_and_event_coreference_floors()
    {
        var engine = Engine.CreateDefault();
        var folder = Path.Combine(SharedData.RepositoryRoot, "eval", "gold", "smoke");
        var analysed = Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(GoldReader.ReadFile)
            .Select(g => (g, engine.Pipeline.Run(new Document(g.Id, new ArticleSource(g.File, 0, Outlet: g.Outlet, Published: g.Published), g.Text))))
            .ToList();

        var score = new CrossDocScorer(CrossDocumentLinker.CreateDefault()).Score(analysed);

        Assert.InRange(score.Stories.Precision, MinPrecision, 1);
        Assert.InRange(score.Events.Precision, MinPrecision, 1);
        Assert.InRange(score.Stories.F1, MinStoriesF1, 1);
        Assert.InRange(score.Events.F1, MinEventsF1, 1);
    }
}
