using Marsad.Entities.Tagging;

namespace Marsad.Cli.Commands;

/// <summary>Loads the shipped NER model or one from a file, reporting a bad file in one line.</summary>
internal static class NerModelFiles
{
    public static NerModel? Load(string? path, CliConsole console)
    {
        if (path is null)
        {
            return NerRecipe.LoadShipped();
        }

        try
        {
            using var stream = File.OpenRead(path);
            return NerModel.Load(stream);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A model file is untrusted input: whatever its reader trips over, the answer is one line, not a stack trace.
            console.Error.WriteLine($"error: {path}: not a Marsad NER model ({ex.Message})");
            return null;
        }
    }
}
