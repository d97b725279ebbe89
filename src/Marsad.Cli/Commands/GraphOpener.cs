using Marsad.Storage;
using Marsad.Storage.Graph;

namespace Marsad.Cli.Commands;

/// <summary>Opens the graph tables of a store for a command, turning a store that cannot be opened into one clear error line.</summary>
internal static class GraphOpener
{
    public static SqliteGraphStore? TryOpen(string path, CliConsole console)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"error: {path}: no such store; run `marsad analyze PATH --db {path}` first");
            return null;
        }

        try
        {
            return SqliteGraphStore.Open(path);
        }
        catch (StoreException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }
}
