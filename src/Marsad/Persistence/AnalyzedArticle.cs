using Marsad.Cleaning;
using Marsad.Documents;

namespace Marsad.Persistence;

/// <summary>An article ready to store: what cleaning made of it and the document the pipeline built from that.</summary>
public sealed record AnalyzedArticle(CleanArticle Clean, Document Document)
{
    public string Id => Document.Id;
}
