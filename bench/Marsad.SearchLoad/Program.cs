using System.Diagnostics;
using System.Globalization;
using Marsad.SearchLoad;

// Usage: dotnet run -c Release --project bench/Marsad.SearchLoad -- [--url http://127.0.0.1:5151] [--clients 8]
//        [--seconds 30] [--max-requests 200000] [--warmup 200] [--token T]
// Only loopback URLs are accepted: this generator is for a workspace on this machine.
var options = Options.Parse(args);
if (!options.Url.IsLoopback)
{
    Console.Error.WriteLine($"error: {options.Url} is not a loopback address; the load generator only targets a server on this machine");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = options.Url,
    Timeout = TimeSpan.FromSeconds(30),
};
if (options.Token is not null)
{
    http.DefaultRequestHeaders.Add("X-Marsad-Token", options.Token);
}

if (!await ServerUpAsync(http))
{
    Console.Error.WriteLine($"error: no workspace answers at {options.Url} (start it with `marsad serve --db FILE --port {options.Url.Port}`)");
    return 2;
}

Console.WriteLine($"Warming up: {options.Warmup} requests (JIT, caches)…");
for (var i = 0; i < options.Warmup; i++)
{
    using var r = await http.GetAsync("/api/search?" + QueryMix.Queries[i % QueryMix.Queries.Length]);
    r.EnsureSuccessStatusCode();
}

Console.WriteLine($"Load: {options.Clients} clients, {QueryMix.Queries.Length} queries in the mix, up to {options.Seconds} s or {options.MaxRequests} requests…");
var latencies = new List<double>[options.Clients];
var errors = 0;
var sent = 0;
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(options.Seconds);
await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async client =>
{
    var mine = latencies[client] = new List<double>(4096);
    var next = client * 7;
    while (stop.Elapsed < deadline && Interlocked.Increment(ref sent) <= options.MaxRequests)
    {
        var query = QueryMix.Queries[next++ % QueryMix.Queries.Length];
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync("/api/search?" + query, HttpCompletionOption.ResponseContentRead);
            _ = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref errors);
                continue;
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref errors);
            continue;
        }

        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}));
var elapsed = stop.Elapsed.TotalSeconds;
var all = latencies.SelectMany(l => l).Order().ToArray();
if (all.Length == 0)
{
    Console.Error.WriteLine("error: no request succeeded");
    return 1;
}

double P(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{all.Length} requests in {elapsed:F1} s ({all.Length / elapsed:F0} req/s), {errors} errors; latency ms: p50 {P(50):F1}, p95 {P(95):F1}, p99 {P(99):F1}, max {all[^1]:F1}"));
return errors == 0 ? 0 : 1;

// The server may still be indexing when the load starts: wait for it, bounded.
static async Task<bool> ServerUpAsync(HttpClient http)
{
    for (var attempt = 0; attempt < 60; attempt++)
    {
        try
        {
            using var response = await http.GetAsync("/api/summary");
            if (response.IsSuccessStatusCode)
            {
                return true;
            }
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(500);
    }

    return false;
}

/// <summary>Command-line options of the load generator.</summary>
internal sealed record Options(Uri Url, int Clients, int Seconds, int MaxRequests, int Warmup, string? Token)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(
            new Uri(Value("--url") ?? "http://127.0.0.1:5151"),
            Math.Clamp(Int("--clients", 8), 1, 256),
            Math.Clamp(Int("--seconds", 30), 1, 600),
            Math.Max(1, Int("--max-requests", 200_000)),
            Math.Max(0, Int("--warmup", 200)),
            Value("--token") ?? Environment.GetEnvironmentVariable("MARSAD_TOKEN"));
    }
}
