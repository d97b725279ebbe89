using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stories [--from --to --actor] [--limit]</c>: the stories the articles group into, largest first.</summary>
internal sealed class StoriesCommand : Command
{
    public StoriesCommand(CliConsole console)
        : base("stories", "List the stories articles group into (same events, near-duplicate text), each with its title, time span and articles.")
    {
        Options.Add(Db);
        Options.Add(From);
        Options.Add(To);
        Options.Add(Actor);
        Options.Add(Limit);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string?> From { get; } = QueryOptions.From();

    public Option<string?> To { get; } = QueryOptions.To();

    public Option<string?> Actor { get; } = new("--actor") { Description = "Only stories naming this actor (Arabic or English name, or id).", HelpName = "NAME" };

    public Option<int> Limit { get; } = QueryOptions.Limit(20);

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

        var stories = await graph.ListStoriesAsync(new GraphQuery(From: from, To: to, Actor: actor, Limit: Math.Max(1, result.GetValue(Limit))), ct);
        StoryPrinter.WriteList(console.Out, stories);
        return 0;
    }
}
