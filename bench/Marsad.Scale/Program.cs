using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Marsad;
using Marsad.CrossDocument;
using Marsad.Ingestion;
using Marsad.Storage.Graph;
using Marsad.Storage.Sqlite;

// Usage (docs/graph.md, "Scale"):
//   dotnet run -c Release --project bench/Marsad.Scale -- rebuild --db FILE [--chunk N]
//       time a full relink of an analysed store, with where the time goes
//   dotnet run -c Release --project bench/Marsad.Scale -- rebuild --db FILE --stop-after N
//       relink only the first N articles (rounded up to a whole chunk) and leave the rest pending
//   dotnet run -c Release --project bench/Marsad.Scale -- update --db FILE [--chunk N]
//       time linking the pending articles against what the store already holds (the marginal cost at its size)
//   dotnet run -c Release --project bench/Marsad.Scale -- incremental --corpus DIR [--batches 10] [--db FILE]
//       analyse the corpus in batches with an update after each, then rebuild; check both give the same links
//   dotnet run -c Release --project bench/Marsad.Scale -- grow --corpus DIR --copies 9 --out DIR
//       write perturbed copies of every file (fresh ids, shifted dates, one sentence dropped) next to the originals
var mode = args.FirstOrDefault() ?? "help";
return mode switch
{
    "rebuild" or "update" => await LinkAsync(mode == "rebuild", Option("--db") ?? throw new ArgumentException("--db FILE"), int.Parse(Option("--chunk") ?? CrossDocumentUpdater.DefaultChunk.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture), Option("--stop-after") is { } stop ? int.Parse(stop, System.Globalization.CultureInfo.InvariantCulture) : null),
    "incremental" => await IncrementalAsync(Option("--corpus") ?? DefaultCorpus(), int.Parse(Option("--batches") ?? "10"), Option("--db")),
    "grow" => Grow(Option("--corpus") ?? DefaultCorpus(), int.Parse(Option("--copies") ?? "9"), Option("--out") ?? throw new ArgumentException("--out DIR")),
    _ => Help(),
};

