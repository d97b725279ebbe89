using System.Diagnostics;
using Marsad.Ingestion;
using Spectre.Console;

namespace Marsad.Cli.Output;

/// <summary>
/// Shows progress of a long run: a Spectre progress bar when the output is a terminal, otherwise a plain line on
/// stderr every <see cref="PlainInterval"/> (Spectre prints nothing when redirected, so we write our own lines).
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Short runs print no progress lines at all; long ones one line per interval.</summary>
    static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static async Task<T> RunAsync<T>(CliConsole console, int total, Func<IProgress<AnalysisProgress>, Task<T>> work)
    {
        if (!console.IsTerminal)
        {
            var clock = Stopwatch.StartNew();
            var last = TimeSpan.Zero;
            return await work(new SyncProgress(p =>
            {
                if (clock.Elapsed - last >= PlainInterval)
                {
                    last = clock.Elapsed;
                    console.Error.WriteLine($"progress: {p.Done}/{total} inputs, {p.Articles} articles, {clock.Elapsed.TotalSeconds:F1} s");
                }
            }));
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        T result = default!;
        await ansi.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("analysing", maxValue: Math.Max(1, total));
                result = await work(new SyncProgress(p => task.Value = p.Done));
            });
        return result;
    }

    /// <summary>Reports synchronously on the writer's thread (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    sealed class SyncProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
