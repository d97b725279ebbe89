using Marsad.Inputs;

namespace Marsad.Persistence;

/// <summary>
/// Everything one input file produced, stored together in one transaction: the raw bytes (kept unchanged),
/// the decoded input, its pages and their articles, and the problems met on the way (per-record errors, warnings).
/// </summary>
public sealed record AnalyzedInput(
    string GivenPath,
    string FullPath,
    ReadOnlyMemory<byte> Raw,
    DecodedInput Input,
    IReadOnlyList<AnalyzedPage> Pages,
    IReadOnlyList<InputError> Problems)
{
    public int ArticleCount => Pages.Sum(p => p.Articles.Count);
}
