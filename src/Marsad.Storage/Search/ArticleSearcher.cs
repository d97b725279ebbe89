using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Marsad.Entities.Knowledge;

namespace Marsad.Storage.Search;

/// <summary>
/// Runs one <see cref="SearchRequest"/> against an index snapshot: the text query (<see cref="QueryBuilder"/>)
/// filtered by the facets, a page of hits with highlighted snippets, and facet counts over all matches.
/// </summary>
internal sealed class ArticleSearcher(KnowledgeBase kb)
{
    /// <summary>How many values each facet lists: enough to pick from, few enough to read.</summary>
    public const int FacetValues = 15;

    static readonly HashSet<string> HitFields = [SearchFields.Id, SearchFields.Title, SearchFields.Text, SearchFields.Outlet, SearchFields.Published];

    readonly QueryBuilder _queries = new(kb);

    public SearchResult Search(IndexSnapshot snapshot, SearchRequest request, IndexState state)
    {
        var parsed = _queries.Build(request.Text);
        var filter = Filter(request);
        var query = parsed.Query ?? new MatchAllDocsQuery();
        if (filter is not null)
        {
            query = new FilteredQuery(query, new QueryWrapperFilter(filter));
        }

        var wanted = (request.Page + 1) * request.Size;
        var byDate = request.ByDate || parsed.Query is null;
        ITopDocsCollector top = byDate
            ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.DaySort, SortFieldType.INT32, true)), wanted, false, true, false, false)
            : TopScoreDocCollector.Create(wanted, false);
        var all = new HitCollector();
        snapshot.Searcher.Search(query, MultiCollector.Wrap((ICollector)top, all));
        var docs = top.GetTopDocs(request.Page * request.Size, request.Size);

        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            var stored = snapshot.Searcher.Doc(scoreDoc.Doc, HitFields);
            var published = stored.Get(SearchFields.Published) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            hits.Add(new SearchHit(
                stored.Get(SearchFields.Id),
                stored.Get(SearchFields.Outlet),
                published,
                float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
                request.Snippets ? SnippetMaker.Whole(stored.Get(SearchFields.Title), parsed.Highlight) : [],
                request.Snippets ? SnippetMaker.FromVectors(snapshot.Reader, scoreDoc.Doc, stored.Get(SearchFields.Text) ?? string.Empty, parsed.Highlight) : []));
        }

        return new SearchResult(docs.TotalHits, hits, Count(snapshot.Facets, all.Docs), parsed.Expansions, state);
    }

    static BooleanQuery? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        AnyOf(filter, SearchFields.Outlet, request.Outlets);
        AnyOf(filter, SearchFields.Actor, request.Actors);
        AnyOf(filter, SearchFields.Category, request.Categories);
        AnyOf(filter, SearchFields.Place, request.Places);
        if (request.From is not null || request.To is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(SearchFields.Day, request.From?.DayNumber, request.To?.DayNumber, true, true), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : filter;
    }

    static void AnyOf(BooleanQuery filter, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        filter.Add(any, Occur.MUST);
    }

    SearchFacets Count(FacetTable table, List<int> docs)
    {
        var outlets = new int[table.OutletNames.Count];
        var actors = new int[table.ActorIds.Count];
        var categories = new int[table.CategoryNames.Count];
        var places = new int[table.PlaceIds.Count];
        var months = new SortedDictionary<int, int>();
        foreach (var doc in docs)
        {
            if (table.Outlet[doc] >= 0)
            {
                outlets[table.Outlet[doc]]++;
            }

            if (table.Month[doc] >= 0)
            {
                months[table.Month[doc]] = months.GetValueOrDefault(table.Month[doc]) + 1;
            }

            Add(actors, table.Actors[doc]);
            Add(categories, table.Categories[doc]);
            Add(places, table.Places[doc]);
        }

        return new SearchFacets(
            Top(outlets, o => new FacetCount(table.OutletNames[o], table.OutletNames[o], outlets[o])),
            [.. months.Select(m => Month(m.Key, m.Value))],
            Top(actors, o => Entity(table.ActorIds[o], actors[o])),
            Top(categories, o => new FacetCount(table.CategoryNames[o], table.CategoryNames[o], categories[o])),
            Top(places, o => Entity(table.PlaceIds[o], places[o])));
    }

    static FacetCount Month(int month, int count)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{month % 12 + 1:D2}");
        return new FacetCount(value, value, count);
    }

    FacetCount Entity(string id, int count) =>
        kb.Get(id) is { } e ? new FacetCount(id, e.NameAr, count, e.NameEn) : new FacetCount(id, id, count);

    static void Add(int[] counts, int[] ordinals)
    {
        foreach (var o in ordinals)
        {
            counts[o]++;
        }
    }

    static List<FacetCount> Top(int[] counts, Func<int, FacetCount> make)
    {
        var order = new List<int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                order.Add(i);
            }
        }

        order.Sort((a, b) => counts[b] != counts[a] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
        return [.. order.Take(FacetValues).Select(make)];
    }
}
