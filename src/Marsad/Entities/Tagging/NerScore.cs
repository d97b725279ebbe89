using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Entities.Tagging;

/// <summary>
/// The result of <see cref="NerEvaluator.Evaluate"/>: micro-averaged and per-type entity scores, the confusion
/// table, and token accuracy. Renders as a Markdown report and as the JSON text of a model's <c>.score</c> file.
/// </summary>
public sealed record NerScore(NerTypeScore Micro, IReadOnlyList<NerTypeScore> PerType, NerConfusion Confusion, int Tokens, int CorrectTags)
{
    public double TokenAccuracy => Tokens == 0 ? 0 : 100.0 * CorrectTags / Tokens;

    /// <summary>The per-type table (micro row last) followed by the confusion table, as Markdown.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| type | gold | predicted | correct | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var t in PerType.Append(Micro))
        {
            sb.Append(Invariant($"| {t.Type} | {t.Gold} | {t.Predicted} | {t.Correct} | {t.Precision:F2} | {t.Recall:F2} | {t.F1:F2} |\n"));
        }

        sb.Append(Invariant($"\nToken accuracy {TokenAccuracy:F2}% over {Tokens} tokens.\n\n"));
        sb.Append("Gold entity (rows) → what was predicted with the same boundaries, or a boundary error, or nothing:\n\n");
        sb.Append("| gold \\ predicted | ").AppendJoin(" | ", Confusion.Types).Append(" | boundary | missed |\n|---|");
        sb.Append(string.Concat(Enumerable.Repeat("---:|", Confusion.Types.Count + 2))).Append('\n');
        foreach (var gold in Confusion.Types)
        {
            sb.Append("| ").Append(gold).Append(" | ");
            foreach (var outcome in Confusion.Types.Append(NerConfusion.Boundary).Append(NerConfusion.Missed))
            {
                sb.Append(Confusion[gold, outcome].ToString(CultureInfo.InvariantCulture)).Append(" | ");
            }

            sb.Length--;
            sb.Append('\n');
        }

        sb.Append("| spurious | ").AppendJoin(" | ", Confusion.Types.Select(t => Confusion.Spurious(t).ToString(CultureInfo.InvariantCulture)));
        sb.Append(" | | |\n");
        return sb.ToString();
    }

    /// <summary>The <c>.score</c> file: JSON with the micro and per-type P/R/F1 and counts, plus the confusion rows.</summary>
    public string ToScoreText(string dataset)
    {
        var root = new JsonObject
        {
            ["dataset"] = dataset,
            ["tokens"] = Tokens,
            ["token_accuracy"] = Round(TokenAccuracy),
            ["micro_f1"] = Round(Micro.F1),
            ["micro"] = Node(Micro),
        };
        foreach (var t in PerType)
        {
            root[t.Type] = Node(t);
        }

        var confusion = new JsonObject();
        foreach (var gold in Confusion.Types)
        {
            var row = new JsonObject();
            foreach (var outcome in Confusion.Types.Append(NerConfusion.Boundary).Append(NerConfusion.Missed))
            {
                row[outcome] = Confusion[gold, outcome];
            }

            row["spurious"] = Confusion.Spurious(gold);
            confusion[gold] = row;
        }

        root["confusion"] = confusion;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    static JsonObject Node(NerTypeScore t) => new()
    {
        ["precision"] = Round(t.Precision),
        ["recall"] = Round(t.Recall),
        ["f1"] = Round(t.F1),
        ["gold"] = t.Gold,
        ["predicted"] = t.Predicted,
        ["correct"] = t.Correct,
    };

    static double Round(double x) => Math.Round(x, 2);

    static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
