using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Output;

/// <summary>Prints global events for <c>marsad events</c>: date, category, who → whom, where, and how widely reported.</summary>
internal static class EventPrinter
{
    public static void WriteList(TextWriter w, IReadOnlyList<EventSummary> events)
    {
        if (events.Count == 0)
        {
            w.WriteLine("No events match.");
            return;
        }

        foreach (var e in events)
        {
            w.WriteLine(Line(e));
            w.WriteLine($"      «{ActorPrinter.Shorten(e.Sentence, 160)}»  [{e.Id}]");
        }

        w.WriteLine($"{events.Count} event(s).");
    }

    /// <summary>One line: date, category, actors → recipients @ place, reports and independent outlets.</summary>
    public static string Line(EventSummary e)
    {
        var who = Names(e.Actors);
        var whom = Names(e.Recipients);
        var where = e.Place is { } p ? " @ " + p.Display : string.Empty;
        var background = e.BackgroundOnly ? " (background)" : string.Empty;
        return $"{e.Date ?? "undated",-10} {FactNames.Of(e.Category),-9} {who} → {whom}{where}  "
            + $"[{e.Reports} report(s), {e.IndependentOutlets} independent outlet(s){(e.Outlets.Length > 0 ? ": " + string.Join(", ", e.Outlets) : string.Empty)}]{background}";
    }

    static string Names(IReadOnlyList<NamedId> ids) => ids.Count == 0 ? "?" : string.Join(", ", ids.Select(i => i.Display));
}
