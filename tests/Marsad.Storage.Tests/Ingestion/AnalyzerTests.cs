using Marsad.Ingestion;
using Marsad.Inputs;
using Marsad.Persistence;
using Marsad.Storage.Sqlite;
using Marsad.Testing;

namespace Marsad.Storage.Tests.Ingestion;

public class AnalyzerTests
{
    [Fact]
    public async Task An_unreadable_file_is_reported_by_name_and_the_batch_goes_on()
    {
        using var dir = new TempFolder();
        var locked = dir.Write("locked.txt", ArabicFixtures.OtherPage);
        var fine = dir.Write("fine.txt", ArabicFixtures.ShortPage);
        await using var store = SqliteArticleStore.Open(dir.File("m.db"));
        var problems = new List<InputError>();
        var analyzer = new Analyzer(Engine.CreateDefault(), store, workers: 2)
        {
            // Root reads any file whatever its mode, so the permission error is simulated at the read seam.
            ReadFile = (path, ct) => path == locked ? throw new UnauthorizedAccessException("denied") : File.ReadAllBytesAsync(path, ct),
            OnProblem = (p, _) => problems.Add(p),
        };

        var summary = await analyzer.RunAsync([.. InputEnumerator.Expand([locked, fine])]);

        Assert.False(summary.AllInputsFine);
        var error = Assert.Single(problems);
        Assert.Equal(locked, error.Input);
        Assert.Contains("permission denied", error.Reason);
        Assert.Equal(1, summary.New);
        Assert.Single(await store.ReadFailuresAsync().ToListAsync());
    }

    [Fact]
    public async Task Saves_inputs_in_the_order_given_whatever_the_parallelism()
    {
        using var dir = new TempFolder();
        var paths = Enumerable.Range(0, 12)
            .Select(i => dir.Write($"p{i:00}.txt", ArabicFixtures.OtherPage + $"\n\nفقرة إضافية رقم {i} عن الحادث."))
            .ToList();
        await using var store = SqliteArticleStore.Open(dir.File("m.db"));

        await new Analyzer(Engine.CreateDefault(), store, workers: 4).RunAsync([.. InputEnumerator.Expand(paths)]);

        var stored = await store.ReadArticlesAsync(ArticleQuery.Current).Select(a => a.SourceFile).ToListAsync();
        Assert.Equal(paths, stored);
    }

    [Fact]
    public async Task A_folder_is_walked_recursively_for_known_extensions_in_a_stable_order()
    {
        using var dir = new TempFolder();
        dir.Write("b/2.html", "<p>نص</p>");
        dir.Write("a/1.txt", "نص");
        dir.Write("a/skip.docx", "x");
        dir.Write("c.jsonl", "{}");

        var found = InputEnumerator.Expand([dir.Path]).Select(s => Path.GetRelativePath(dir.Path, s.FullPath)).ToList();

        Assert.Equal(["a/1.txt", "b/2.html", "c.jsonl"], found);
    }
}
