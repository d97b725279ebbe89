using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats</c>: counts over the whole store.</summary>
internal sealed class StatsCommand : Command
{
    public StatsCommand(CliConsole console)
        : base("stats", "Count what the store holds: inputs, versions, articles, sentences, dates, numbers, removed furniture.")
    {
        Options.Add(Db);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var db = result.GetValue(Db)!;
        await using var store = StoreOpener.TryOpen(db, console, mustExist: true);
        if (store is null)
        {
            return StoreOpener.StoreError;
        }

        var s = await store.GetStatsAsync(ct);
        var w = console.Out;
        w.WriteLine($"store            {store.Path} (schema v{s.SchemaVersion})");
        w.WriteLine($"inputs           {s.Inputs} distinct contents, {s.RawBytes / 1048576.0:F1} MB raw");
        w.WriteLine($"paths            {s.Paths} ({s.Versions} versions)");
        w.WriteLine($"articles         {s.CurrentArticles} current ({s.Articles} counting superseded versions)");
        w.WriteLine($"sentences        {s.Sentences}");
        w.WriteLine($"dates            {s.Dates}{Breakdown(s.DatesByPrecision)}");
        w.WriteLine($"numbers          {s.Numbers}");
        w.WriteLine($"removed spans    {s.RemovedSpans}{Breakdown(s.RemovedByReason)}");
        w.WriteLine($"encodings        {Join(s.InputsByEncoding)}");
        w.WriteLine($"formats          {Join(s.InputsByFormat)}");
        w.WriteLine($"outlets          {Join(s.ArticlesByOutlet)}");
        w.WriteLine($"failed inputs    {s.Failures}");
        return 0;
    }

    static string Breakdown(IReadOnlyDictionary<string, long> counts) => counts.Count == 0 ? string.Empty : $"  ({Join(counts)})";

    static string Join(IReadOnlyDictionary<string, long> counts) =>
        counts.Count == 0 ? "-" : string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"));
}
