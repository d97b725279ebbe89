using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>What a brief covers: a date range (open ends allowed), and optionally one actor or one story.</summary>
public sealed record BriefScope(DateOnly? From = null, DateOnly? To = null, NamedId? Actor = null, StorySummary? Story = null)
{
    /// <summary>Whether a dated fact between <paramref name="first"/> and <paramref name="last"/> overlaps the range (undated facts do).</summary>
    public bool Covers(DateOnly? first, DateOnly? last) =>
        (From is null || (last ?? first) is not { } l || l >= From) && (To is null || (first ?? last) is not { } f || f <= To);
}
