using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>The shared corpora folder (ANERcorp, the news corpus): ../shared/corpora next to the repository by default.</summary>
internal static class CorporaOption
{
    public static Option<string> Create() => new("--corpora")
    {
        Description = "Folder holding anercorp/ and news/ (default: ../shared/corpora, or $MARSAD_SHARED/corpora).",
        DefaultValueFactory = _ => Default(),
        HelpName = "DIR",
    };

    static string Default() =>
        Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } shared
            ? Path.Combine(shared, "corpora")
            : Path.Combine("..", "shared", "corpora");
}
