using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Entities.Knowledge;
using Marsad.Storage.Workspace;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Marsad.Storage.Search;

/// <summary>
/// The Lucene index of a store's current articles, kept in a folder beside the database (<c>marsad.db.index/</c>).
/// <see cref="Update"/> brings it in step incrementally: articles not yet indexed are added, superseded ones removed;
/// an index built with another analysis is rebuilt. <see cref="Search"/> notices when the store has changed since
/// (its fingerprint), starts an update in the background and reports the index as stale until it is done, so the
/// index is never behind silently. Thread-safe: searches run concurrently; updates are serialised.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    internal const string FingerprintKey = "marsad.fingerprint";
    internal const string AnalysisKey = "marsad.analysis";

    /// <summary>How often a search may look at the store's fingerprint: cheap, but not free, at hundreds of queries a second.</summary>
    static readonly TimeSpan FreshnessInterval = TimeSpan.FromSeconds(1);

    /// <summary>Articles read and analysed together: a few megabytes of text.</summary>
    const int IndexBatch = 512;

    readonly string _dbPath;
    readonly LuceneDirectory _directory;
    readonly MarsadAnalyzer _analyzer = new();
    readonly ArticleSearcher _searcher;
    readonly ArticleTexts _texts;
    readonly System.Threading.Lock _writeLock = new();
    IndexSnapshot? _snapshot;
    Task? _background;
    long _lastCheck;
    string? _error;
    bool _disposed;

    SearchIndex(string dbPath, KnowledgeBase kb)
    {
        _dbPath = Path.GetFullPath(dbPath);
        Folder = FolderFor(_dbPath);
        System.IO.Directory.CreateDirectory(Folder);
        _directory = FSDirectory.Open(Folder);
        _searcher = new ArticleSearcher(kb);
        _texts = new ArticleTexts(_dbPath);
        if (DirectoryReader.IndexExists(_directory))
        {
            _snapshot = new IndexSnapshot(DirectoryReader.Open(_directory));
        }
    }

    /// <summary>The index folder: the database path plus <c>.index</c>.</summary>
    public string Folder { get; }

    public static string FolderFor(string dbPath) => Path.GetFullPath(dbPath) + ".index";

    /// <summary>Opens (creating when absent) the index of the store at <paramref name="dbPath"/>; does not update it.</summary>
    public static SearchIndex Open(string dbPath, KnowledgeBase kb) => new(dbPath, kb);

    /// <summary>The state of the index now, without looking at the store.</summary>
    public IndexState State => new(_snapshot?.Facets.Count ?? 0, Stale: _background is { IsCompleted: false } || _error is not null || _snapshot is null, Updating: _background is { IsCompleted: false }, _error);

    /// <summary>
    /// Brings the index in step with the store: adds the current articles it lacks, removes the ones no longer
    /// current. Returns how many were added and removed. Blocks while another update runs.
    /// </summary>
    public IndexUpdate Update(CancellationToken ct = default)
    {
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var connection = StoreConnection.OpenReadOnly(_dbPath);
            var fingerprint = StoreConnection.Fingerprint(connection);
            var source = new IndexSource(connection);
            var current = source.CurrentIds();
            var snapshot = _snapshot;
            var rebuild = snapshot is null || snapshot.Analysis != MarsadAnalyzer.Version;
            var indexed = rebuild ? [] : snapshot!.Facets.Ids.OfType<string>().ToHashSet(StringComparer.Ordinal);
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
            {
                OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            };

            var added = 0;
            var removed = 0;
            using (var writer = new IndexWriter(_directory, config))
            {
                foreach (var id in indexed.Where(id => !current.Contains(id)))
                {
                    writer.DeleteDocuments(new Term(SearchFields.Id, id));
                    removed++;
                }

                // Analysis is the costly part and IndexWriter is thread-safe: articles are read in batches and
                // analysed on every core, so memory holds one batch while the first build of a large store is fast.
                foreach (var batch in source.Read(current.Where(id => !indexed.Contains(id)).Order(StringComparer.Ordinal)).Chunk(IndexBatch))
                {
                    Parallel.ForEach(batch, new ParallelOptions { CancellationToken = ct }, article => writer.AddDocument(ToDocument(article)));
                    added += batch.Length;
                }

                if (added + removed > 0)
                {
                    // One segment searches in half the CPU time of the eight a parallel build leaves (measured on the
                    // news corpus: 3.4 against 7.3 ms per query). The index is written once per analyze run and read
                    // at every keystroke, so the merge (seconds for thousands of articles) is paid where it is cheap.
                    writer.ForceMerge(1);
                }

                writer.SetCommitData(new Dictionary<string, string>
                {
                    [FingerprintKey] = fingerprint,
                    [AnalysisKey] = MarsadAnalyzer.Version,
                });
                writer.Commit();
            }

            Swap(DirectoryReader.Open(_directory));
            _error = null;
            return new IndexUpdate(added, removed, current.Count);
        }
    }

    /// <summary>Runs a search; starts a background update first when the store has changed since the index was built.</summary>
    public SearchResult Search(SearchRequest request)
    {
        CheckFreshness();
        var snapshot = Acquire();
        if (snapshot is null)
        {
            return new SearchResult(0, [], new SearchFacets([], [], [], [], []), [], State);
        }

        try
        {
            return _searcher.Search(snapshot, request, State, Texts);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>Looks at the store's fingerprint (at most once per <see cref="FreshnessInterval"/>) and updates in the background when it moved.</summary>
    public void CheckFreshness(bool force = false)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastCheck);
        if (!force && now - last < FreshnessInterval.TotalMilliseconds)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastCheck, now, last) != last || _background is { IsCompleted: false })
        {
            return;
        }

        string fingerprint;
        try
        {
            using var connection = StoreConnection.OpenReadOnly(_dbPath);
            fingerprint = StoreConnection.Fingerprint(connection);
        }
        catch (StoreException ex)
        {
            _error = ex.Message;
            return;
        }

        var snapshot = _snapshot;
        if (snapshot is null || snapshot.Fingerprint != fingerprint || snapshot.Analysis != MarsadAnalyzer.Version)
        {
            _background = Task.Run(() =>
            {
                try
                {
                    Update();
                }
                catch (Exception ex) when (ex is StoreException or IOException or LockObtainFailedException)
                {
                    _error = $"the search index could not be updated: {ex.Message}";
                }
            });
        }
    }

    /// <summary>Waits for a background update started by a search, if one runs (tests and the load generator's warm-up).</summary>
    public Task WhenIdle() => _background ?? Task.CompletedTask;

    public void Dispose()
    {
        lock (_writeLock)
        {
            _disposed = true;
            _snapshot?.Release();
            _snapshot = null;
            _directory.Dispose();
            _analyzer.Dispose();
            _texts.Dispose();
        }
    }

    IndexSnapshot? Acquire()
    {
        while (true)
        {
            var snapshot = _snapshot;
            if (snapshot is null || snapshot.TryAcquire())
            {
                return snapshot;
            }
        }
    }

    /// <summary>The store's text of some articles, by id (an id no longer in the store is left out).</summary>
    IReadOnlyDictionary<string, string> Texts(IReadOnlyList<string> ids)
    {
        try
        {
            return _texts.Read(ids);
        }
        catch (Exception ex) when (ex is StoreException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The store went away under a running workspace: hits without snippets, and the index state says why.
            _error = ex.Message;
            return new Dictionary<string, string>();
        }
    }

    void Swap(DirectoryReader reader)
    {
        var old = _snapshot;
        _snapshot = new IndexSnapshot(reader);
        old?.Release();
    }

    /// <summary>
    /// The article text fields keep term vectors with offsets, so a snippet finds where the query's terms sit in a hit
    /// without analysing its text again (<see cref="SnippetMaker.FromVectors"/>). The text itself is not stored: the
    /// store has it, and reading it there by id is far cheaper than decompressing Lucene's stored-field chunks.
    /// </summary>
    static readonly FieldType WithOffsets = Vectors(TextField.TYPE_NOT_STORED);

    static FieldType Vectors(FieldType from)
    {
        var type = new FieldType(from) { StoreTermVectors = true, StoreTermVectorOffsets = true };
        type.Freeze();
        return type;
    }

    static Document ToDocument(IndexedArticle a)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Id, a.Id, Field.Store.YES),
            new Field(SearchFields.Text, a.Text, WithOffsets),
            new Field(SearchFields.TextBase, a.Text, WithOffsets),
            new Field(SearchFields.TextVariant, a.Text, WithOffsets),
        };
        if (a.Title is { } title)
        {
            doc.Add(new TextField(SearchFields.Title, title, Field.Store.YES));
            doc.Add(new TextField(SearchFields.TitleBase, title, Field.Store.NO));
            doc.Add(new TextField(SearchFields.TitleVariant, title, Field.Store.NO));
        }

        if (a.Outlet is { } outlet)
        {
            doc.Add(new StringField(SearchFields.Outlet, outlet, Field.Store.YES));
        }

        if (a.Published is { } day)
        {
            doc.Add(new StoredField(SearchFields.Published, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            doc.Add(new Int32Field(SearchFields.Day, day.DayNumber, Field.Store.NO));
            doc.Add(new NumericDocValuesField(SearchFields.DaySort, day.DayNumber));
        }

        foreach (var (field, values) in new[] { (SearchFields.Actor, a.Actors), (SearchFields.Category, a.Categories), (SearchFields.Place, a.Places) })
        {
            foreach (var value in values)
            {
                doc.Add(new StringField(field, value, Field.Store.YES));
            }
        }

        return doc;
    }
}

/// <summary>What an index update did: articles added and removed, and the current articles of the store.</summary>
public sealed record IndexUpdate(int Added, int Removed, int StoreArticles);
