using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Marsad.Web.Security;

/// <summary>
/// Serves the front-end libraries from the <c>node_modules</c> folder copied next to the assembly, and only the files
/// the project lists (Marsad.Web.csproj, <c>MarsadLibrary</c>): any other path — another package, a <c>..</c>
/// segment, an encoded separator — is "not found". The static-file middleware already refuses paths that leave the
/// root; the allow-list means nothing else in node_modules can ever be fetched.
/// </summary>
public sealed class LibraryFiles : IFileProvider, IDisposable
{
    /// <summary>The allow-list: paths under node_modules, as in the project file.</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "/leaflet/dist/leaflet.js",
        "/leaflet/dist/leaflet.css",
        "/cytoscape/dist/cytoscape.min.js",
        "/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
        "/vis-timeline/styles/vis-timeline-graph2d.min.css",
        "/topojson-client/dist/topojson-client.min.js",
        "/world-atlas/countries-50m.json",
    };

    readonly PhysicalFileProvider? _files;

    public LibraryFiles(string root)
    {
        Root = root;
        _files = Directory.Exists(root) ? new PhysicalFileProvider(root) : null;
    }

    public string Root { get; }

    /// <summary>The listed files that are missing (npm was not run when the project was built).</summary>
    public IReadOnlyList<string> Missing => [.. Allowed.Where(p => _files is null || !_files.GetFileInfo(p).Exists)];

    public IFileInfo GetFileInfo(string subpath) =>
        _files is not null && Allowed.Contains(subpath) ? _files.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _files?.Dispose();
}
