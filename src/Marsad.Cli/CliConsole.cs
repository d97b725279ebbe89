namespace Marsad.Cli;

/// <summary>
/// The streams a command talks to: the test seam (tests pass string writers and a memory stdin), and the real
/// console in <see cref="Program.Main"/>. <see cref="IsTerminal"/> decides between a progress bar and plain lines.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool IsTerminal)
{
    /// <summary>Raw standard output for large binary-safe writes (exports); null in tests, which read <see cref="Out"/>.</summary>
    public Func<Stream>? OpenStdout { get; init; }

    public static CliConsole System() => new(
        global::System.Console.Out,
        global::System.Console.Error,
        global::System.Console.OpenStandardInput,
        !global::System.Console.IsOutputRedirected && !global::System.Console.IsErrorRedirected)
    {
        OpenStdout = global::System.Console.OpenStandardOutput,
    };
}
