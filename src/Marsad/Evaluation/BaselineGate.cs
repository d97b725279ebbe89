using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Evaluation;

/// <summary>
/// The evaluation gate (trafilatura's idea): eval/baseline.json pins floors per area ("extraction", "ner",
/// "cleaning"…); a score more than <see cref="Epsilon"/> under its floor fails the run. Floors only ratchet up:
/// <see cref="Update"/> raises them to the new scores and refuses to lower one unless regression is allowed.
/// Nested objects are flattened with dots (<c>PERS.f1</c>). A <c>gold_sha256</c> string beside the floors records
/// which gold set they were measured on.
/// </summary>
public sealed class BaselineGate(JsonObject root)
{
    /// <summary>Scores are rounded to 4 places; a drop smaller than this is noise (e.g. one article of ~40 changing a tie).</summary>
    public const double Epsilon = 0.005;

    public JsonObject Root => root;

    public static BaselineGate Load(string path) =>
        new(File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : []);

    public void Save(string path) =>
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

    /// <summary>Floors of one area, flattened.</summary>
    public IReadOnlyDictionary<string, double> Floors(string area)
    {
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        if (root[area] is JsonObject section)
        {
            Flatten(section, string.Empty, floors);
        }

        return floors;
    }

    /// <summary>Metrics that fell more than ε under their floor, as readable lines; empty when the gate passes.</summary>
    public IReadOnlyList<string> Check(string area, IReadOnlyDictionary<string, double> scores)
    {
        // An area may pin its own ε (the NER scores are in points, 0–100, and allow half a point).
        var epsilon = root[area] is JsonObject section && section["epsilon"] is JsonValue v && v.TryGetValue<double>(out var e) ? e : Epsilon;
        var failures = new List<string>();
        foreach (var (metric, floor) in Floors(area))
        {
            if (!scores.TryGetValue(metric, out var score))
            {
                continue;
            }

            if (score < floor - epsilon)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{area}.{metric}: {score:F4} is under the floor {floor:F4}"));
            }
        }

        return failures;
    }

    /// <summary>Raises floors to the given scores. Returns the metrics that would drop; they are left alone unless allowed.</summary>
    public IReadOnlyList<string> Update(string area, IReadOnlyDictionary<string, double> scores, bool allowRegression, string? goldSha = null)
    {
        var section = root[area] as JsonObject ?? [];
        root[area] = section;
        var refused = new List<string>();
        var floors = Floors(area);
        foreach (var (metric, score) in scores)
        {
            var rounded = Math.Round(score, 4);
            if (floors.TryGetValue(metric, out var floor) && rounded < floor && !allowRegression)
            {
                refused.Add(string.Create(CultureInfo.InvariantCulture, $"{area}.{metric}: {rounded:F4} would lower the floor {floor:F4}"));
                continue;
            }

            Set(section, metric, rounded);
        }

        if (goldSha is not null)
        {
            section["gold_sha256"] = goldSha;
        }

        return refused;
    }

    static void Flatten(JsonObject obj, string prefix, Dictionary<string, double> into)
    {
        foreach (var (key, value) in obj)
        {
            var name = prefix.Length == 0 ? key : $"{prefix}.{key}";
            switch (value)
            {
                case JsonObject child:
                    Flatten(child, name, into);
                    break;
                case JsonValue v when v.TryGetValue<double>(out var d) && name != "epsilon":
                    into[name] = d;
                    break;
            }
        }
    }

    static void Set(JsonObject section, string dotted, double value)
    {
        var parts = dotted.Split('.');
        var node = section;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = [];
                node[part] = child;
            }

            node = child;
        }

        node[parts[^1]] = value;
    }
}
