using System.Collections.Immutable;

namespace Marsad.Documents;

/// <summary>A publication date the page does not print but its text pins (e.g. اليوم الخميس + a dated event), with the evidence.</summary>
public sealed record InferredDate(DateOnly Date, string Rule, ImmutableArray<TextSpan> Evidence);
