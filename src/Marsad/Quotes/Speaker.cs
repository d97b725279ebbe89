using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Who said it, as resolved: an entity id (with the span naming it), or a source class (with the phrase), or only a
/// span for a speaker named by a role nobody resolved (المتحدث باسم الحركة). <see cref="ClassEntry"/> is the
/// source-class row, kept so a later definite phrase (المسؤولون) can take up the same class.
/// </summary>
internal readonly record struct Speaker(string? Id, TextSpan? Span, string? Class, int ClassEntry = -1);
