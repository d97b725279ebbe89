using System.Text;
using Marsad.CrossDocument;
using Marsad.Ingestion;
using Marsad.Storage.Graph;
using Marsad.Storage.Sqlite;
using Marsad.Testing;

namespace Marsad.Web.Tests.Fixtures;

/// <summary>
/// A store filled by the real engine and analyzer from <see cref="FixturePages"/> and linked across outlets, as
/// <c>marsad analyze</c> leaves it. The pages are analysed once per
/// test run into a template; every test gets its own copy in its own temporary folder (no test sees another's writes
/// or index).
/// </summary>
internal sealed class WorkspaceStore : IDisposable
{
    static readonly Lazy<byte[]> Template = new(BuildTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public WorkspaceStore()
    {
        File.WriteAllBytes(DbPath, Template.Value);
    }

    public TempFolder Folder { get; } = new();

    public string DbPath => Folder.File("workspace.db");

    /// <summary>Analyses more pages into this test's copy (e.g. to check that the index notices them).</summary>
    public async Task AnalyzeAsync(string name, string content)
    {
        var path = Folder.Write(name, content);
        await using (var store = SqliteArticleStore.Open(DbPath))
        {
            await new Analyzer(Engine.CreateDefault(), store, workers: 1).RunAsync([.. InputEnumerator.Expand([path])]);
        }

        await LinkAsync(DbPath);
    }

    /// <summary>Links the analysed articles across outlets, as <c>marsad analyze</c> does after every batch.</summary>
    static async Task LinkAsync(string db)
    {
        await using var graph = SqliteGraphStore.Open(db);
        await new CrossDocumentUpdater(graph, CrossDocumentLinker.CreateDefault()).UpdateAsync();
    }

    public void Dispose() => Folder.Dispose();

    static byte[] BuildTemplate()
    {
        using var folder = new TempFolder();
        var feed = folder.Write("feed.jsonl", FixturePages.Feed);
        var hostile = folder.Write("hostile.html", FixturePages.HostileHtml);
        var db = folder.File("template.db");
        Task.Run(async () =>
        {
            await using (var store = SqliteArticleStore.Open(db))
            {
                var summary = await new Analyzer(Engine.CreateDefault(), store, workers: 1).RunAsync([.. InputEnumerator.Expand([feed, hostile])]);
                if (!summary.AllInputsFine)
                {
                    throw new InvalidOperationException("fixture pages did not analyse: " + string.Join("; ", summary.Errors.Select(e => e.Reason)));
                }
            }

            await LinkAsync(db);
        }).GetAwaiter().GetResult();
        return File.ReadAllBytes(db);
    }

    /// <summary>UTF-8 bytes of a fixture text, for pages added by a test.</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
