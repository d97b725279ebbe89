using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad graph --format graphml|json [--out FILE] [--from --to --actor]</c>: the knowledge graph (actors; relations
/// and interactions with weights, dates and evidence) for Gephi (GraphML) or scripts (JSON).
/// </summary>
internal sealed class GraphCommand : Command
{
    public GraphCommand(CliConsole console)
        : base("graph", "Write the knowledge graph of actors, relations and interactions: graphml (opens in Gephi) or json.")
    {
        Options.Add(Db);
        Options.Add(Format);
        Options.Add(Out);
        Options.Add(From);
        Options.Add(To);
        Options.Add(Actor);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string> Format { get; } = new Option<string>("--format")
    {
        Description = "Output format: graphml or json.",
        DefaultValueFactory = _ => "graphml",
        HelpName = "FORMAT",
    }.AcceptOnlyFromAmong("graphml", "json");

    public Option<string?> Out { get; } = new("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };

    public Option<string?> From { get; } = QueryOptions.From();

    public Option<string?> To { get; } = QueryOptions.To();

    public Option<string?> Actor { get; } = new("--actor") { Description = "Only edges touching this actor (Arabic or English name, or id).", HelpName = "NAME" };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var (session, failure) = await GraphQuerySession.OpenAsync(result, Db, From, To, Actor, console, ct);
        if (session is null)
        {
            return failure;
        }

        await using var opened = session;
        var (from, to, graph) = (session.From, session.To, session.Graph);
        var actor = session.Actor?.Id;

        var loaded = await graph.LoadGraphAsync(new GraphQuery(From: from, To: to, Actor: actor, Limit: int.MaxValue), ct);
        Action<Stream> write = result.GetValue(Format) == "json" ? s => GraphJsonWriter.Write(s, loaded) : s => GraphMlWriter.Write(s, loaded);
        var path = result.GetValue(Out);
        if (!await OutputFile.WriteAsync(path, console, write, ct))
        {
            return 1;
        }

        if (path is not null)
        {
            console.Error.WriteLine($"wrote {loaded.Nodes.Length} node(s) and {loaded.Edges.Length} edge(s) to {path}");
        }

        return 0;
    }
}
