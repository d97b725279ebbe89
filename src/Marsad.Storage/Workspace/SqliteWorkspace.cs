using Marsad.Entities.Knowledge;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Workspace;

/// <summary>
/// The workspace over one SQLite store: per-article tables aggregated by entity id (knowledge-base ids are global).
/// Each query opens its own read-only connection, so requests run in parallel beside an analyze run writing to the
/// same file. Cross-article views work on a <see cref="WorkspaceCatalog"/> reloaded when the store's fingerprint
/// moves (checked at most once per <see cref="FreshnessInterval"/>).
/// </summary>
public sealed partial class SqliteWorkspace : IWorkspace
{
    static readonly TimeSpan FreshnessInterval = TimeSpan.FromSeconds(1);

    readonly string _dbPath;
    readonly ActorLabels _labels;
    readonly SemaphoreSlim _loading = new(1, 1);
    WorkspaceCatalog? _catalog;
    long _checkedAt;

    public SqliteWorkspace(string dbPath, KnowledgeBase kb)
    {
        _dbPath = Path.GetFullPath(dbPath);
        _labels = new ActorLabels(kb);
        using var connection = Open();
    }

    public async Task<WorkspaceSummary> SummaryAsync(CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        using var connection = Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM quotes WHERE article_id IN (SELECT id FROM articles WHERE input_id IN ({StoreConnection.CurrentInputIds}))";
        var quotes = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var outlets = catalog.Articles.Values.GroupBy(a => a.Outlet ?? string.Empty)
            .Select(g => new OutletCount(g.Key, g.Count())).OrderByDescending(o => o.Articles).ThenBy(o => o.Outlet, StringComparer.Ordinal).ToList();
        var dates = catalog.Articles.Values.Where(a => a.Published is not null).Select(a => a.Published!.Value).ToList();
        return new WorkspaceSummary(
            catalog.Articles.Count,
            catalog.Events.Count,
            catalog.Entities.Count,
            quotes,
            outlets,
            WorkspaceCatalog.Iso(dates.Count == 0 ? null : dates.Min()),
            WorkspaceCatalog.Iso(dates.Count == 0 ? null : dates.Max()),
            [.. catalog.Events.Select(e => e.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<CoActor>> ActorsAsync(string? kind, string? name, int limit, CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in catalog.ArticleEntities.Values)
        {
            foreach (var id in ids)
            {
                articles[id] = articles.GetValueOrDefault(id) + 1;
            }
        }

        var events = EventCounts(catalog);
        foreach (var id in events.Keys.Where(id => !articles.ContainsKey(id)))
        {
            articles[id] = 0;
        }

        var folded = name is null ? null : Arabic.ArabicFolding.Fold(name);
        if (folded is not null)
        {
            // A name search also offers the knowledge base's actors no article names: a camp such as Quds Force is
            // what a user picks to follow its affiliated groups, even when the articles only name the groups.
            foreach (var entry in _labels.Kb.Entries)
            {
                if (Arabic.ArabicFolding.Fold(entry.NameAr).Contains(folded, StringComparison.Ordinal)
                    || entry.NameEn.Contains(name!, StringComparison.OrdinalIgnoreCase))
                {
                    articles.TryAdd(entry.EntityId, 0);
                }
            }
        }

        return [.. articles.Keys
            .Select(id => new CoActor(_labels.Ref(id, catalog), events.GetValueOrDefault(id), articles[id]))
            .Where(a => kind is null || a.Actor.Kind == kind || (kind == "class" && a.Actor.IsClass))
            .Where(a => folded is null || Arabic.ArabicFolding.Fold(a.Actor.Name).Contains(folded, StringComparison.Ordinal)
                || (a.Actor.NameEn?.Contains(name!, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderByDescending(a => a.Articles + a.Events).ThenBy(a => a.Actor.Id, StringComparer.Ordinal)
            .Take(limit)];
    }

    static Dictionary<string, int> EventCounts(WorkspaceCatalog catalog)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in catalog.Events)
        {
            foreach (var id in e.Actors.Concat(e.Recipients).Distinct(StringComparer.Ordinal))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts;
    }

    EventView View(EventRow e, WorkspaceCatalog catalog) => new(
        e.Id,
        e.ArticleId,
        e.Category,
        WorkspaceCatalog.Iso(e.Date),
        WorkspaceCatalog.Iso(e.DateEnd),
        e.Precision,
        [.. e.Actors.Select(id => _labels.Ref(id, catalog))],
        [.. e.Recipients.Select(id => _labels.Ref(id, catalog))],
        e.PlaceId is null ? null : _labels.Ref(e.PlaceId, catalog),
        e.Dead,
        e.Injured,
        e.Flags,
        e.Modes,
        e.Sentence,
        e.Trigger,
        catalog.RefOf(e.ArticleId));

    SqliteConnection Open() => StoreConnection.OpenReadOnly(_dbPath);

    async Task<WorkspaceCatalog> CatalogAsync(CancellationToken ct)
    {
        var now = Environment.TickCount64;
        var catalog = _catalog;
        if (catalog is not null && now - Interlocked.Read(ref _checkedAt) < FreshnessInterval.TotalMilliseconds)
        {
            return catalog;
        }

        await _loading.WaitAsync(ct);
        try
        {
            using var connection = Open();
            if (_catalog is null || _catalog.Fingerprint != StoreConnection.Fingerprint(connection))
            {
                _catalog = WorkspaceCatalog.Load(connection);
            }

            Interlocked.Exchange(ref _checkedAt, Environment.TickCount64);
            return _catalog;
        }
        finally
        {
            _loading.Release();
        }
    }
}
