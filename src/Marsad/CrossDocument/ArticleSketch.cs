using System.Collections.Immutable;

namespace Marsad.CrossDocument;

/// <summary>
/// What near-duplicate detection keeps of an article: the hash of its folded text (exact copies), the MinHash of
/// its word shingles (near copies), and the stories it joined, so a later copy joins them too.
/// <see cref="Original"/> is the first article of its copy family (null when it is one).
/// </summary>
public sealed record ArticleSketch(string ArticleId, long Seq, string? Outlet, DateOnly? Date, ulong TextHash, ImmutableArray<uint> Signature)
{
    public ImmutableArray<string> Stories { get; init; } = [];

    public string? Original { get; init; }
}
