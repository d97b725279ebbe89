using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad events --from --to --category --actor --place [--limit]</c>: global events (each the merged reports of
/// several articles) by date; background mentions of old events are left out unless asked for.
/// </summary>
internal sealed class EventsCommand : Command
{
    public EventsCommand(CliConsole console)
        : base("events", "List events across articles (reports of one event merged), by date, with who did what to whom, where, and how many outlets report it.")
    {
        Options.Add(Db);
        Options.Add(From);
        Options.Add(To);
        Options.Add(Category);
        Options.Add(Actor);
        Options.Add(Place);
        Options.Add(Background);
        Options.Add(Limit);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string?> From { get; } = QueryOptions.From();

    public Option<string?> To { get; } = QueryOptions.To();

    public Option<string?> Category { get; } = new("--category") { Description = "Only these PLOVER categories (ASSAULT, THREATEN, CONSULT …; comma-separated).", HelpName = "CATEGORY" };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Only events with this actor as actor or recipient (Arabic or English name, or id).", HelpName = "NAME" };

    public Option<string?> Place { get; } = new("--place") { Description = "Only events at this place or inside it (a knowledge-base place, Arabic or English).", HelpName = "NAME" };

    public Option<bool> Background { get; } = new("--background") { Description = "Also list events only ever mentioned as background." };

    public Option<int> Limit { get; } = QueryOptions.Limit(50);

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        if (!QueryOptions.TryCategories(result.GetValue(Category), console, out var categories))
        {
            return 2;
        }

        var (session, failure) = await GraphQuerySession.OpenAsync(result, Db, From, To, Actor, console, ct);
        if (session is null)
        {
            return failure;
        }

        await using var opened = session;
        var (from, to, graph, lookup) = (session.From, session.To, session.Graph, session.Lookup);
        var actor = session.Actor?.Id;

        IReadOnlyCollection<string>? places = null;
        if (result.GetValue(Place) is { } place)
        {
            places = lookup.ResolvePlace(place, console);
            if (places is null)
            {
                return 1;
            }
        }

        var query = new GraphQuery(from, to, categories, actor, places, IncludeBackground: result.GetValue(Background), Limit: Math.Max(1, result.GetValue(Limit)));
        EventPrinter.WriteList(console.Out, await graph.ListEventsAsync(query, ct));
        return 0;
    }
}
