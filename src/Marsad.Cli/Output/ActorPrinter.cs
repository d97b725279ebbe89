using System.Globalization;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Output;

/// <summary>Prints actors for <c>marsad actors</c> and one actor's profile for <c>marsad actor</c>: Arabic with the English name beside it.</summary>
internal static class ActorPrinter
{
    public static void WriteList(TextWriter w, IReadOnlyList<ActorSummary> actors)
    {
        if (actors.Count == 0)
        {
            w.WriteLine("No actors in this range.");
            return;
        }

        w.WriteLine($"{"#",3}  {"kind",-4} {"articles",8} {"outlets",7}  {"seen",-23}  actor  [id]");
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            w.WriteLine($"{i + 1,3}  {FactNames.Of(a.Kind),-4} {a.Articles,8} {a.Outlets,7}  {Seen(a.FirstSeen, a.LastSeen),-23}  {a.Named.Display}  [{a.Id}]");
        }
    }

    public static void WriteProfile(TextWriter w, ActorProfile p)
    {
        var a = p.Actor;
        w.WriteLine($"{a.Named.Display}  [{FactNames.Of(a.Kind)} · {a.Id}{(a.InKnowledgeBase ? " · knowledge base" : string.Empty)}]");
        w.WriteLine($"  named in {a.Articles} article(s) from {a.Outlets} outlet(s), {Seen(a.FirstSeen, a.LastSeen)}");
        Section(w, "names", p.Names, n => $"{n.Surface} ×{n.Articles}");
        Section(w, "roles", p.Roles, r => $"{r.Title}{(r.Of is { } of ? " — " + of.Display : string.Empty)}  {Seen(r.From, r.To)} ({r.Articles} article(s); first {r.First.ArticleId})");
        Section(w, "affiliations", p.Affiliations, f => $"{(f.Outgoing ? string.Empty : "← ")}{FactNames.Of(f.Predicate)} {f.Other.Display}  {Seen(f.From, f.To)} ({f.Articles} article(s))");
        Section(w, "quotes", p.Quotes, q => $"{Day(q.First)} «{Shorten(q.Text)}» ({q.IndependentOutlets} outlet(s); {q.FirstArticle})");
        Section(w, "events", p.Events, EventPrinter.Line);
        Section(w, "co-actors", p.CoActors, c => $"{c.Actor.Display} [{FactNames.Of(c.Kind)}] ×{c.Articles}");
        Section(w, "stories", p.Stories, s => $"{s.Title ?? s.Id}  {Seen(s.First, s.Last)} ({s.Articles.Length} article(s)) [{s.Id}]");
        Section(w, "resolution", p.Resolution, r => string.Create(CultureInfo.InvariantCulture, $"{r.LocalId} in {r.ArticleId}: {r.Confidence:F2} ({r.Reasons})"));
    }

    static void Section<T>(TextWriter w, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteLine($"  {title}");
        foreach (var item in items)
        {
            w.WriteLine($"    - {line(item)}");
        }
    }

    internal static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    internal static string Seen(DateOnly? first, DateOnly? last) => (first, last) switch
    {
        (null, null) => "undated",
        ({ } f, { } l) when f == l => Day(f),
        _ => $"{Day(first)} … {Day(last)}",
    };

    internal static string Shorten(string text, int max = 100)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..max] + "…";
    }
}
