using System.Text.Json;
using Marsad.Entities.Tagging;
using Marsad.Testing;

namespace Marsad.Tests.Entities.Tagging;

/// <summary>The eval gate for the shipped model: its test-split scores may not fall under the floors in eval/baseline.json.</summary>
public class NerShippedModelTests
{
    static readonly Lazy<NerModel> Shipped = new(NerRecipe.LoadShipped);

    [Fact]
    public void Shipped_model_loads_and_tags_a_sentence()
    {
        var tags = new NerTagger(Shipped.Value).Tag(["وقال", "الرئيس", "المصري", "في", "القاهرة", "أمس", "."]);

        Assert.Equal(7, tags.Length);
        Assert.Equal("B-LOC", tags[4]);
        Assert.Equal(["LOC", "MISC", "ORG", "PERS"], Shipped.Value.Types);
    }

    [SharedFact]
    public void Shipped_model_scores_above_the_pinned_floors_on_the_test_split()
    {
        var score = NerRecipe.Evaluate(Shipped.Value, SharedData.Corpora!);
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "eval", "baseline.json")));
        var ner = baseline.RootElement.GetProperty("ner");

        Assert.True(score.Micro.F1 >= ner.GetProperty("micro_f1").GetDouble(),
            $"micro F1 {score.Micro.F1:F2} fell under the floor {ner.GetProperty("micro_f1").GetDouble():F2}\n{score.ToMarkdown()}");
        foreach (var type in score.PerType)
        {
            var floor = ner.GetProperty(type.Type).GetProperty("f1").GetDouble();
            Assert.True(type.F1 >= floor, $"{type.Type} F1 {type.F1:F2} fell under the floor {floor:F2}\n{score.ToMarkdown()}");
        }
    }

    [SharedFact]
    public void Score_file_matches_a_fresh_evaluation()
    {
        // The .score file is written by evaluation; a stale one would misreport the shipped model.
        var fresh = NerRecipe.Evaluate(Shipped.Value, SharedData.Corpora!).ToScoreText(NerRecipe.TestFile);
        Assert.Equal(fresh, Marsad.Resources.DataFile.ReadAllText(NerRecipe.ScoreData));
    }
}
