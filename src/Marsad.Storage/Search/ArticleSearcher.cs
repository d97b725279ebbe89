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

    readonly QueryBuilder _queries = new(kb);

    /// <summary>
    /// Runs the search. <paramref name="texts"/> gives the store's text of the hits on the page (the index keeps no
    /// copy of the text: term vectors say where the matches are, and the store holds the characters).
    /// </summary>
    public SearchResult Search(IndexSnapshot snapshot, SearchRequest request, IndexState state, Func<IReadOnlyList<string>, IReadOnlyDictionary<string, string>> texts)
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
        var all = new FacetCounter(snapshot.Facets);
        snapshot.Searcher.Search(query, MultiCollector.Wrap((ICollector)top, all));
        var docs = top.GetTopDocs(request.Page * request.Size, request.Size);

        var table = snapshot.Facets;
        var ids = new List<string>(docs.ScoreDocs.Length);
        foreach (var scoreDoc in docs.ScoreDocs)
        {
            ids.Add(table.Ids[scoreDoc.Doc] ?? string.Empty);
        }

        var bodies = request.Snippets && ids.Count > 0 ? texts(ids) : null;
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        for (var i = 0; i < docs.ScoreDocs.Length; i++)
        {
            var doc = docs.ScoreDocs[i].Doc;
            var score = docs.ScoreDocs[i].Score;
            var text = bodies?.GetValueOrDefault(ids[i]);
            hits.Add(new SearchHit(
                ids[i],
                table.Outlet[doc] >= 0 ? table.OutletNames[table.Outlet[doc]] : null,
                table.Day[doc] >= 0 ? DateOnly.FromDayNumber(table.Day[doc]) : null,
                float.IsNaN(score) ? 0 : score,
                request.Snippets ? SnippetMaker.Whole(table.Titles[doc], parsed.Highlight) : [],
                // An article superseded since this snapshot has no text in the store any more: no snippet, still a hit.
                text is null ? [] : SnippetMaker.FromVectors(snapshot.Reader, doc, text, parsed.Highlight)));
        }

        return new SearchResult(docs.TotalHits, hits, Facets(table, all), parsed.Expansions, state);
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

    SearchFacets Facets(FacetTable table, FacetCounter counts) => new(
        Top(counts.Outlets, o => new FacetCount(table.OutletNames[o], table.OutletNames[o], counts.Outlets[o])),
        [.. counts.Months.OrderBy(m => m.Key).Select(m => Month(m.Key, m.Value))],
        Top(counts.Actors, o => Entity(table.ActorIds[o], counts.Actors[o])),
        Top(counts.Categories, o => new FacetCount(table.CategoryNames[o], table.CategoryNames[o], counts.Categories[o])),
        Top(counts.Places, o => Entity(table.PlaceIds[o], counts.Places[o])));

    static FacetCount Month(int month, int count)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{month % 12 + 1:D2}");
        return new FacetCount(value, value, count);
    }

    FacetCount Entity(string id, int count) =>
        kb.Get(id) is { } e ? new FacetCount(id, e.NameAr, count, e.NameEn) : new FacetCount(id, id, count);

    /// <summary>The <see cref="FacetValues"/> most frequent values (ties by ordinal), kept in a small sorted array while scanning.</summary>
    static List<FacetCount> Top(int[] counts, Func<int, FacetCount> make)
    {
        Span<int> best = stackalloc int[FacetValues];
        var n = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0 || (n == FacetValues && counts[i] <= counts[best[n - 1]]))
            {
                continue;
            }

            // Insert i after every kept value with a count at least as high (earlier ordinals win ties).
            var at = n < FacetValues ? n : n - 1;
            while (at > 0 && counts[best[at - 1]] < counts[i])
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = i;
            n = Math.Min(n + 1, FacetValues);
        }

        var top = new List<FacetCount>(n);
        foreach (var o in best[..n])
        {
            top.Add(make(o));
        }

        return top;
    }
}
