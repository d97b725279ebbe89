using Marsad.Persistence;

namespace Marsad.CrossDocument;

/// <summary>
/// The linkers' working view of cross-document state during one batch: what the store held before the batch
/// (read through <see cref="ILinkIndex"/> on first use, or all at once by <see cref="Prefetch"/>) with the batch's
/// own additions on top. Everything the batch adds or changes is tracked for writing back; after the store saved
/// it, <see cref="Commit"/> keeps what is cached (now equal to the store) for the next batch of the same run. Articles
/// are linked one at a time in order, so a batch sees exactly what a full rebuild would see at the same article.
/// </summary>
public sealed class LinkState(ILinkIndex? store = null)
{
    /// <summary>
    /// Items compared per key, newest first. A key shared by more (a category and trigger in a busy month) is a weak
    /// key, and the newest items are the likeliest partners; the cap bounds the work per article.
    /// </summary>
    public const int MaxPerKey = 24;

    readonly Dictionary<long, List<KeyedItem>> _stored = [];
    readonly Dictionary<long, List<KeyedItem>> _added = [];
    readonly HashSet<(long, string)> _addedPairs = [];
    readonly List<(long Key, KeyedItem Item)> _newKeys = [];
    readonly Table<EntityProfile> _entities = new(ids => store?.Entities(ids));
    readonly Table<EventCluster> _clusters = new(ids => store?.Clusters(ids));
    readonly Table<StoryProfile> _stories = new(ids => store?.Stories(ids));
    readonly Table<QuoteCluster> _quotes = new(ids => store?.Quotes(ids));
    readonly Table<ArticleSketch> _sketches = new(ids => store?.Sketches(ids));
    long _seq = store?.LastSeq ?? 0;

    /// <summary>The last sequence number handed out.</summary>
    public long Seq => _seq;

    /// <summary>Key rows added in this batch, in order.</summary>
    public IReadOnlyList<(long Key, KeyedItem Item)> NewKeys => _newKeys;

    public IEnumerable<EntityProfile> ChangedEntities => _entities.Changed;

    public IEnumerable<EventCluster> ChangedClusters => _clusters.Changed;

    public IEnumerable<StoryProfile> ChangedStories => _stories.Changed;

    public IEnumerable<QuoteCluster> ChangedQuotes => _quotes.Changed;

    public IEnumerable<ArticleSketch> ChangedSketches => _sketches.Changed;

    /// <summary>Hands out the next sequence number.</summary>
    public long NextSeq() => ++_seq;

    /// <summary>Keys cached (their items as the store holds them), to bound memory across batches.</summary>
    public int CachedKeys => _stored.Count;

    /// <summary>
    /// Call after the store saved this batch: the batch's key rows join the cached lists they belong to (a key whose
    /// stored rows were never read is dropped from the cache and read again when needed) and change tracking
    /// starts afresh. The cache then equals the store, so linking goes on exactly as from a fresh state.
    /// </summary>
    public void Commit()
    {
        foreach (var (key, added) in _added)
        {
            if (_stored.TryGetValue(key, out var stored))
            {
                foreach (var a in added)
                {
                    if (!stored.Contains(a))
                    {
                        stored.Add(a);
                    }
                }

                stored.Sort(Newest);
                if (stored.Count > MaxPerKey)
                {
                    stored.RemoveRange(MaxPerKey, stored.Count - MaxPerKey);
                }
            }
        }

        _added.Clear();
        _addedPairs.Clear();
        _newKeys.Clear();
        _entities.Commit();
        _clusters.Commit();
        _stories.Commit();
        _quotes.Commit();
        _sketches.Commit();
    }

    /// <summary>Items holding <paramref name="key"/>, newest first, at most <see cref="MaxPerKey"/>.</summary>
    public IReadOnlyList<string> Candidates(long key)
    {
        if (!_stored.TryGetValue(key, out var stored))
        {
            Prefetch([key], _ => { });
            stored = _stored[key];
        }

        if (!_added.TryGetValue(key, out var added))
        {
            return stored.Select(s => s.Item).ToList();
        }

        var merged = new List<KeyedItem>(stored.Count + added.Count);
        merged.AddRange(stored);
        foreach (var a in added)
        {
            if (!stored.Contains(a))
            {
                merged.Add(a);
            }
        }

        merged.Sort(Newest);
        return merged.Take(MaxPerKey).Select(m => m.Item).ToList();
    }

