namespace Marsad.Entities.Knowledge;

/// <summary>
/// A title a person held (e.g. رئيس الوزراء of <c>iraq</c> from 2020-05-07 to 2022-10-27). <see cref="Title"/> is
/// the Arabic as written in the table; <see cref="TitleFolded"/> its <c>ArabicFolding</c> form, which role phrases
/// in text are compared with. <see cref="OfId"/> is the organisation or country the title belongs to.
/// </summary>
public sealed record KbRole(string Title, string TitleFolded, string? OfId, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the title was held on <paramref name="at"/> (always true when no date is asked).</summary>
    public bool HoldsAt(DateOnly? at) => KbDates.Covers(From, To, at);
}
