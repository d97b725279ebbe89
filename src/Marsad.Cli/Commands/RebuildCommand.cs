using System.CommandLine;
using Marsad.CrossDocument;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad rebuild</c>: forgets every cross-document link and relinks all current articles from scratch, in
/// ingestion order (for comparison with the incremental path, and for recovery). <c>--incremental</c> only links
/// what is pending, as <c>analyze</c> does after each batch.
/// </summary>
internal sealed class RebuildCommand : Command
{
    public RebuildCommand(CliConsole console)
        : base("rebuild", "Recompute the cross-document picture (actors, events, stories, quotes) from scratch over every stored article.")
    {
        Options.Add(Db);
        Options.Add(Incremental);
        Options.Add(Chunk);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<bool> Incremental { get; } = new("--incremental") { Description = "Only link articles not linked yet (what analyze does after each batch)." };

    public Option<int> Chunk { get; } = new("--chunk")
    {
        Description = "Articles per transaction.",
        DefaultValueFactory = _ => CrossDocumentUpdater.DefaultChunk,
        HelpName = "N",
    };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        await using var graph = GraphOpener.TryOpen(result.GetValue(Db)!, console);
        if (graph is null)
        {
            return StoreOpener.StoreError;
        }

        var updater = new CrossDocumentUpdater(graph, CrossDocumentLinker.CreateDefault()) { Chunk = Math.Max(1, result.GetValue(Chunk)) };
        var progress = new Progress<int>(n => console.Error.WriteLine($"  linked {n} article(s)"));
        var summary = result.GetValue(Incremental) ? await updater.UpdateAsync(progress, ct) : await updater.RebuildAsync(progress, ct);
        console.Out.WriteLine(summary.Line);
        var counts = await graph.GetSummaryAsync(ct);
        console.Out.WriteLine($"Graph: {counts.Articles} article(s) · {counts.Entities} entities ({counts.UnlistedEntities} unlisted) · "
            + $"{counts.Events} events from {counts.EventReports} reports ({counts.MergedEvents} reported more than once) · "
            + $"{counts.Stories} stories ({counts.MultiArticleStories} with several articles) · {counts.Duplicates} copies · "
            + $"{counts.RepeatedQuotes} statements quoted more than once");
        return 0;
    }
}
