using System.Collections.Frozen;
using Marsad.Entities.Knowledge;

namespace Marsad.Events;

/// <summary>
/// How specific each knowledge-base place is: its depth in the parent chain of data/kb (a country 0, a governorate
/// 1, a city 2, a base or district 3 …). The event's place is the most specific one its sentence names.
/// </summary>
public sealed class PlaceDepths
{
    // Parent chains in the tables are short (base → city → governorate → region → country); a longer chain is a cycle.
    const int MaxDepth = 8;

    readonly FrozenDictionary<string, int> _depths;
    readonly FrozenDictionary<string, string> _parents;

    public PlaceDepths(IReadOnlyDictionary<string, int> depths, IReadOnlyDictionary<string, string>? parents = null)
    {
        _depths = depths.ToFrozenDictionary(StringComparer.Ordinal);
        _parents = (parents ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No knowledge base: every place has depth 0 and the entity kind decides (LOC over GPE).</summary>
    public static PlaceDepths None { get; } = new(new Dictionary<string, int>());

    /// <summary>Depths of every place of <paramref name="kb"/>, keyed by entity id (kb:…).</summary>
    public static PlaceDepths From(KnowledgeBase kb)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in kb.Entries)
        {
            if (e.Kind is Documents.EntityKind.GeoPolitical or Documents.EntityKind.Location)
            {
                parents[e.Id] = e.Parent;
            }
        }

        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var parentIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, parent) in parents)
        {
            if (parent is not null)
            {
                parentIds[KnowledgeBase.IdPrefix + id] = KnowledgeBase.IdPrefix + parent;
            }

            var depth = 0;
            for (var p = parents[id]; p is not null && depth < MaxDepth; p = parents.GetValueOrDefault(p))
            {
                depth++;
            }

            depths[KnowledgeBase.IdPrefix + id] = depth;
        }

        return new PlaceDepths(depths, parentIds);
    }

    /// <summary>The place and its ancestors, nearest first (القائم، الأنبار، العراق).</summary>
    public IReadOnlyList<string> Line(string placeId)
    {
        var line = new List<string> { placeId };
        for (var p = placeId; line.Count <= MaxDepth && _parents.TryGetValue(p, out var parent) && !line.Contains(parent); p = parent)
        {
            line.Add(parent);
        }

        return line;
    }

    /// <summary>True when <paramref name="inner"/> lies inside <paramref name="outer"/> (القائم in الأنبار in العراق).</summary>
    public bool Within(string inner, string outer) => inner != outer && Line(inner).Contains(outer);

    /// <summary>True when the knowledge base gives the place a parent (a country, or a place it does not list, has none).</summary>
    public bool HasParent(string placeId) => _parents.ContainsKey(placeId);

    /// <summary>The depth of a place id, or null when the knowledge base does not list it.</summary>
    public int? DepthOf(string id) => _depths.TryGetValue(id, out var d) ? d : null;
}
