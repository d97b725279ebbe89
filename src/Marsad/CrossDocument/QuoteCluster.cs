using System.Collections.Immutable;

namespace Marsad.CrossDocument;

/// <summary>
/// One statement as several articles quote it (whole, trimmed or lightly reworded). Keeps the speaker and the
/// terms of its longest version to compare new quotes with. <see cref="Id"/> is the first quote's
/// <c>articleId/q</c> + its position.
/// </summary>
public sealed record QuoteCluster(string Id, string? Speaker, long Seq)
{
    public ImmutableArray<ulong> Terms { get; init; } = [];

    public int Reports { get; init; }

    public DateOnly? First { get; init; }
}
