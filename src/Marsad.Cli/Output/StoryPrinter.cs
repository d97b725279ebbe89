using Marsad.Persistence.Graph;

namespace Marsad.Cli.Output;

/// <summary>Prints stories for <c>marsad stories</c>: title, time span, outlets, and each member article (copies marked).</summary>
internal static class StoryPrinter
{
    public static void WriteList(TextWriter w, IReadOnlyList<StorySummary> stories)
    {
        if (stories.Count == 0)
        {
            w.WriteLine("No stories match.");
            return;
        }

        foreach (var s in stories)
        {
            w.WriteLine($"{s.Title ?? "(untitled)"}  [{s.Id}]");
            w.WriteLine($"  {ActorPrinter.Seen(s.First, s.Last)} · {s.Articles.Length} article(s) from {s.Outlets} outlet(s)");
            foreach (var m in s.Articles)
            {
                var a = m.Article;
                var role = m.Primary ? string.Empty : " (also in another story)";
                var copy = a.DuplicateOf is { } d ? $" (copy of {d})" : string.Empty;
                w.WriteLine($"    - {ActorPrinter.Day(a.Published),-10} {a.Outlet ?? "(no outlet)"} — {a.Title ?? "(no title)"}  [{a.Id}]{role}{copy}");
            }
        }

        w.WriteLine($"{stories.Count} story(ies).");
    }
}
