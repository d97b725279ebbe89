using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Workspace;

/// <summary>
/// An in-memory snapshot of the store's current articles and their cross-article facts (entities, events,
/// relations, which knowledge-base entities each article mentions), loaded once per store fingerprint, so the
/// timeline, map, graph, actor and story views filter and aggregate in memory instead of scanning JSON columns
/// per request. Article texts stay in the store; each event keeps its sentence.
/// </summary>
internal sealed class WorkspaceCatalog
{
    public required string Fingerprint { get; init; }

    public required Dictionary<string, ArticleInfo> Articles { get; init; }

    public required Dictionary<string, EntityRow> Entities { get; init; }

    /// <summary>Events of current articles, by date (undated last), then id.</summary>
    public required List<EventRow> Events { get; init; }

    public required List<RelationRow> Relations { get; init; }

    /// <summary>The knowledge-base entities each article mentions.</summary>
    public required Dictionary<string, string[]> ArticleEntities { get; init; }

    public static WorkspaceCatalog Load(SqliteConnection connection)
    {
        var fingerprint = StoreConnection.Fingerprint(connection);
        var articles = new Dictionary<string, ArticleInfo>(StringComparer.Ordinal);
        Read(connection, $"SELECT id, title, outlet, published FROM articles WHERE input_id IN ({StoreConnection.CurrentInputIds})", r =>
            articles[r.GetString(0)] = new ArticleInfo(r.GetString(0), Str(r, 1), Str(r, 2), Date(r, 3)));

        var entities = new Dictionary<string, EntityRow>(StringComparer.Ordinal);
        Read(connection, "SELECT id, kind, name, name_en, wikidata, in_kb, sector, country, lat, lon, aliases FROM entities", r =>
            entities[r.GetString(0)] = new EntityRow(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), r.GetInt32(5) != 0,
                Str(r, 6), Str(r, 7), r.IsDBNull(8) ? null : r.GetDouble(8), r.IsDBNull(9) ? null : r.GetDouble(9), Strings(r.GetString(10))));

        var events = new List<EventRow>();
        string? textOf = null;
        string? text = null;
        Read(connection, """
            SELECT e.id, e.article_id, e.category, e.date_start, e.date_end, e.date_precision, e.actors, e.recipients, e.place_id,
                   e.dead, e.injured, e.flags, e.modes, e.span_start, e.span_end, e.trigger_start, e.trigger_end, a.text
            FROM events e JOIN articles a ON a.id = e.article_id
            ORDER BY e.article_id, e.ord
            """, r =>
        {
            var articleId = r.GetString(1);
            if (!articles.ContainsKey(articleId))
            {
                return;
            }

            if (textOf != articleId)
            {
                (textOf, text) = (articleId, r.GetString(17));
            }

            events.Add(new EventRow(r.GetString(0), articleId, r.GetString(2), Date(r, 3), Date(r, 4), r.GetString(5),
                Strings(r.GetString(6)), Strings(r.GetString(7)), Str(r, 8), Int(r, 9), Int(r, 10), Strings(r.GetString(11)), Strings(r.GetString(12)),
                Cut(text!, r.GetInt32(13), r.GetInt32(14)), Cut(text!, r.GetInt32(15), r.GetInt32(16))));
        });
        events.Sort((a, b) => (a.Date, b.Date) switch
        {
            (null, null) => string.CompareOrdinal(a.Id, b.Id),
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => x != y ? x.Value.CompareTo(y.Value) : string.CompareOrdinal(a.Id, b.Id),
        });

        var relations = new List<RelationRow>();
        Read(connection, "SELECT article_id, predicate, subject_id, object_id, role FROM relations ORDER BY article_id, ord", r =>
        {
            if (articles.ContainsKey(r.GetString(0)))
            {
                relations.Add(new RelationRow(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4)));
            }
        });

        var mentioned = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Read(connection, "SELECT DISTINCT article_id, entity_id FROM mentions WHERE entity_id LIKE 'kb:%'", r =>
        {
            if (articles.ContainsKey(r.GetString(0)))
            {
                if (!mentioned.TryGetValue(r.GetString(0), out var list))
                {
                    mentioned[r.GetString(0)] = list = [];
                }

                list.Add(r.GetString(1));
            }
        });

        return new WorkspaceCatalog
        {
            Fingerprint = fingerprint,
            Articles = articles,
            Entities = entities,
            Events = events,
            Relations = relations,
            ArticleEntities = mentioned.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    public ArticleRef RefOf(string articleId) => Articles.TryGetValue(articleId, out var a)
        ? new ArticleRef(a.Id, a.Title, a.Outlet, Iso(a.Published))
        : new ArticleRef(articleId, null, null, null);

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static void Read(SqliteConnection connection, string sql, Action<SqliteDataReader> row)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    static string Cut(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start < end ? text[start..end].ReplaceLineEndings(" ") : string.Empty;

    static string? Str(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetString(at);

    static int? Int(SqliteDataReader r, int at) => r.IsDBNull(at) ? null : r.GetInt32(at);

    static DateOnly? Date(SqliteDataReader r, int at) =>
        r.IsDBNull(at) ? null : DateOnly.ParseExact(r.GetString(at), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string[] Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}

/// <summary>An article's metadata in the catalog.</summary>
internal sealed record ArticleInfo(string Id, string? Title, string? Outlet, DateOnly? Published);

/// <summary>An entity row of the store.</summary>
internal sealed record EntityRow(string Id, string Kind, string Name, string? NameEn, string? Wikidata, bool InKb, string? Sector, string? Country, double? Lat, double? Lon, string[] Aliases);

/// <summary>An event row of the store, with its sentence and trigger text cut from the article.</summary>
internal sealed record EventRow(
    string Id, string ArticleId, string Category, DateOnly? Date, DateOnly? DateEnd, string Precision, string[] Actors, string[] Recipients,
    string? PlaceId, int? Dead, int? Injured, string[] Flags, string[] Modes, string Sentence, string Trigger);

/// <summary>A relation row of the store.</summary>
internal sealed record RelationRow(string ArticleId, string Predicate, string Subject, string? Object, string? Role);
