using Marsad.Persistence;
using Marsad.Storage;
using Marsad.Storage.Graph;

namespace Marsad.Cli.Commands;

/// <summary>Opens the graph tables of a store for a command, turning a store that cannot be opened into one clear error line.</summary>
internal static class GraphOpener
{
    public static SqliteGraphStore? TryOpen(string path, CliConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"error: {path}: no such store; run `marsad analyze PATH --db {path}` first");
            return null;
        }

        try
        {
            return SqliteGraphStore.Open(path);
        }
        catch (StoreException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// The graph tables when the store has linked articles, else null: a store analysed before cross-document
    /// linking (or one whose graph cannot be opened) still exports, its facts standing alone.
    /// </summary>
    public static async Task<SqliteGraphStore?> OpenLinkedOrNullAsync(string path, CancellationToken ct)
    {
        SqliteGraphStore graph;
        try
        {
            graph = SqliteGraphStore.Open(path);
        }
        catch (StoreException)
        {
            return null;
        }

        if ((await graph.GetSummaryAsync(ct)).Articles > 0)
        {
            return graph;
        }

        await graph.DisposeAsync();
        return null;
    }

    /// <summary>
    /// The graph tables of a store that has linked articles, for the query commands; otherwise null with the exit code
    /// to return, the reason already written (no store, a store that cannot be opened, nothing linked yet).
    /// </summary>
    public static async Task<(SqliteGraphStore? Graph, int Failure)> OpenLinkedAsync(string path, CliConsole console, CancellationToken ct)
    {
        var graph = TryOpen(path, console);
        if (graph is null)
        {
            return (null, StoreOpener.StoreError);
        }

        if (await HasLinksAsync(graph, console, ct))
        {
            return (graph, 0);
        }

        await graph.DisposeAsync();
        return (null, 1);
    }

    /// <summary>
    /// True when the store has linked articles; otherwise writes why not (empty store, or articles analysed by a
    /// version without cross-document links) and what to run.
    /// </summary>
    static async Task<bool> HasLinksAsync(IGraphStore graph, CliConsole console, CancellationToken ct)
    {
        var summary = await graph.GetSummaryAsync(ct);
        if (summary.Articles > 0)
        {
            return true;
        }

        console.Error.WriteLine(summary.Pending > 0
            ? $"error: none of the {summary.Pending} stored article(s) is linked across sources yet; run `marsad rebuild` first"
            : "error: the store holds no articles; run `marsad analyze PATH` first");
        return false;
    }
}
