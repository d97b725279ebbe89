namespace Marsad.Testing;

/// <summary>
/// Finds the read-only ../shared folder (seeds, corpora) next to the repository. Tests that need it
/// skip with <see cref="MissingMessage"/> when it is absent, as on a user's fresh clone.
/// </summary>
public static class SharedData
{
    static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The ../shared folder, or null when this machine does not have it.</summary>
    public static string? Folder => Root.Value;

    public static string? Seeds => Sub("seeds");

    public static string? Corpora => Sub("corpora");

    public static string MissingMessage =>
        "../shared (seed articles and corpora) is not next to this clone; set MARSAD_SHARED to its path to run this test.";

    static string? Sub(string name) => Folder is { } f && Directory.Exists(Path.Combine(f, name)) ? Path.Combine(f, name) : null;

    static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return Path.GetFullPath(env);
        }

        // Walk up from the test binary until a folder with Marsad.slnx is found; ../shared sits beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(Path.Combine(shared, "seeds")) ? shared : null;
            }
        }

        return null;
    }

    /// <summary>The repository root (the folder holding Marsad.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Cannot find Marsad.slnx above " + AppContext.BaseDirectory);
        }
    }
}
