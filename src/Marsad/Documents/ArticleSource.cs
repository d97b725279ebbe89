namespace Marsad.Documents;

/// <summary>
/// Where an article came from and what its page says about it. Everything here is as printed on the
/// page (or given by a JSONL record); nothing is guessed. <see cref="PublishedText"/> keeps the date as
/// printed, <see cref="Published"/> is its calendar value.
/// </summary>
public sealed record ArticleSource(
    string SourceFile,
    int IndexInFile,
    string? Url = null,
    string? Outlet = null,
    string? Author = null,
    string? Title = null,
    string? PublishedText = null,
    DateOnly? Published = null);
