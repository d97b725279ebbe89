using Marsad.Documents;

namespace Marsad.Inputs;

/// <summary>
/// One page to clean. For .txt/.html/TREC inputs the page text is the whole decoded file; for a .jsonl input
/// it is one record's <c>text</c> or <c>html</c> value after JSON unescaping (<see cref="Line"/> says which
/// record). Clean-text offsets map into <see cref="Text"/>, which is stored unchanged.
/// <see cref="Hints"/> carries what the container already states (JSONL fields, TREC tags).
/// </summary>
public sealed record RawPage(
    string SourceFile,
    int Line,
    string Text,
    PageFormat Format,
    PageHints Hints);

/// <summary>Metadata a container states outright; cleaning prefers these over what it reads off the page.</summary>
public sealed record PageHints(
    string? Url = null,
    string? Title = null,
    string? Outlet = null,
    string? Author = null,
    string? PublishedText = null,
    TextSpan? TitleSpan = null,
    TextSpan? BodySpan = null)
{
    public static PageHints None { get; } = new();
}
