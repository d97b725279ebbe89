using System.Reflection;

namespace Marsad.Resources;

/// <summary>
/// Reads the tables under the repository's <c>data/</c> folder, which are embedded in the engine assembly
/// (logical name = path under data/, with '/' separators), so stages get their tables without touching disk.
/// Table format: UTF-8 text; lines starting with '#' are comments (provenance, reasons); blank lines are
/// ignored; TSV fields are separated by tabs.
/// </summary>
public static class DataFile
{
    static readonly Assembly Engine = typeof(DataFile).Assembly;

    /// <summary>True when a table of that name is embedded.</summary>
    public static bool Exists(string name) => Engine.GetManifestResourceInfo(name) is not null;

    /// <summary>Opens an embedded data file, e.g. <c>cleaning/boilerplate.tsv</c>.</summary>
    public static Stream Open(string name) =>
        Engine.GetManifestResourceStream(name)
        ?? throw new FileNotFoundException($"The data table '{name}' is not embedded in {Engine.GetName().Name}; is it under data/?", name);

    /// <summary>The whole file as text.</summary>
    public static string ReadAllText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>Content lines: comments ('#' first) and blank lines skipped, trailing '\r' dropped.</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return line.TrimEnd('\r');
        }
    }

    /// <summary>Content lines split on tabs.</summary>
    public static IEnumerable<string[]> ReadTsv(string name) => ReadLines(name).Select(l => l.Split('\t'));
}
