namespace Marsad.Documents;

/// <summary>
/// A relation between two entities, or between an entity and a role. <see cref="Span"/> covers the phrase it was
/// read from and <see cref="Text"/> keeps that raw phrase beside the resolved relation. For
/// <see cref="RelationPredicate.HoldsRole"/>, <see cref="Role"/> is the title and <see cref="ObjectId"/> the
/// organisation or country it is a title of (null when the text gives none).
/// </summary>
public sealed record Relation(
    RelationPredicate Predicate,
    string SubjectId,
    string? ObjectId,
    TextSpan Span,
    string Text,
    string? Role = null);