async Task<int> LinkAsync(bool rebuild, string db, int chunk, int? stopAfter)
{
    var timings = new LinkTimings();
    await using var graph = SqliteGraphStore.Open(db);
    var linker = new CrossDocumentLinker(Marsad.Entities.Knowledge.KnowledgeBase.LoadDefault(), WordLists.Default) { Timings = timings };
    var before = await graph.GetSummaryAsync();
    GC.Collect();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var updater = new CrossDocumentUpdater(graph, linker) { Chunk = chunk };

    // --stop-after: cancel once a saved chunk brings the count past N (the updater checks between chunks).
    using var stop = new CancellationTokenSource();
    var progress = new SyncProgress(n =>
    {
        if (n >= stopAfter)
        {
            stop.Cancel();
        }
    });
    UpdateSummary summary;
    try
    {
        summary = rebuild ? await updater.RebuildAsync(progress, stop.Token) : await updater.UpdateAsync(progress, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine($"stopped after {(await graph.GetSummaryAsync()).Articles} articles; {await graph.CountPendingAsync()} pending");
        return 0;
    }

    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    Console.WriteLine("| measure | value |");
    Console.WriteLine("|---|---|");
    var what = rebuild ? "full rebuild" : $"update over {before.Articles} linked articles";
    Console.WriteLine($"| {what} | {summary.Articles} articles in {summary.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU ({summary.Articles / cpu.TotalSeconds:F0} articles per CPU second, {summary.Batches} transactions) |");
    foreach (var phase in LinkTimings.Phases)
    {
        Console.WriteLine($"| — {phase} | {timings[phase].TotalSeconds:F2} s |");
    }

    Console.WriteLine($"| — reading pending articles | {summary.Reading.TotalSeconds:F2} s |");
    Console.WriteLine($"| — writing batches | {summary.Saving.TotalSeconds:F2} s |");
    Console.WriteLine($"| result | {summary.Line} |");
    Console.WriteLine($"| links fingerprint | {graph.Fingerprint()} |");
    Console.WriteLine($"| peak working set | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB |");
    Console.WriteLine($"| store size | {new FileInfo(db).Length / 1048576.0:F0} MB |");
    return 0;
}

async Task<int> IncrementalAsync(string corpus, int batches, string? dbPath)
{
    var db = dbPath ?? Path.Combine(Path.GetTempPath(), $"marsad-scale-{Guid.NewGuid():N}.db");
    var sources = InputEnumerator.Expand([corpus]).ToList();
    var engine = Engine.CreateDefault();
    var linker = CrossDocumentLinker.CreateDefault();
    Console.WriteLine($"corpus: {corpus} — {sources.Count} inputs in {batches} batches; store {db}");
    Console.WriteLine();
    Console.WriteLine("| batch | inputs | analyze | cross-document update | articles linked |");
    Console.WriteLine("|---:|---:|---:|---:|---:|");
    var analyzeTotal = TimeSpan.Zero;
    var updateTotal = TimeSpan.Zero;
    var size = (sources.Count + batches - 1) / batches;
    for (var b = 0; b < batches; b++)
    {
        var batch = sources.Skip(b * size).Take(size).ToList();
        var clock = Stopwatch.StartNew();
        await using (var store = SqliteArticleStore.Open(db))
        {
            await new Analyzer(engine, store).RunAsync(batch);
        }

        var analyzed = clock.Elapsed;
        await using var graph = SqliteGraphStore.Open(db);
        var update = await new CrossDocumentUpdater(graph, linker).UpdateAsync();
        analyzeTotal += analyzed;
        updateTotal += update.Elapsed;
        Console.WriteLine($"| {b + 1} | {batch.Count} | {analyzed.TotalSeconds:F1} s | {update.Elapsed.TotalSeconds:F1} s | {update.Articles} |");
    }

    string incremental;
    await using (var graph = SqliteGraphStore.Open(db))
    {
        incremental = graph.Fingerprint();
    }

    var peakIncremental = Process.GetCurrentProcess().PeakWorkingSet64;
    UpdateSummary rebuilt;
    string full;
    await using (var graph = SqliteGraphStore.Open(db))
    {
        rebuilt = await new CrossDocumentUpdater(graph, linker).RebuildAsync();
        full = graph.Fingerprint();
    }

    Console.WriteLine();
    Console.WriteLine("| measure | value |");
    Console.WriteLine("|---|---|");
    Console.WriteLine($"| analyze, all batches | {analyzeTotal.TotalSeconds:F1} s |");
    Console.WriteLine($"| incremental updates, all batches | {updateTotal.TotalSeconds:F1} s |");
    Console.WriteLine($"| full rebuild | {rebuilt.Elapsed.TotalSeconds:F1} s ({rebuilt.Articles} articles, {rebuilt.Articles / rebuilt.Elapsed.TotalSeconds:F0}/s) |");
    Console.WriteLine($"| same links (incremental = rebuild) | {(incremental == full ? "yes" : "NO")} ({full[..16]}) |");
    Console.WriteLine($"| peak working set (analyze + updates) | {peakIncremental / 1048576.0:F0} MB |");
    Console.WriteLine($"| store size | {new FileInfo(db).Length / 1048576.0:F0} MB |");
    Console.WriteLine($"| result | {rebuilt.Line} |");
    if (dbPath is null)
    {
        File.Delete(db);
    }

    return incremental == full ? 0 : 1;
}

// Copies: a fresh DOCNO and URL (new bytes, so new ids), the publication date moved by a period per copy (so copies
// spread over time as a longer corpus would), and the last sentence of the text dropped (a light edit).
int Grow(string corpus, int copies, string output)
{
    var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    var docno = new Regex(@"<DOCNO>([^<]*)</DOCNO>", RegexOptions.Compiled);
    var time = new Regex(@"<TIME>([^<]*)</TIME>", RegexOptions.Compiled);
    var url = new Regex(@"<URL>([^<]*)</URL>", RegexOptions.Compiled);
    var text = new Regex(@"(<TEXT>.*?)([^.\n]*[.!؟?]\s*)(</TEXT>)", RegexOptions.Compiled | RegexOptions.Singleline);
    var written = 0;
    for (var k = 1; k <= copies; k++)
    {
        foreach (var file in files)
        {
            var page = File.ReadAllText(file, Encoding.UTF8);
            page = docno.Replace(page, m => $"<DOCNO>{m.Groups[1].Value}-c{k}</DOCNO>", 1);
            page = url.Replace(page, m => $"<URL>{m.Groups[1].Value}?copy={k}</URL>", 1);
            page = time.Replace(page, m => DateTimeOffset.TryParse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
                ? $"<TIME>{t.AddDays(280 * k).ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", System.Globalization.CultureInfo.InvariantCulture)}</TIME>"
                : m.Value, 1);
            page = text.Replace(page, m => m.Groups[1].Value + m.Groups[3].Value, 1);
            var target = Path.Combine(output, $"copy{k}", Path.GetRelativePath(corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, page, new UTF8Encoding(false));
            written++;
        }
    }

    foreach (var file in files)
    {
        var target = Path.Combine(output, "copy0", Path.GetRelativePath(corpus, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }

    Console.WriteLine($"wrote {written} perturbed copies and {files.Count} originals under {output}");
    return 0;
}

int Help()
{
    Console.Error.WriteLine("usage: Marsad.Scale rebuild --db FILE [--chunk N] [--stop-after N] | update --db FILE [--chunk N] | incremental --corpus DIR [--batches N] [--db FILE] | grow --corpus DIR --copies N --out DIR");
    return 2;
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string DefaultCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
        {
            return Path.Combine(dir.Parent!.FullName, "shared", "corpora", "news");
        }
    }

    return "news";
}

/// <summary>Reports synchronously on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool, too late to stop).</summary>
sealed class SyncProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
