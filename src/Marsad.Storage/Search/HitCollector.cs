using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Storage.Search;

/// <summary>Collects every matching top-level document number, for facet counts over the whole result set.</summary>
internal sealed class HitCollector : ICollector
{
    int _docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void Collect(int doc) => Docs.Add(_docBase + doc);

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void SetScorer(Scorer scorer)
    {
    }
}
