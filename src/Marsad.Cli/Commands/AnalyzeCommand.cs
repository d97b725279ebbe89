using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.CrossDocument;
using Marsad.Ingestion;
using Marsad.Inputs;
using Marsad.Storage.Graph;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze PATH...</c>: ingest files, folders or stdin and analyse them into the store.</summary>
internal sealed class AnalyzeCommand : Command
{
    public AnalyzeCommand(CliConsole console)
        : base("analyze", "Read Arabic news pages (.txt, .html/.htm, .jsonl; folders recursively; - for stdin), clean them into articles, find sentences, dates, numbers, entities, relations, quotes and events, and store everything.")
    {
        Arguments.Add(Paths);
        Options.Add(Db);
        Options.Add(MaxSize);
        Options.Add(Jobs);
        Options.Add(Tagger);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Files or folders to analyse, or - to read one page from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string> MaxSize { get; } = new("--max-size")
    {
        Description = "Refuse inputs larger than this (bytes, or with KB/MB/GB).",
        DefaultValueFactory = _ => "50MB",
        HelpName = "SIZE",
    };

    public Option<int> Jobs { get; } = new("--jobs")
    {
        Description = "Inputs analysed in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public Option<bool> Tagger { get; } = new("--tagger")
    {
        Description = "Also run the learned NER tagger (data/models) after the knowledge base and the context rules: finds names nobody listed, at about a quarter of the speed.",
    };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        if (!ByteSize.TryParse(result.GetValue(MaxSize)!, out var maxBytes))
        {
            console.Error.WriteLine($"error: --max-size {result.GetValue(MaxSize)}: not a size (try 50MB or 1048576)");
            return 2;
        }

        var db = result.GetValue(Db)!;
        await using var store = StoreOpener.TryOpen(db, console, mustExist: false);
        if (store is null)
        {
            return StoreOpener.StoreError;
        }

        var engine = Engine.CreateDefault(new InputOptions(maxBytes), result.GetValue(Tagger));
        var sources = InputEnumerator.Expand(result.GetValue(Paths)!).ToList();
        var analyzer = new Analyzer(engine, store, Math.Max(1, result.GetValue(Jobs)))
        {
            Stdin = console.OpenStdin,
            OnProblem = (problem, isError) => console.Error.WriteLine($"{(isError ? "error" : "warning")}: {problem.Input}: {problem.Reason}"),
        };

        var summary = await ProgressReporter.RunAsync(console, sources.Count, progress => analyzer.RunAsync(sources, progress, ct));
        UpdateSummary linked;
        await using (var graph = SqliteGraphStore.Open(db))
        {
            linked = await new CrossDocumentUpdater(graph, CrossDocumentLinker.CreateDefault()).UpdateAsync(ct: ct);
        }

        await SummaryPrinter.PrintAsync(console.Out, summary, store);
        console.Out.WriteLine(linked.Line);
        if (!summary.AllInputsFine)
        {
            var failed = summary.Errors.Select(e => e.Input).Distinct().ToList();
            console.Error.WriteLine($"{failed.Count} input(s) failed: {string.Join(", ", failed.Take(10))}{(failed.Count > 10 ? ", …" : string.Empty)}");
            return 1;
        }

        return 0;
    }
}
