using System.Text;

namespace Marsad.Cli.Tests;

/// <summary>Runs the marsad command in-process through <see cref="Program.RunAsync"/> and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(params string[] args) => await WithStdin(string.Empty, args);

    public static async Task<CliRun> WithStdin(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), IsTerminal: false);
        var code = await Program.RunAsync(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
