using Marsad.CrossDocument;
using Marsad.Persistence;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Graph;

/// <summary>
/// <see cref="ILinkIndex"/> over the graph tables. Keys are read by prepared point queries; many profiles at once
/// through a temporary table of their ids joined with the profile table (one statement per call).
/// </summary>
internal sealed class SqliteLinkIndex : ILinkIndex, IDisposable
{
    /// <summary>Below this many ids, point queries are cheaper than filling the temporary table.</summary>
    const int BulkFrom = 8;

    readonly SqliteConnection _connection;
    readonly SqliteCommand _key;
    readonly Dictionary<string, SqliteCommand> _profile = new(StringComparer.Ordinal);
    KeyFilter? _filter;

    public SqliteLinkIndex(SqliteConnection connection)
    {
        _connection = connection;
        Execute("""
            CREATE TEMP TABLE IF NOT EXISTS lookup_ids (id TEXT PRIMARY KEY);
            """);
        // Ties in seq (one article's several clusters under one key) in LinkState's order, item ascending: the
        // index alone would return them descending, and a cut at the cap would keep other items than a rebuild.
        _key = Prepare("SELECT seq, item FROM graph_keys WHERE key = $a ORDER BY seq DESC, item LIMIT $b", 2);
    }

    public long LastSeq
    {
        get
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT value FROM graph_meta WHERE name = 'last_seq'";
            return cmd.ExecuteScalar() is string s ? long.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
    }

    public IReadOnlyDictionary<long, IReadOnlyList<KeyedItem>> Keys(IReadOnlyCollection<long> keys, int perKey)
    {
        // One point query per key: the primary key (key, seq, item) reads the newest rows first and stops at the cap,
        // where a join would read every row of a busy key.
        var result = new Dictionary<long, IReadOnlyList<KeyedItem>>(keys.Count);
        var filter = Filter();
        foreach (var key in keys)
        {
            if (!filter.MayContain(key))
            {
                result[key] = [];
                continue;
            }

            _key.Parameters[0].Value = key;
            _key.Parameters[1].Value = perKey;
            var list = new List<KeyedItem>();
            using (var reader = _key.ExecuteReader())
            {
                while (reader.Read())
                {
                    list.Add(new KeyedItem(reader.GetInt64(0), reader.GetString(1)));
                }
            }

            result[key] = list;
        }

        return result;
    }

    public bool MayContain(long key) => Filter().MayContain(key);

    /// <summary>Notes keys written by a batch, so the filter keeps answering for them.</summary>
    public void Added(IEnumerable<long> keys)
    {
        if (_filter is { } filter)
        {
            foreach (var key in keys)
            {
                filter.Add(key);
            }

            // An overfull filter answers "maybe" for nearly every key (a 10x rebuild outgrew its first filter four
            // times over): build it again, twice the store's size, on next use. Doubling keeps the re-reads linear.
            if (filter.IsFull)
            {
                _filter = null;
            }
        }
    }

    /// <summary>Forgets the filter (after the keys were deleted).</summary>
    public void Reset() => _filter = null;

    KeyFilter Filter()
    {
        if (_filter is null)
        {
            using var count = _connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM graph_keys";
            var filter = new KeyFilter(Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT key FROM graph_keys";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                filter.Add(r.GetInt64(0));
            }

            _filter = filter;
        }

        return _filter;
    }

    public IReadOnlyDictionary<string, EntityProfile> Entities(IReadOnlyCollection<string> ids) =>
        Profiles("graph_entities", ids, ProfileCodec.DecodeEntity);

    public IReadOnlyDictionary<string, EventCluster> Clusters(IReadOnlyCollection<string> ids) =>
        Profiles("graph_clusters", ids, ProfileCodec.DecodeCluster);

    public IReadOnlyDictionary<string, StoryProfile> Stories(IReadOnlyCollection<string> ids) =>
        Profiles("graph_stories", ids, ProfileCodec.DecodeStory);

    public IReadOnlyDictionary<string, QuoteCluster> Quotes(IReadOnlyCollection<string> ids) =>
        Profiles("graph_quote_clusters", ids, ProfileCodec.DecodeQuote);

    public IReadOnlyDictionary<string, ArticleSketch> Sketches(IReadOnlyCollection<string> ids)
    {
        var result = new Dictionary<string, ArticleSketch>(StringComparer.Ordinal);
        foreach (var (id, blob) in Blobs("graph_sketches", "article_id", ids))
        {
            result[id] = ProfileCodec.DecodeSketch(id, blob);
        }

        return result;
    }

    public void Dispose()
    {
        _key.Dispose();
        foreach (var cmd in _profile.Values)
        {
            cmd.Dispose();
        }
    }

    Dictionary<string, T> Profiles<T>(string table, IReadOnlyCollection<string> ids, Func<string, byte[], T> decode)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (id, blob) in Blobs(table, "id", ids))
        {
            result[id] = decode(id, blob);
        }

        return result;
    }

    IEnumerable<(string Id, byte[] Blob)> Blobs(string table, string idColumn, IReadOnlyCollection<string> ids)
    {
        var rows = new List<(string, byte[])>();
        if (ids.Count < BulkFrom)
        {
            if (!_profile.TryGetValue(table, out var point))
            {
                _profile[table] = point = Prepare($"SELECT {idColumn}, profile FROM {table} WHERE {idColumn} = $a AND profile IS NOT NULL", 1);
            }

            foreach (var id in ids)
            {
                point.Parameters[0].Value = id;
                using var reader = point.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
                }
            }

            return rows;
        }

        Fill("lookup_ids", "id", ids);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = BulkSql(table, idColumn);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add((r.GetString(0), (byte[])r.GetValue(1)));
        }

        return rows;
    }

    /// <summary>
    /// Many profiles by id. The ids drive the loop (SQLite never reorders a CROSS JOIN): with a plain JOIN the planner
    /// scanned the whole of a WITHOUT ROWID table such as graph_sketches once per call, a cost that grew with the store.
    /// </summary>
    internal static string BulkSql(string table, string idColumn) =>
        $"SELECT t.{idColumn}, t.profile FROM temp.lookup_ids l CROSS JOIN {table} t ON t.{idColumn} = l.id WHERE t.profile IS NOT NULL";

    void Fill(string table, string column, IEnumerable<object> values)
    {
        // One transaction for the whole fill: a statement per row outside one is a journal sync per row.
        using var tx = _connection.BeginTransaction();
        using (var clear = _connection.CreateCommand())
        {
            clear.Transaction = tx;
            clear.CommandText = $"DELETE FROM temp.{table}";
            clear.ExecuteNonQuery();
        }

        using var insert = _connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT OR IGNORE INTO temp.{table}({column}) VALUES ($a)";
        var parameter = insert.Parameters.Add(new SqliteParameter("$a", null));
        insert.Prepare();
        foreach (var v in values)
        {
            parameter.Value = v;
            insert.ExecuteNonQuery();
        }

        tx.Commit();
    }

    SqliteCommand Prepare(string sql, int parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            cmd.Parameters.Add(new SqliteParameter("$" + (char)('a' + i), null));
        }

        cmd.Prepare();
        return cmd;
    }

    void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
