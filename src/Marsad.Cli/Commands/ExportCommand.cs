using System.CommandLine;
using Marsad.Export;
using Marsad.Persistence;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export --format json [--out FILE]</c>: the store as one JSON document (docs/export.md).</summary>
internal sealed class ExportCommand : Command
{
    public ExportCommand(CliConsole console)
        : base("export", "Write the store: json (marsad/1: articles and every fact, docs/export.md), plover (events as PLOVER JSONL) or csv (events, ACLED-like columns).")
    {
        Options.Add(Db);
        Options.Add(Format);
        Options.Add(Out);
        Options.Add(AllVersions);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string> Format { get; } = new Option<string>("--format")
    {
        Description = "Output format: json, plover or csv.",
        DefaultValueFactory = _ => "json",
        HelpName = "FORMAT",
    }.AcceptOnlyFromAmong("json", "plover", "csv");

    public Option<string?> Out { get; } = new("--out")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "FILE",
    };

    public Option<bool> AllVersions { get; } = new("--all-versions")
    {
        Description = "Also export articles of superseded versions of changed files.",
    };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var db = result.GetValue(Db)!;
        await using var store = StoreOpener.TryOpen(db, console, mustExist: true);
        if (store is null)
        {
            return StoreOpener.StoreError;
        }

        await using var graph = result.GetValue(Format) == "json" ? await GraphOpener.OpenLinkedOrNullAsync(db, ct) : null;
        var query = new ArticleQuery(AllVersions: result.GetValue(AllVersions));
        Func<Stream, Task<int>> write = result.GetValue(Format) switch
        {
            "plover" => s => new PloverExporter(store, ActorCodes.Default).WriteAsync(s, query, ct),
            "csv" => s => new CsvExporter(store, ActorCodes.Default).WriteAsync(s, query, ct),
            _ => s => new JsonExporter(store) { Graph = graph }.WriteAsync(s, query, ct),
        };
        if (result.GetValue(Out) is { } path)
        {
            // Write beside the target and move into place, so a failed export never leaves half a file.
            var temp = path + ".partial";
            try
            {
                int count;
                await using (var file = File.Create(temp))
                {
                    count = await write(file);
                }

                File.Move(temp, path, overwrite: true);
                console.Error.WriteLine($"exported {count} {(result.GetValue(Format) == "json" ? "article" : "event")}(s) to {path}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                File.Delete(temp);
                console.Error.WriteLine($"error: {path}: cannot write the export ({ex.Message})");
                return 1;
            }

            return 0;
        }

        if (console.OpenStdout is { } open)
        {
            await console.Out.FlushAsync(ct);
            await using var stdout = open();
            await write(stdout);
            return 0;
        }

        using var buffer = new MemoryStream();
        await write(buffer);
        await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        await console.Out.FlushAsync(ct);
        return 0;
    }
}