    /// <summary>Records that <paramref name="item"/> (created at <paramref name="seq"/>) holds <paramref name="key"/>.</summary>
    public void AddKey(long key, string item, long seq)
    {
        if (!_addedPairs.Add((key, item)))
        {
            return;
        }

        // A key the store certainly lacks has no stored rows to read: its cached list is complete as it is.
        if (!_stored.ContainsKey(key) && store?.MayContain(key) != true)
        {
            _stored[key] = [];
        }

        if (!_added.TryGetValue(key, out var list))
        {
            _added[key] = list = [];
        }

        var row = new KeyedItem(seq, item);
        list.Add(row);
        _newKeys.Add((key, row));
    }

    /// <summary>Reads the store's items for many keys at once, then the profiles they lead to (<paramref name="load"/>).</summary>
    public void Prefetch(IEnumerable<long> keys, Action<IReadOnlyCollection<string>> load)
    {
        var missing = keys.Where(k => !_stored.ContainsKey(k)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = store?.Keys(missing, MaxPerKey);
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in missing)
        {
            var list = found is not null && found.TryGetValue(key, out var rows) ? rows.ToList() : [];
            _stored[key] = list;
            items.UnionWith(list.Select(r => r.Item));
        }

        load(items);
    }

    public void PrefetchEntities(IReadOnlyCollection<string> ids) => _entities.Prefetch(ids);

    public void PrefetchClusters(IReadOnlyCollection<string> ids) => _clusters.Prefetch(ids);

    public void PrefetchStories(IReadOnlyCollection<string> ids) => _stories.Prefetch(ids);

    public void PrefetchQuotes(IReadOnlyCollection<string> ids) => _quotes.Prefetch(ids);

    public void PrefetchSketches(IReadOnlyCollection<string> ids) => _sketches.Prefetch(ids);

    public EntityProfile? Entity(string id) => _entities.Get(id);

    public EventCluster? Cluster(string id) => _clusters.Get(id);

    public StoryProfile? Story(string id) => _stories.Get(id);

    public QuoteCluster? Quote(string id) => _quotes.Get(id);

    public ArticleSketch? Sketch(string id) => _sketches.Get(id);

    public void Put(EntityProfile p) => _entities.Put(p.Id, p);

    public void Put(EventCluster p) => _clusters.Put(p.Id, p);

    public void Put(StoryProfile p) => _stories.Put(p.Id, p);

    public void Put(QuoteCluster p) => _quotes.Put(p.Id, p);

    public void Put(ArticleSketch p) => _sketches.Put(p.ArticleId, p);

    static int Newest(KeyedItem x, KeyedItem y) => y.Seq != x.Seq ? y.Seq.CompareTo(x.Seq) : string.CompareOrdinal(x.Item, y.Item);

    /// <summary>Profiles of one kind: read through to the store once per id, changes tracked in first-change order.</summary>
    sealed class Table<T>(Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, T>?> read)
        where T : class
    {
        readonly Dictionary<string, T?> _rows = new(StringComparer.Ordinal);
        readonly List<string> _changedOrder = [];
        readonly HashSet<string> _changed = new(StringComparer.Ordinal);

        public IEnumerable<T> Changed => _changedOrder.Select(id => _rows[id]!);

        public void Prefetch(IReadOnlyCollection<string> ids)
        {
            var missing = ids.Where(id => !_rows.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            var found = read(missing);
            foreach (var id in missing)
            {
                _rows[id] = found is not null && found.TryGetValue(id, out var row) ? row : null;
            }
        }

        public T? Get(string id)
        {
            if (!_rows.TryGetValue(id, out var row))
            {
                Prefetch([id]);
                row = _rows[id];
            }

            return row;
        }

        public void Commit()
        {
            _changed.Clear();
            _changedOrder.Clear();
        }

        public void Put(string id, T row)
        {
            _rows[id] = row;
            if (_changed.Add(id))
            {
                _changedOrder.Add(id);
            }
        }
    }
}
