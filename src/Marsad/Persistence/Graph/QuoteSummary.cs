using System.Collections.Immutable;

namespace Marsad.Persistence.Graph;

/// <summary>
/// A statement as the articles quote it: the speaker, the longest version's text, and its corroboration (articles,
/// independent outlets, the earliest report), with the span of every version.
/// </summary>
public sealed record QuoteSummary(
    string Id,
    NamedId? Speaker,
    string? SpeakerClass,
    string Text,
    ImmutableArray<Evidence> Versions,
    ImmutableArray<string> Outlets,
    int IndependentOutlets,
    string FirstArticle,
    DateOnly? First);
