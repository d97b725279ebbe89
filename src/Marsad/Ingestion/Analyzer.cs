using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Marsad.Inputs;
using Marsad.Persistence;

namespace Marsad.Ingestion;

/// <summary>
/// Runs the ingest-and-analyse job: inputs are read and analysed in parallel (CPU-bound, one task per input,
/// at most <see cref="Workers"/> in flight), and saved by one writer in the order given, one transaction per
/// input. A bad input is reported and recorded; the batch goes on; what was committed stays committed.
/// </summary>
public sealed class Analyzer(Engine engine, IArticleStore store, int? workers = null)
{
    public int Workers { get; } = Math.Max(1, workers ?? Environment.ProcessorCount);

    /// <summary>Called for each error or warning as it happens (the summary lists them too).</summary>
    public Action<InputError, bool>? OnProblem { get; init; }

    /// <summary>Reads a file's bytes; replaceable so tests can simulate unreadable files even when run as root.</summary>
    public Func<string, CancellationToken, Task<byte[]>> ReadFile { get; init; } = File.ReadAllBytesAsync;

    /// <summary>Reads standard input when an input is "-".</summary>
    public Func<Stream>? Stdin { get; init; }

    public async Task<AnalysisSummary> RunAsync(IReadOnlyList<InputSource> sources, IProgress<AnalysisProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var summary = new AnalysisSummary();
        var known = await store.LoadKnownHashesAsync(ct);
        var inFlight = Channel.CreateBounded<Task<Work>>(new BoundedChannelOptions(Workers * 2) { SingleReader = true, SingleWriter = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var source in sources)
                {
                    ct.ThrowIfCancellationRequested();
                    await inFlight.Writer.WriteAsync(Task.Run(() => ProcessAsync(source, known, ct), ct), ct);
                }
            }
            finally
            {
                inFlight.Writer.Complete();
            }
        }, ct);

        var done = 0;
        await foreach (var task in inFlight.Reader.ReadAllAsync(ct))
        {
            var work = await task;
            await SaveAsync(work, summary, ct);
            done++;
            progress?.Report(new AnalysisProgress(done, sources.Count, work.Source.GivenPath, summary.Articles));
        }

        await producer;
        summary.Inputs = done;
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    async Task<Work> ProcessAsync(InputSource source, IReadOnlySet<string> known, CancellationToken ct)
    {
        if (source.Problem is { } problem)
        {
            return Work.Failed(source, problem);
        }

        byte[] bytes;
        try
        {
            bytes = await ReadAsync(source, ct);
        }
        catch (InputTooLargeException ex)
        {
            return Work.Failed(source, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Work.Failed(source, ex is UnauthorizedAccessException ? "cannot read the file: permission denied" : $"cannot read the file: {ex.Message}");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (known.Contains(sha))
        {
            return new Work(source, null, sha, bytes.Length, [], []);
        }

        var analysis = engine.Analyze(source.GivenPath, source.FullPath, bytes);
        return new Work(source, analysis.Input, sha, bytes.Length, analysis.Errors, analysis.Warnings);
    }

    async Task<byte[]> ReadAsync(InputSource source, CancellationToken ct)
    {
        var limit = engine.Reader.Options.MaxBytes;
        if (source.IsStdin)
        {
            using var stdin = (Stdin ?? Console.OpenStandardInput)();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await stdin.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + n > limit)
                {
                    throw new InputTooLargeException($"standard input is over the {limit:N0}-byte limit");
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }

        var length = new FileInfo(source.FullPath).Length;
        if (length > limit)
        {
            throw new InputTooLargeException($"file is {length:N0} bytes, over the {limit:N0}-byte limit (--max-size)");
        }

        return await ReadFile(source.FullPath, ct);
    }

    async Task SaveAsync(Work work, AnalysisSummary summary, CancellationToken ct)
    {
        summary.Bytes += work.Length;
        foreach (var warning in work.Warnings)
        {
            summary.Warnings.Add(warning);
            OnProblem?.Invoke(warning, false);
        }

        foreach (var error in work.Errors)
        {
            summary.Errors.Add(error);
            OnProblem?.Invoke(error, true);
            await store.RecordFailureAsync(error, ct);
        }

        if (work.Input is null)
        {
            if (work.Sha is { } sha && work.Errors.Count == 0)
            {
                // Known bytes: nothing to analyse; the store only notes the path if it now holds them.
                await store.RecordKnownAsync(work.Source.FullPath, sha, ct);
                summary.Unchanged++;
            }
            else
            {
                summary.Failed++;
            }

            return;
        }

        var saved = await store.SaveAsync(work.Input, ct);
        switch (saved.Status)
        {
            case InputStatus.New: summary.New++; break;
            case InputStatus.Changed: summary.NewVersions++; break;
            default: summary.Unchanged++; break;
        }

        if (saved.ArticlesAdded > 0)
        {
            foreach (var article in work.Input.Pages.SelectMany(p => p.Articles))
            {
                summary.Articles++;
                summary.Sentences += article.Document.Sentences.Length;
                summary.Dates += article.Document.Dates.Length;
                summary.Numbers += article.Document.Numbers.Length;
                summary.Mentions += article.Document.Mentions.Length;
                summary.Relations += article.Document.Relations.Length;
                summary.Quotes += article.Document.Quotes.Length;
                summary.Events += article.Document.Events.Length;
                if (summary.Stored.Count < AnalysisSummary.MaxListed)
                {
                    var d = article.Document;
                    summary.Stored.Add(new StoredArticleLine(d.Id, d.Source.SourceFile, d.Source.IndexInFile, d.Source.Title, d.Source.Outlet,
                        d.Source.Published, d.Sentences.Length, d.Dates.Length, d.Numbers.Length, article.Clean.Removed.Length)
                    {
                        Entities = d.Entities.Length,
                        Quotes = d.Quotes.Length,
                        Events = d.Events.Length,
                    });
                }
            }
        }
    }

    sealed record Work(InputSource Source, AnalyzedInput? Input, string? Sha, long Length, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Warnings)
    {
        public static Work Failed(InputSource source, string reason) => new(source, null, null, 0, [new InputError(source.GivenPath, reason)], []);
    }

    sealed class InputTooLargeException(string message) : Exception(message);
}
