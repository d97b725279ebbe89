using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Marsad;
using Marsad.Ingestion;
using Marsad.Storage.Sqlite;

// Usage: dotnet run -c Release --project bench/Marsad.Throughput -- [CORPUS_FOLDER] [--jobs N] [--repeat K]
// Default corpus: ../shared/corpora/news next to the repository. Prints a Markdown table.
// Usage: [CORPUS_FOLDER] [--jobs N] [--foundation]
var corpus = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _))
    ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, FindRepo(), "..", "shared", "corpora", "news"));
var jobs = Option("--jobs", Environment.ProcessorCount);
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"corpus folder {corpus} not found; pass a folder of .txt/.html/.jsonl pages");
    return 2;
}

var sources = InputEnumerator.Expand([corpus]).ToList();
var files = sources.Select(s => (s, Bytes: File.ReadAllBytes(s.FullPath))).ToList();
var totalBytes = files.Sum(f => (long)f.Bytes.Length);
Console.WriteLine($"corpus: {corpus} — {files.Count} files, {totalBytes / 1048576.0:F1} MB; {Environment.ProcessorCount} cores; jobs {jobs}");

// --foundation measures the foundation stages only (cleaning, tokens, sentences, dates, numbers), as issue 2 states
// its target; the default is every stage the engine runs.
var foundationOnly = args.Contains("--foundation");
var engine = foundationOnly
    ? new Engine(new Marsad.Inputs.InputReader(), Marsad.Cleaning.PageCleaner.CreateDefault(),
        new Marsad.Pipeline.DocumentPipeline(Engine.DefaultStages().Where(s => (s.Provides & ~(Marsad.Pipeline.Layer.Tokens | Marsad.Pipeline.Layer.Sentences | Marsad.Pipeline.Layer.Dates | Marsad.Pipeline.Layer.Numbers | Marsad.Pipeline.Layer.None)) == 0 && s.Provides != Marsad.Pipeline.Layer.None)))
    : Engine.CreateDefault();

// Warm-up: one untimed pass so tiered JIT has promoted the hot code (steady state is what "per core" means).
foreach (var (s, bytes) in files)
{
    engine.Analyze(s.GivenPath, s.FullPath, bytes);
}

// Baseline in the same run: what any ingester must do (decode UTF-8 and hash the bytes), single thread.
var baseline = Time(() =>
{
    long chars = 0;
    foreach (var (_, bytes) in files)
    {
        chars += Encoding.UTF8.GetString(bytes).Length;
        SHA256.HashData(bytes);
    }

    return chars;
});

// The per-article path (decode, clean, tokens, sentences, dates, numbers…), single thread = per core.
long articles = 0;
var stages = Time(() =>
{
    foreach (var (s, bytes) in files)
    {
        articles += engine.Analyze(s.GivenPath, s.FullPath, bytes).Input?.ArticleCount ?? 0;
    }

    return articles;
});

// Where the per-article time goes: reading, cleaning, then each stage, single thread.
var breakdown = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
foreach (var (s, bytes) in files)
{
    var clock = Stopwatch.StartNew();
    var read = engine.Reader.Read(s.GivenPath, bytes);
    Add("read (decode, hash, container)", clock);
    foreach (var page in read.Pages)
    {
        clock.Restart();
        var cleaned = engine.Cleaner.Clean(page);
        Add("clean", clock);
        foreach (var article in cleaned)
        {
            var doc = new Marsad.Documents.Document("x", article.Source, article.Text);
            foreach (var stage in engine.Pipeline.Stages)
            {
                clock.Restart();
                doc = stage.Run(doc);
                Add(stage.GetType().Name, clock);
            }
        }
    }
}

void Add(string name, Stopwatch clock) => breakdown[name] = breakdown.GetValueOrDefault(name) + clock.Elapsed;

// The store alone: saving already-analysed inputs, one transaction each, single thread.
var analysed = files.Select(f => engine.Analyze(f.s.GivenPath, f.s.FullPath, f.Bytes).Input).Where(i => i is not null).ToList();
var writerDb = Path.Combine(Path.GetTempPath(), $"marsad-writer-{Guid.NewGuid():N}.db");
var writer = Stopwatch.StartNew();
await using (var store = SqliteArticleStore.Open(writerDb))
{
    foreach (var input in analysed)
    {
        await store.SaveAsync(input!);
    }
}

writer.Stop();
File.Delete(writerDb);
analysed.Clear();
breakdown["store writes (1 transaction per input)"] = writer.Elapsed;

// The whole analyze command path: parallel analysis, one SQLite transaction per input, into a fresh store.
var db = Path.Combine(Path.GetTempPath(), $"marsad-throughput-{Guid.NewGuid():N}.db");
GC.Collect();
var full = Stopwatch.StartNew();
AnalysisSummary summary;
await using (var store = SqliteArticleStore.Open(db))
{
    summary = await new Analyzer(engine, store, jobs).RunAsync(sources);
}

full.Stop();
var dbSize = new FileInfo(db).Length;
File.Delete(db);
var peak = Process.GetCurrentProcess().PeakWorkingSet64;

Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
Console.WriteLine($"| baseline (UTF-8 decode + SHA-256), 1 thread | {baseline.TotalSeconds:F2} s ({files.Count / baseline.TotalSeconds:F0} files/s) |");
Console.WriteLine($"| stages | {string.Join(" → ", engine.Pipeline.Stages.Select(s => s.GetType().Name))} |");
Console.WriteLine($"| clean + all stages, 1 thread | {stages.TotalSeconds:F2} s — {articles / stages.TotalSeconds:F0} articles/s per core, {totalBytes / 1048576.0 / stages.TotalSeconds:F1} MB/s per core |");
Console.WriteLine($"| ratio to baseline | {stages.TotalSeconds / baseline.TotalSeconds:F1}× |");
Console.WriteLine($"| full analyze with SQLite writes, {jobs} jobs | {full.Elapsed.TotalSeconds:F2} s — {summary.Articles} articles, {summary.Articles / full.Elapsed.TotalSeconds:F0} articles/s, {summary.Errors.Count} failed inputs |");
foreach (var (name, time) in breakdown)
{
    Console.WriteLine($"| — {name} | {time.TotalMilliseconds / files.Count * 1000:F0} µs per file ({files.Count / time.TotalSeconds:F0} files/s) |");
}

Console.WriteLine($"| store size | {dbSize / 1048576.0:F1} MB |");
Console.WriteLine($"| peak working set (whole run, corpus held in memory) | {peak / 1048576.0:F0} MB |");
return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
}

static TimeSpan Time(Func<long> work)
{
    var clock = Stopwatch.StartNew();
    GC.KeepAlive(work());
    return clock.Elapsed;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
        {
            return dir.FullName;
        }
    }

    return ".";
}
