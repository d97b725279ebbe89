using System.Collections.Frozen;
using Marsad.Entities.Knowledge;
using Marsad.Export;
using Marsad.Resources;

namespace Marsad.Storage.Workspace;

/// <summary>
/// Names for the ids the views show: entities of the store, knowledge-base entries, and source classes (an unnamed
/// party such as <c>iran-aligned-militias</c>: its first Arabic form from data/events/source-classes.tsv, its
/// English text from the export's class table). <c>forces-at:kb:…</c> reads as the forces at that place.
/// </summary>
internal sealed class ActorLabels(KnowledgeBase kb)
{
    const string ForcesAt = "forces-at:";

    static readonly FrozenDictionary<string, string> ClassNames = DataFile.ReadTsv("events/source-classes.tsv")
        .Where(r => r.Length >= 2 && r[0] != "class")
        .ToFrozenDictionary(r => r[0], r => r[1].Split('|')[0], StringComparer.Ordinal);

    public KnowledgeBase Kb => kb;

    public EntityRef Ref(string id, WorkspaceCatalog catalog)
    {
        if (catalog.Entities.TryGetValue(id, out var e))
        {
            return new EntityRef(e.Id, e.Name, e.NameEn, e.Kind) { Lat = e.Lat, Lon = e.Lon };
        }

        if (id.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) && kb.Get(id) is { } entry)
        {
            return new EntityRef(entry.EntityId, entry.NameAr, entry.NameEn, entry.Kind.ToString().ToLowerInvariant()) { Lat = entry.Latitude, Lon = entry.Longitude };
        }

        if (id.StartsWith(ForcesAt, StringComparison.Ordinal))
        {
            var place = Ref(id[ForcesAt.Length..], catalog);
            return new EntityRef(id, "القوات في " + place.Name, place.NameEn is null ? null : "forces at " + place.NameEn) { IsClass = true };
        }

        var english = ActorCodes.Default.Resolve(id, []).Text;
        return new EntityRef(id, ClassNames.GetValueOrDefault(id, english), english) { IsClass = true };
    }

    /// <summary>True when an id is a known source class (or forces at a place), not an entity.</summary>
    public static bool IsClass(string id) => ClassNames.ContainsKey(id) || id.StartsWith(ForcesAt, StringComparison.Ordinal);
}
