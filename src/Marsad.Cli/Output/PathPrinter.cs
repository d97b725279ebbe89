using System.Globalization;
using Marsad.Persistence.Graph;
using Marsad.GraphQueries;

namespace Marsad.Cli.Output;

/// <summary>Prints a path between two actors: one line per hop, then the articles that state it.</summary>
internal static class PathPrinter
{
    /// <summary>Articles shown under each hop; the hop line gives the full count.</summary>
    public const int EvidencePerHop = 3;

    public static void Write(TextWriter w, ActorGraph graph, IReadOnlyList<PathHop> hops, IReadOnlyDictionary<string, SourceArticle> sources)
    {
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        w.WriteLine($"{Name(nodes, hops[0].From)} → {Name(nodes, hops[^1].To)}: {hops.Count} hop(s)");
        foreach (var hop in hops)
        {
            var e = hop.Edge;
            var what = e.Role is null ? e.Relation : $"{e.Relation} ({e.Role})";
            var arrow = hop.Forward ? $"—{what}→" : $"←{what}—";
            var span = e.First is null ? string.Empty : $", {Day(e.First)}…{Day(e.Last)}";
            w.WriteLine($"  {Name(nodes, hop.From)} {arrow} {Name(nodes, hop.To)}   [{e.Articles} article(s), {e.Outlets} outlet(s){span}]");
            foreach (var ev in e.Evidence.Take(EvidencePerHop))
            {
                var source = sources.GetValueOrDefault(ev.ArticleId);
                w.WriteLine($"      {Day(ev.Date ?? source?.Published)}  {source?.Outlet ?? ev.Outlet ?? "(no outlet)"}  {ev.ArticleId} [{ev.Start},{ev.End})  {source?.Title}");
            }
        }
    }

    static string Name(Dictionary<string, GraphNode> nodes, string id) =>
        nodes.TryGetValue(id, out var n) ? (n.NameEn is null ? n.Name : $"{n.Name} ({n.NameEn})") : id;

    static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)";
}
