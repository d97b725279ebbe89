using Marsad.Entities.Knowledge;
using Marsad.Persistence.Graph;
using Marsad.Storage.Graph;

namespace Marsad.Cli.Commands;

/// <summary>
/// What every graph query command starts from: the linked graph of the store, an actor look-up over it, and the actor
/// its <c>--actor</c> option resolved to (null when the option was not given). Disposing it closes the graph.
/// </summary>
internal sealed record GraphQuerySession(SqliteGraphStore Graph, ActorLookup Lookup, ActorSummary? Actor) : IAsyncDisposable
{
    /// <summary>
    /// Opens the store's linked graph and resolves <paramref name="actor"/>; otherwise null with the exit code to return,
    /// the reason already written (see <see cref="GraphOpener.OpenLinkedAsync"/> and <see cref="ActorLookup.ResolveOptionAsync"/>).
    /// </summary>
    public static async Task<(GraphQuerySession? Session, int Failure)> OpenAsync(string path, string? actor, CliConsole console, CancellationToken ct)
    {
        var (graph, failure) = await GraphOpener.OpenLinkedAsync(path, console, ct);
        if (graph is null)
        {
            return (null, failure);
        }

        var lookup = new ActorLookup(graph, KnowledgeBase.LoadDefault());
        var (found, chosen) = await lookup.ResolveOptionAsync(actor, console, ct);
        if (!found)
        {
            await graph.DisposeAsync();
            return (null, 1);
        }

        return (new GraphQuerySession(graph, lookup, chosen), 0);
    }

    public ValueTask DisposeAsync() => Graph.DisposeAsync();
}
