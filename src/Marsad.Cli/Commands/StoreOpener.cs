using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Commands;

/// <summary>Opens the store for a command, turning a store that cannot be opened into one clear error line.</summary>
internal static class StoreOpener
{
    public const int StoreError = 3;

    public static SqliteArticleStore? TryOpen(string path, CliConsole console, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
        {
            console.Error.WriteLine($"error: {path}: no such store; run `marsad analyze PATH --db {path}` first");
            return null;
        }

        try
        {
            return SqliteArticleStore.Open(path);
        }
        catch (StoreException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }
}
