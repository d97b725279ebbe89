using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

public class NerEvaluatorTests
{
    static NerSentence Gold(string tags) => new([.. tags.Split(' ').Select((_, i) => "w" + i)], tags.Split(' '));

    [Fact]
    public void Scores_exact_span_and_type_only()
    {
        var gold = new[] { Gold("B-PERS I-PERS O B-LOC"), Gold("B-ORG I-ORG O") };
        var predicted = new IReadOnlyList<string>[]
        {
            ["B-PERS", "I-PERS", "O", "B-ORG"], // PERS right, LOC predicted as ORG
            ["B-ORG", "O", "O"],                // ORG with a short boundary
        };

        var score = NerEvaluator.Evaluate(gold, predicted);

        Assert.Equal(3, score.Micro.Gold);
        Assert.Equal(3, score.Micro.Predicted);
        Assert.Equal(1, score.Micro.Correct);
        Assert.Equal(100.0 / 3, score.Micro.F1, 6);
        Assert.Equal(100.0, score.PerType.Single(t => t.Type == "PERS").F1, 6);
        Assert.Equal(0.0, score.PerType.Single(t => t.Type == "ORG").Precision, 6);
    }

    [Fact]
    public void Confusion_separates_type_errors_boundaries_misses_and_spurious()
    {
        var gold = new[] { Gold("B-LOC O B-ORG I-ORG O B-PERS O O") };
        IReadOnlyList<string>[] predicted = [["B-ORG", "O", "B-ORG", "O", "O", "O", "O", "B-MISC"]];

        var confusion = NerEvaluator.Evaluate(gold, predicted).Confusion;

        Assert.Equal(1, confusion["LOC", "ORG"]);                    // same span, other type
        Assert.Equal(1, confusion["ORG", NerConfusion.Boundary]);   // overlaps with other boundaries
        Assert.Equal(1, confusion["PERS", NerConfusion.Missed]);    // nothing overlaps it
        Assert.Equal(1, confusion.Spurious("MISC"));                // overlaps no gold entity
        Assert.Equal(0, confusion.Spurious("ORG"));
    }

    [Fact]
    public void Orphan_inside_tags_count_as_entities_like_conlleval()
    {
        var gold = new[] { Gold("B-PERS I-PERS O") };
        IReadOnlyList<string>[] predicted = [["I-PERS", "I-PERS", "O"]];

        Assert.Equal(100.0, NerEvaluator.Evaluate(gold, predicted).Micro.F1, 6);
    }

    [Fact]
    public void Score_file_and_markdown_name_every_type()
    {
        var score = NerEvaluator.Evaluate([Gold("B-PERS O B-LOC")], [["B-PERS", "O", "O"]]);

        var json = System.Text.Json.JsonDocument.Parse(score.ToScoreText("unit"));
        Assert.Equal(66.67, json.RootElement.GetProperty("micro_f1").GetDouble(), 2);
        Assert.Equal(0, json.RootElement.GetProperty("LOC").GetProperty("recall").GetDouble());
        Assert.Contains("| PERS |", score.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("| micro |", score.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_predictions_of_the_wrong_length() =>
        Assert.Throws<ArgumentException>(() => NerEvaluator.Evaluate([Gold("B-PERS O")], [["O"]]));
}
