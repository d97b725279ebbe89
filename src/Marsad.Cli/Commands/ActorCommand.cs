using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Entities.Knowledge;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad actor NAME</c>: one actor's profile across articles — spellings, roles over time, affiliations, quotes,
/// events, co-actors, stories. NAME is Arabic or English ("Kadhimi" finds الكاظمي) or a global id; an ambiguous name
/// lists the candidates.
/// </summary>
internal sealed class ActorCommand : Command
{
    public ActorCommand(CliConsole console)
        : base("actor", "Show one actor's profile across articles: names, roles over time, affiliations, quotes, events, co-actors and stories.")
    {
        Arguments.Add(ActorName);
        Options.Add(Db);
        Options.Add(Limit);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Argument<string> ActorName { get; } = new("NAME")
    {
        Description = "The actor: an Arabic or English name (Kadhimi, الكاظمي) or a global id (kb:…).",
    };

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<int> Limit { get; } = QueryOptions.Limit(10);

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var (opened, failure) = await GraphOpener.OpenLinkedAsync(result.GetValue(Db)!, console, ct);
        if (opened is null)
        {
            return failure;
        }

        await using var graph = opened;

        var actor = await new ActorLookup(graph, KnowledgeBase.LoadDefault()).ResolveAsync(result.GetValue(ActorName)!, string.Empty, console, ct);
        if (actor is null || await graph.GetProfileAsync(actor.Id, Math.Max(1, result.GetValue(Limit)), ct) is not { } profile)
        {
            return 1;
        }

        ActorPrinter.WriteProfile(console.Out, profile);
        return 0;
    }
}
