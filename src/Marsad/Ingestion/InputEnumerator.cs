namespace Marsad.Ingestion;

/// <summary>
/// Expands what the user named on the command line into inputs: "-" is standard input, a folder is walked
/// recursively for the extensions Marsad reads (sorted, so runs are repeatable), a file is taken as given
/// whatever its extension (its content decides), and a missing path becomes an input with a problem.
/// </summary>
public static class InputEnumerator
{
    /// <summary>Extensions picked up when walking a folder.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>([".txt", ".html", ".htm", ".jsonl"], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<InputSource> Expand(IEnumerable<string> paths)
    {
        foreach (var given in paths)
        {
            if (given == InputSource.StdinName)
            {
                yield return new InputSource(given, given, IsStdin: true);
                continue;
            }

            var full = Path.GetFullPath(given);
            if (File.Exists(full))
            {
                yield return new InputSource(given, full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var source in Walk(given, full))
                {
                    yield return source;
                }
            }
            else
            {
                yield return new InputSource(given, full, Problem: "no such file or folder");
            }
        }
    }

    static IEnumerable<InputSource> Walk(string given, string full)
    {
        List<string> files;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            files = [.. Directory.EnumerateFiles(full, "*", options).Where(f => KnownExtensions.Contains(Path.GetExtension(f)))];
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return [new InputSource(given, full, Problem: $"cannot list the folder ({ex.Message})")];
        }

        files.Sort(StringComparer.Ordinal);
        return files.Select(f => new InputSource(Path.Join(given, Path.GetRelativePath(full, f)), f));
    }
}
