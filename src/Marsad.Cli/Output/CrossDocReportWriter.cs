using System.Globalization;
using Marsad.Evaluation;

namespace Marsad.Cli.Output;

/// <summary>Prints the cross-document scores (B-cubed of stories and event coreference) as a Markdown table.</summary>
internal static class CrossDocReportWriter
{
    public static void Write(TextWriter w, CrossDocScore s, int articles)
    {
        w.WriteLine($"## Cross-document — {articles} gold articles (B-cubed)");
        w.WriteLine();
        w.WriteLine("| clustering | items | precision | recall | F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|");
        Row(w, "stories (articles)", s.Stories);
        Row(w, "events (every gold event)", s.Events);
        Row(w, "events (aligned gold events)", s.AlignedEvents);
        w.WriteLine();
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Gold events aligned with an extracted event: {s.Aligned:P1}."));
        w.WriteLine();
    }

    static void Row(TextWriter w, string name, BCubedScore b) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {b.Items} | {b.Precision:F3} | {b.Recall:F3} | {b.F1:F3} |"));
}
