using System.CommandLine;
using System.Globalization;
using System.Text;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

/// <summary>The <c>marsad</c> command: analyse Arabic news pages into a store, then report, export and count.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.OutputEncoding = new UTF8Encoding(false);
        var console = CliConsole.System();
        return await RunAsync(args, console);
    }

    /// <summary>Parses and runs one command line against <paramref name="console"/>; the test seam.</summary>
    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        var root = CreateRoot(console);
        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return root.Parse(args).InvokeAsync(config, ct);
    }

    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand("Marsad (مرصد, \"observatory\"): turns raw Arabic news pages into clean, source-linked articles with dates and numbers.")
        {
            new AnalyzeCommand(console),
            new ReportCommand(console),
            new ExportCommand(console),
            new StatsCommand(console),
            new EvalCommand(console),
            new TrainCommand(console),
            new NerTagCommand(console),
            new RebuildCommand(console),
            new ActorsCommand(console),
            new ActorCommand(console),
            new StoriesCommand(console),
            new EventsCommand(console),
            new GraphCommand(console),
            new BriefCommand(console),
            new PathCommand(console),
            new IndexCommand(console),
            new ServeCommand(console),
        };
        return root;
    }
}
