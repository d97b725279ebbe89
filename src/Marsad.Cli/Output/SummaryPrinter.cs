using Marsad.Ingestion;
using Marsad.Persistence;

namespace Marsad.Cli.Output;

/// <summary>Prints the closing summary of an analyze run.</summary>
internal static class SummaryPrinter
{
    public static async Task PrintAsync(TextWriter w, AnalysisSummary s, IArticleStore store)
    {
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 1e-6);
        w.WriteLine($"Analysed {s.Inputs} input(s) in {s.Elapsed.TotalSeconds:F2} s ({s.Bytes / 1048576.0:F1} MB, {s.Inputs / seconds:F0} inputs/s, {s.Articles / seconds:F0} articles/s)");
        w.WriteLine($"  new {s.New} · new versions {s.NewVersions} · unchanged {s.Unchanged} · failed {s.Failed}");
        w.WriteLine($"  stored {s.Articles} article(s) · {s.Sentences} sentences · {s.Dates} dates · {s.Numbers} numbers");
        w.WriteLine($"  found {s.Mentions} named mentions · {s.Relations} relations · {s.Quotes} quotes · {s.Events} events");
        if (s.Warnings.Count > 0)
        {
            w.WriteLine($"  {s.Warnings.Count} warning(s) (listed above)");
        }

        var stats = await store.GetStatsAsync();
        w.WriteLine($"Store: {stats.CurrentArticles} current article(s) from {stats.Paths} path(s), {stats.Versions} version(s), schema v{stats.SchemaVersion}");
        if (s.Stored.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("New articles:");
            foreach (var a in s.Stored)
            {
                w.WriteLine($"  {a.Id}  {a.Published?.ToString("yyyy-MM-dd") ?? "(no date)",-10}  {a.Outlet ?? "(no outlet)"}  —  {a.Title ?? "(no title)"}");
                w.WriteLine($"      {a.SourceFile} #{a.IndexInFile}: {a.Sentences} sentences, {a.Dates} dates, {a.Numbers} numbers, {a.Entities} entities, {a.Quotes} quotes, {a.Events} events, {a.Removed} spans removed");
            }

            if (s.Articles > s.Stored.Count)
            {
                w.WriteLine($"  … and {s.Articles - s.Stored.Count} more (see `marsad report`)");
            }
        }
    }
}
