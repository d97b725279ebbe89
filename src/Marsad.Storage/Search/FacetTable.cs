using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marsad.Storage.Search;

/// <summary>
/// The facet values and hit fields (id, title, outlet, day) of every live document of one index reader, held in
/// arrays by top-level document number, so counting the facets of a result set is a loop over integers and a page of
/// hits needs no stored-field reads (decompressing stored fields was the largest cost of a search). Built once per
/// reader from the stored fields; immutable afterwards and shared by concurrent searches.
/// </summary>
internal sealed class FacetTable
{
    static readonly HashSet<string> Fields = [SearchFields.Id, SearchFields.Title, SearchFields.Outlet, SearchFields.Published, SearchFields.Actor, SearchFields.Category, SearchFields.Place];

    FacetTable(int size)
    {
        Ids = new string?[size];
        Titles = new string?[size];
        Outlet = new int[size];
        Day = new int[size];
        Month = new int[size];
        Actors = new int[size][];
        Categories = new int[size][];
        Places = new int[size][];
    }

    /// <summary>The article id of each document; null for deleted documents.</summary>
    public string?[] Ids { get; }

    /// <summary>The title of each document, or null.</summary>
    public string?[] Titles { get; }

    /// <summary>Ordinal into <see cref="OutletNames"/>, or -1.</summary>
    public int[] Outlet { get; }

    /// <summary>Publication day (<see cref="DateOnly.DayNumber"/>), or -1.</summary>
    public int[] Day { get; }

    /// <summary>Publication month as year × 12 + month − 1, or -1: the month facet counts integers, not strings.</summary>
    public int[] Month { get; }

    public int[][] Actors { get; }

    public int[][] Categories { get; }

    public int[][] Places { get; }

    public Ordinals OutletNames { get; } = new();

    public Ordinals ActorIds { get; } = new();

    public Ordinals CategoryNames { get; } = new();

    public Ordinals PlaceIds { get; } = new();

    /// <summary>The number of live documents.</summary>
    public int Count { get; private set; }

    public static FacetTable Build(IndexReader reader)
    {
        var table = new FacetTable(reader.MaxDoc);
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            table.Outlet[doc] = -1;
            table.Day[doc] = -1;
            table.Month[doc] = -1;
            table.Actors[doc] = table.Categories[doc] = table.Places[doc] = [];
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var stored = reader.Document(doc, Fields);
            table.Ids[doc] = stored.Get(SearchFields.Id);
            table.Titles[doc] = stored.Get(SearchFields.Title);
            if (stored.Get(SearchFields.Outlet) is { } outlet)
            {
                table.Outlet[doc] = table.OutletNames.Of(outlet);
            }

            if (stored.Get(SearchFields.Published) is { } published && DateOnly.TryParseExact(published, "yyyy-MM-dd", out var day))
            {
                table.Day[doc] = day.DayNumber;
                table.Month[doc] = day.Year * 12 + day.Month - 1;
            }

            table.Actors[doc] = Ordinalize(stored.GetValues(SearchFields.Actor), table.ActorIds);
            table.Categories[doc] = Ordinalize(stored.GetValues(SearchFields.Category), table.CategoryNames);
            table.Places[doc] = Ordinalize(stored.GetValues(SearchFields.Place), table.PlaceIds);
            table.Count++;
        }

        return table;
    }

    static int[] Ordinalize(string[] values, Ordinals ordinals)
    {
        if (values.Length == 0)
        {
            return [];
        }

        var result = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = ordinals.Of(values[i]);
        }

        return result;
    }

    /// <summary>A growing table of distinct strings and their ordinals.</summary>
    internal sealed class Ordinals
    {
        readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
        readonly List<string> _values = [];

        public int Count => _values.Count;

        public string this[int ordinal] => _values[ordinal];

        public int Of(string value)
        {
            if (!_ordinals.TryGetValue(value, out var ordinal))
            {
                ordinal = _values.Count;
                _ordinals[value] = ordinal;
                _values.Add(value);
            }

            return ordinal;
        }
    }
}
