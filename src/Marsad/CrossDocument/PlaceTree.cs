using System.Collections.Frozen;
using Marsad.Entities.Knowledge;
using Marsad.Events;

namespace Marsad.CrossDocument;

/// <summary>
/// The knowledge base's places as a tree (a base in a governorate in a country), so two reports placing one event
/// at عين الأسد and in الأنبار agree, while الديوانية and بابل do not.
/// </summary>
public sealed class PlaceTree
{
    // The word a governorate's name opens with when it is named after its capital (محافظة الديوانية).
    const string Governorate = "محافظة ";

    // The knowledge base's parent chains, shared with the event finder (Events.PlaceDepths).
    readonly PlaceDepths _places;
    readonly FrozenDictionary<string, string> _namesake;

    public PlaceTree(KnowledgeBase kb)
    {
        _places = PlaceDepths.From(kb);

        // A capital named like its governorate (الديوانية and محافظة الديوانية): news writes the bare name for both, so
        // an outlet's «في الديوانية» may mean the governorate another outlet narrows to one of its towns.
        var byId = kb.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var namesake = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in kb.Entries)
        {
            if (e.Parent is { } p && byId.TryGetValue(p, out var parent)
                && parent.AliasesAr.Add(parent.NameAr).Contains(Governorate + e.NameAr, StringComparer.Ordinal))
            {
                namesake[e.EntityId] = parent.EntityId;
            }
        }

        _namesake = namesake.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The place and its ancestors, nearest first.</summary>
    public IReadOnlyList<string> Line(string placeId) => _places.Line(placeId);

    /// <summary>
    /// The places a report at <paramref name="placeId"/> is filed under for finding candidates: itself, its namesake
    /// governorate, and its ancestors short of the country (a report «قرب الحمزة» and one «في الديوانية» meet at the
    /// governorate; a country would gather a month of a whole country's events).
    /// </summary>
    public IEnumerable<string> BlockingPlaces(string placeId)
    {
        yield return placeId;
        var line = Line(_namesake.GetValueOrDefault(placeId, placeId));
        foreach (var p in line)
        {
            if (p != placeId && !IsTop(p))
            {
                yield return p;
            }
        }
    }

    /// <summary>True when the place has no parent: a country or a place the knowledge base does not list.</summary>
    public bool IsTop(string placeId) => !_places.HasParent(placeId);

    /// <summary>
    /// How two places relate: the same, one inside the other, or apart. A capital named like its governorate counts
    /// as the governorate (الحمزة is within الديوانية).
    /// </summary>
    public PlaceRelation Relate(string a, string b)
    {
        if (a == b)
        {
            return PlaceRelation.Same;
        }

        var wideA = _namesake.GetValueOrDefault(a, a);
        var wideB = _namesake.GetValueOrDefault(b, b);
        return Line(a).Contains(wideB) || Line(b).Contains(wideA) ? PlaceRelation.Contains : PlaceRelation.Apart;
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
