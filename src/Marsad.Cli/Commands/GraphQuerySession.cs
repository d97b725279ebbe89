using System.CommandLine;
using Marsad.Entities.Knowledge;
using Marsad.Persistence.Graph;
using Marsad.Storage.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// What every graph query command starts from: its <c>--from</c>/<c>--to</c> range, the linked graph of the store, an
/// actor look-up over it, and the actor its <c>--actor</c> option resolved to (null when the option was not given).
/// Disposing it closes the graph.
/// </summary>
internal sealed record GraphQuerySession(DateOnly? From, DateOnly? To, SqliteGraphStore Graph, ActorLookup Lookup, ActorSummary? Actor)
    : IAsyncDisposable
{
    /// <summary>
    /// Reads the range, opens the store's linked graph and resolves the actor; otherwise null with the exit code to
    /// return, the reason already written (<see cref="QueryOptions.TryRange"/>, <see cref="GraphOpener.OpenLinkedAsync"/>,
    /// <see cref="ActorLookup.ResolveOptionAsync"/>).
    /// </summary>
    public static async Task<(GraphQuerySession? Session, int Failure)> OpenAsync(
        ParseResult result,
        Option<string> db,
        Option<string?> from,
        Option<string?> to,
        Option<string?> actor,
        CliConsole console,
        CancellationToken ct)
    {
        if (!QueryOptions.TryRange(result, from, to, console, out var start, out var end))
        {
            return (null, 2);
        }

        var (graph, failure) = await GraphOpener.OpenLinkedAsync(result.GetValue(db)!, console, ct);
        if (graph is null)
        {
            return (null, failure);
        }

        var lookup = new ActorLookup(graph, KnowledgeBase.LoadDefault());
        var (found, chosen) = await lookup.ResolveOptionAsync(result.GetValue(actor), console, ct);
        if (!found)
        {
            await graph.DisposeAsync();
            return (null, 1);
        }

        return (new GraphQuerySession(start, end, graph, lookup, chosen), 0);
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();
}
