using Marsad.Documents;
using Marsad.Evaluation;

namespace Marsad.Cli.Output;

/// <summary>Prints evaluation scores as Markdown tables (pasteable into the README and closing notes).</summary>
internal static class EvalReportWriter
{
    public static void WriteExtraction(TextWriter w, ExtractionScore s, int files, string title = "Extraction")
    {
        w.WriteLine($"## {title} — {s.Articles} gold articles in {files} file(s)");
        w.WriteLine();
        w.WriteLine("| fact | gold | predicted | precision | recall | F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|");
        Row(w, "entities (surface + type)", s.Entities);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            if (s.EntitiesByKind.TryGetValue(kind, out var t) && (t.Gold > 0 || t.Predicted > 0))
            {
                Row(w, $"  {kind}", t);
            }
        }

        Row(w, "entity mentions (exact span)", s.EntityMentions);
        Row(w, "relations", s.Relations);
        Row(w, "quotes (content)", s.Quotes);
        Row(w, "events (category + date + place)", s.Events);
        w.WriteLine();
        w.WriteLine($"Quote speaker accuracy: {s.SpeakerAccuracy:F3} ({s.SpeakersRight}/{s.SpeakersTotal} gold quotes with the right speaker or source class).");
        if (s.InferredDatesTotal > 0)
        {
            w.WriteLine($"Inferred publication dates: {s.InferredDatesRight}/{s.InferredDatesTotal} right.");
        }

        w.WriteLine();
    }

    public static void WriteCleaning(TextWriter w, IReadOnlyDictionary<string, double> metrics, IReadOnlyList<CleaningScorer.PageScore> pages)
    {
        w.WriteLine($"## Cleaning — {pages.Count} boilerplate gold pages");
        w.WriteLine();
        w.WriteLine($"| snippets | precision | recall | accuracy |");
        w.WriteLine("|---:|---:|---:|---:|");
        var snippets = pages.Sum(p => p.TruePositives + p.TrueNegatives + p.Missing.Count + p.Leaked.Count);
        w.WriteLine($"| {snippets} | {metrics["precision"]:F3} | {metrics["recall"]:F3} | {metrics["accuracy"]:F3} |");
        foreach (var p in pages.Where(p => p.Missing.Count + p.Leaked.Count > 0))
        {
            w.WriteLine($"  {p.Page}: lost [{string.Join(" | ", p.Missing)}], leaked [{string.Join(" | ", p.Leaked)}]");
        }

        w.WriteLine();
    }

    static void Row(TextWriter w, string name, Tally t) =>
        w.WriteLine($"| {name} | {t.Gold} | {t.Predicted} | {t.Precision:F3} | {t.Recall:F3} | {t.F1:F3} |");
}
