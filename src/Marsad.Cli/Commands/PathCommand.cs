using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Entities.Knowledge;
using Marsad.GraphQueries;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad path A B</c>: the shortest chain of relations and interactions that connects two actors in the knowledge
/// graph, each hop with the articles it was read from (<see cref="PathFinder"/>). Names are Arabic or English.
/// </summary>
internal sealed class PathCommand : Command
{
    public PathCommand(CliConsole console)
        : base("path", "Show the shortest chain of relations and events connecting two actors, each hop with its evidence.")
    {
        Arguments.Add(First);
        Arguments.Add(Second);
        Options.Add(Db);
        Options.Add(From);
        Options.Add(To);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Argument<string> First { get; } = new("A") { Description = "One actor: an Arabic or English name, or a global id." };

    public Argument<string> Second { get; } = new("B") { Description = "The other actor." };

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string?> From { get; } = QueryOptions.From();

    public Option<string?> To { get; } = QueryOptions.To();

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        if (!QueryOptions.TryRange(result, From, To, console, out var from, out var to))
        {
            return 2;
        }

        var (opened, failure) = await GraphOpener.OpenLinkedAsync(result.GetValue(Db)!, console, ct);
        if (opened is null)
        {
            return failure;
        }

        await using var graph = opened;

        var lookup = new ActorLookup(graph, KnowledgeBase.LoadDefault());
        var a = await lookup.ResolveAsync(result.GetValue(First)!, string.Empty, console, ct);
        var b = a is null ? null : await lookup.ResolveAsync(result.GetValue(Second)!, string.Empty, console, ct);
        if (a is null || b is null)
        {
            return 1;
        }

        var loaded = await graph.LoadGraphAsync(new GraphQuery(From: from, To: to, Limit: int.MaxValue), ct);
        var hops = PathFinder.Find(loaded, a.Id, b.Id);
        if (hops.IsEmpty)
        {
            console.Out.WriteLine($"No path within {PathFinder.MaxHops} hops between {a.Id} and {b.Id} in the stored graph.");
            return 1;
        }

        var cited = hops.SelectMany(h => h.Edge.Evidence.Take(PathPrinter.EvidencePerHop)).Select(e => e.ArticleId).ToHashSet(StringComparer.Ordinal);
        var sources = (await graph.GetArticlesAsync(cited, ct)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        PathPrinter.Write(console.Out, loaded, hops, sources);
        return 0;
    }
}
