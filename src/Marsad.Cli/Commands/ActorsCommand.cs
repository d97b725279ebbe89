using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad actors [--kind] [--limit]</c>: the actors of the store across articles, most reported first.</summary>
internal sealed class ActorsCommand : Command
{
    public ActorsCommand(CliConsole console)
        : base("actors", "List the actors named across articles (people, organisations, places), most reported first, with their English names where the knowledge base has them.")
    {
        Options.Add(Db);
        Options.Add(Kind);
        Options.Add(From);
        Options.Add(To);
        Options.Add(Limit);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string[]> Kind { get; } = new Option<string[]>("--kind")
    {
        Description = "Only these kinds: PER, ORG, GPE, LOC, MISC (repeat or separate with commas).",
        HelpName = "KIND",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> From { get; } = QueryOptions.From();

    public Option<string?> To { get; } = QueryOptions.To();

    public Option<int> Limit { get; } = QueryOptions.Limit(30);

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        if (!QueryOptions.TryRange(result, From, To, console, out var from, out var to) || !TryKinds(result.GetValue(Kind) ?? [], console, out var kinds))
        {
            return 2;
        }

        var (opened, failure) = await GraphOpener.OpenLinkedAsync(result.GetValue(Db)!, console, ct);
        if (opened is null)
        {
            return failure;
        }

        await using var graph = opened;

        var actors = await graph.ListActorsAsync(new GraphQuery(From: from, To: to, Limit: Math.Max(1, result.GetValue(Limit)), Kinds: kinds), ct);
        ActorPrinter.WriteList(console.Out, actors);
        return 0;
    }

    static bool TryKinds(string[] values, CliConsole console, out IReadOnlyCollection<EntityKind>? kinds)
    {
        kinds = null;
        var list = new List<EntityKind>();
        foreach (var code in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            try
            {
                list.Add(FactNames.Kind(code));
            }
            catch (FormatException)
            {
                console.Error.WriteLine($"error: --kind {code}: not a kind (one of PER, ORG, GPE, LOC, MISC)");
                return false;
            }
        }

        kinds = list.Count > 0 ? list : null;
        return true;
    }
}
