using System.Collections.Frozen;
using Marsad.Entities.Knowledge;

namespace Marsad.CrossDocument;

/// <summary>
/// The knowledge base's places as a tree (a base in a governorate in a country), so two reports placing one event
/// at عين الأسد and in الأنبار agree, while الديوانية and بابل do not.
/// </summary>
public sealed class PlaceTree
{
    /// <summary>Parent links followed at most this far (base → district → governorate → region → country).</summary>
    public const int MaxDepth = 6;

    readonly FrozenDictionary<string, string> _parent;

    public PlaceTree(KnowledgeBase kb)
    {
        _parent = kb.Entries.Where(e => e.Parent is not null)
            .ToFrozenDictionary(e => e.EntityId, e => KnowledgeBase.IdPrefix + e.Parent, StringComparer.Ordinal);
    }

    /// <summary>The place and its ancestors, nearest first.</summary>
    public IReadOnlyList<string> Line(string placeId)
    {
        var line = new List<string> { placeId };
        var at = placeId;
        while (line.Count < MaxDepth && _parent.TryGetValue(at, out var up) && !line.Contains(up))
        {
            line.Add(up);
            at = up;
        }

        return line;
    }

    /// <summary>True when the place has no parent: a country or a place the knowledge base does not list.</summary>
    public bool IsTop(string placeId) => !_parent.ContainsKey(placeId);

    /// <summary>How two places relate: the same, one inside the other, or apart.</summary>
    public PlaceRelation Relate(string a, string b)
    {
        if (a == b)
        {
            return PlaceRelation.Same;
        }

        return Line(a).Contains(b) || Line(b).Contains(a) ? PlaceRelation.Contains : PlaceRelation.Apart;
    }
}

/// <summary>How two places relate.</summary>
public enum PlaceRelation
{
    Same,

    /// <summary>One is inside the other (عين الأسد in الأنبار).</summary>
    Contains,

    Apart,
}
