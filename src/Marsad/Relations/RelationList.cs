using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Relations;

/// <summary>
/// The relations found in one document, each once: a fact stated twice (the same predicate, subject and object)
/// keeps its first span. A post is one fact however it is worded (<c>canonicalRole</c>: رئيس الحكومة is رئيس
/// الوزراء): stated once with its country and once without, it keeps the statement that names the country.
/// <see cref="Relation.Text"/> is the phrase under the span as printed.
/// </summary>
internal sealed class RelationList(Document doc)
{
    readonly List<Relation> _relations = [];
    readonly Dictionary<(RelationPredicate, string, string?), int> _seen = [];

    public void Add(RelationPredicate predicate, string? subject, string? obj, TextSpan span, string? role = null, string? canonicalRole = null)
    {
        if (subject is null || subject == obj || span.IsEmpty)
        {
            return;
        }

        var relation = new Relation(predicate, subject, obj, span, doc[span], role);
        var key = predicate == RelationPredicate.HoldsRole
            ? (predicate, subject, canonicalRole ?? (role is null ? null : ArabicFolding.Fold(role)))
            : (predicate, subject, obj);
        if (!_seen.TryGetValue(key, out var at))
        {
            _seen[key] = _relations.Count;
            _relations.Add(relation);
        }
        else if (_relations[at].ObjectId is null && obj is not null)
        {
            _relations[at] = relation;
        }
    }

    public ImmutableArray<Relation> ToImmutable() => [.. _relations.OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End)];
}
