using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Storage.Search;

/// <summary>
/// Counts the facet values of every matching document as the search collects it (no list of hits is kept: a common
/// word matches thousands of articles, and the list's growth was a visible share of a search's allocations).
/// </summary>
internal sealed class FacetCounter(FacetTable table) : ICollector
{
    int _docBase;

    public int[] Outlets { get; } = new int[table.OutletNames.Count];

    public int[] Actors { get; } = new int[table.ActorIds.Count];

    public int[] Categories { get; } = new int[table.CategoryNames.Count];

    public int[] Places { get; } = new int[table.PlaceIds.Count];

    /// <summary>Matches per month (year × 12 + month − 1).</summary>
    public Dictionary<int, int> Months { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc)
    {
        doc += _docBase;
        if (table.Outlet[doc] is var outlet and >= 0)
        {
            Outlets[outlet]++;
        }

        if (table.Month[doc] is var month and >= 0)
        {
            Months[month] = Months.GetValueOrDefault(month) + 1;
        }

        Add(Actors, table.Actors[doc]);
        Add(Categories, table.Categories[doc]);
        Add(Places, table.Places[doc]);
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void SetScorer(Scorer scorer)
    {
    }

    static void Add(int[] counts, int[] ordinals)
    {
        foreach (var o in ordinals)
        {
            counts[o]++;
        }
    }
}
