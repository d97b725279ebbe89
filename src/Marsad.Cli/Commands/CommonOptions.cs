using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>Options every store-backed command shares.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = "marsad.db";

    public static Option<string> Db() => new("--db")
    {
        Description = "The store: a SQLite file, created when absent.",
        DefaultValueFactory = _ => DefaultDb,
        HelpName = "FILE",
    };
}
