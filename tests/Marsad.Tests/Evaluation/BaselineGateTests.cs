using System.Text.Json.Nodes;
using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public class BaselineGateTests
{
    static BaselineGate Gate() => new(JsonNode.Parse("""{"extraction":{"entities_f1":0.80,"quotes":{"f1":0.70}},"ner":{"micro_f1":0.81}}""")!.AsObject());

    [Fact]
    public void Passes_at_or_above_the_floor_and_within_epsilon()
    {
        var failures = Gate().Check("extraction", new Dictionary<string, double> { ["entities_f1"] = 0.797, ["quotes.f1"] = 0.75 });
        Assert.Empty(failures);
    }

    [Fact]
    public void Fails_a_drop_under_the_floor_naming_the_metric()
    {
        var failures = Gate().Check("extraction", new Dictionary<string, double> { ["entities_f1"] = 0.70, ["quotes.f1"] = 0.75 });
        Assert.Contains("extraction.entities_f1", Assert.Single(failures));
    }

    [Fact]
    public void Floors_only_ratchet_up_unless_regression_is_allowed()
    {
        var gate = Gate();
        var refused = gate.Update("extraction", new Dictionary<string, double> { ["entities_f1"] = 0.75, ["quotes.f1"] = 0.9 }, allowRegression: false);
        Assert.Single(refused);
        Assert.Equal(0.80, gate.Floors("extraction")["entities_f1"]);
        Assert.Equal(0.9, gate.Floors("extraction")["quotes.f1"]);

        gate.Update("extraction", new Dictionary<string, double> { ["entities_f1"] = 0.75 }, allowRegression: true);
        Assert.Equal(0.75, gate.Floors("extraction")["entities_f1"]);
    }

    [Fact]
    public void Keeps_other_areas_untouched()
    {
        var gate = Gate();
        gate.Update("extraction", new Dictionary<string, double> { ["entities_f1"] = 0.9 }, allowRegression: false);
        Assert.Equal(0.81, gate.Floors("ner")["micro_f1"]);
    }
}
