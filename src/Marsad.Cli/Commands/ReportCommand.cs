using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Persistence;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad report</c>: per article, what the page said and what cleaning and analysis found.</summary>
internal sealed class ReportCommand : Command
{
    public ReportCommand(CliConsole console)
        : base("report", "Show per article: outlet, date, title, what cleaning removed and why, and the dates and numbers found.")
    {
        Options.Add(Db);
        Options.Add(Article);
        Options.Add(Limit);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string?> Article { get; } = new("--article")
    {
        Description = "Only this article id.",
        HelpName = "ID",
    };

    public Option<int> Limit { get; } = new("--limit")
    {
        Description = "Show at most this many articles (0 = all).",
        DefaultValueFactory = _ => 0,
        HelpName = "N",
    };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var db = result.GetValue(Db)!;
        await using var store = StoreOpener.TryOpen(db, console, mustExist: true);
        if (store is null)
        {
            return StoreOpener.StoreError;
        }

        var limit = result.GetValue(Limit);
        var id = result.GetValue(Article);
        var shown = 0;
        await foreach (var article in store.ReadArticlesAsync(new ArticleQuery(ArticleId: id), ct))
        {
            ArticleReportWriter.Write(console.Out, article);
            shown++;
            if (limit > 0 && shown >= limit)
            {
                break;
            }
        }

        if (shown == 0 && id is not null)
        {
            console.Error.WriteLine($"error: no article with id {id}");
            return 1;
        }

        var stats = await store.GetStatsAsync(ct);
        console.Out.WriteLine($"Store: {stats.CurrentArticles} current article(s), {stats.Dates} dates, {stats.Numbers} numbers, {stats.RemovedSpans} removed spans, {stats.Failures} failed input(s).");
        await foreach (var failure in store.ReadFailuresAsync(ct))
        {
            console.Out.WriteLine($"  failed: {failure.Input}: {failure.Reason}");
        }

        return 0;
    }
}
