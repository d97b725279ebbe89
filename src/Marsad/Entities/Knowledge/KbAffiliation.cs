using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// A dated link from a knowledge-base entry to another (e.g. <c>leads&gt;quds-force@2020-01-03..</c>).
/// <see cref="From"/> and <see cref="To"/> are inclusive; null means open (not known or still true). A year-only
/// date in the table reads as 1 January (From) or 31 December (To) of that year.
/// </summary>
public sealed record KbAffiliation(RelationPredicate Predicate, string TargetId, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the link held on <paramref name="at"/> (always true when no date is asked).</summary>
    public bool HoldsAt(DateOnly? at) => KbDates.Covers(From, To, at);
}
