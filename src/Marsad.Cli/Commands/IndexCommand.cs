using System.CommandLine;
using System.Diagnostics;
using Marsad.Entities.Knowledge;
using Marsad.Storage;
using Marsad.Storage.Search;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad index</c>: brings the search index beside the store (<c>marsad.db.index/</c>) in step with it: adds the
/// articles not indexed yet and removes superseded ones. Run after <c>analyze</c>; <c>serve</c> does the same at start.
/// </summary>
internal sealed class IndexCommand : Command
{
    public IndexCommand(CliConsole console)
        : base("index", "Update the search index beside the store (incremental: only articles not indexed yet are read).")
    {
        Options.Add(Db);
        SetAction((result, ct) => Task.FromResult(Run(result, console, ct)));
    }

    public Option<string> Db { get; } = CommonOptions.Db();

    int Run(ParseResult result, CliConsole console, CancellationToken ct)
    {
        var db = result.GetValue(Db)!;
        if (!File.Exists(db))
        {
            console.Error.WriteLine($"error: {db}: no such store; run `marsad analyze PATH --db {db}` first");
            return StoreOpener.StoreError;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            using var index = SearchIndex.Open(db, KnowledgeBase.LoadDefault());
            var update = index.Update(ct);
            console.Out.WriteLine($"Search index {index.Folder}: {update.Added} added, {update.Removed} removed, {update.StoreArticles} current article(s) in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }
        catch (Exception ex) when (ex is StoreException or IOException or Lucene.Net.Store.LockObtainFailedException)
        {
            console.Error.WriteLine($"error: the search index could not be updated: {ex.Message}");
            return StoreOpener.StoreError;
        }
    }
}
