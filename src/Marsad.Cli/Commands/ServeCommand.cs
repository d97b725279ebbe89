using System.CommandLine;
using Marsad.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad serve</c>: opens a store as a browser workspace (search, reader, actors, timeline, graph, map, stories)
/// and prints its URL. Listens on 127.0.0.1 by default; another address needs an access token (--token or
/// MARSAD_TOKEN), which every request must then carry. The search index beside the store is brought up to date first.
/// </summary>
internal sealed class ServeCommand : Command
{
    public ServeCommand(CliConsole console)
        : base("serve", "Open the store in the browser: search, article reader, actor pages, timeline, network graph, map and stories.")
    {
        Options.Add(Db);
        Options.Add(Host);
        Options.Add(Port);
        Options.Add(Token);
        SetAction((result, ct) => RunAsync(result, console, ct));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    public Option<string> Host { get; } = new("--host")
    {
        Description = "Address to listen on. Anything but loopback (127.0.0.1, ::1, localhost) needs --token.",
        DefaultValueFactory = _ => "127.0.0.1",
        HelpName = "ADDRESS",
    };

    public Option<int> Port { get; } = new("--port")
    {
        Description = "Port to listen on (0 picks a free one).",
        DefaultValueFactory = _ => 5151,
        HelpName = "N",
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Access token every request must carry (default: the MARSAD_TOKEN environment variable; none on loopback).",
        HelpName = "TOKEN",
    };

    async Task<int> RunAsync(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var db = result.GetValue(Db)!;
        if (!File.Exists(db))
        {
            console.Error.WriteLine($"error: {db}: no such store; run `marsad analyze PATH --db {db}` first");
            return StoreOpener.StoreError;
        }

        var token = result.GetValue(Token) ?? Environment.GetEnvironmentVariable("MARSAD_TOKEN");
        var port = result.GetValue(Port);
        if (port is < 0 or > 65535)
        {
            console.Error.WriteLine($"error: --port {port}: not a port number (0-65535)");
            return 2;
        }

        WebApplication app;
        try
        {
            app = MarsadApp.Build([], new Dictionary<string, string?>
            {
                ["Marsad:Db"] = db,
                ["Marsad:Host"] = result.GetValue(Host),
                ["Marsad:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Marsad:Token"] = token,
                ["Logging:LogLevel:Default"] = "Warning",
            });
        }
        catch (InvalidOperationException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }

        await using (app)
        {
            console.Out.WriteLine($"Indexing {db} for search (only articles not indexed yet)…");
            await app.StartAsync(ct);
            foreach (var url in app.Urls)
            {
                console.Out.WriteLine($"Marsad workspace: {url.Replace("[::]", "localhost", StringComparison.Ordinal)}/{(string.IsNullOrEmpty(token) ? string.Empty : "?token=" + Uri.EscapeDataString(token))}");
            }

            console.Out.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
        }

        return 0;
    }
}
