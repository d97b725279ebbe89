using System.Collections.Frozen;
using Marsad.Documents;
using Marsad.Resources;

namespace Marsad.Export;

/// <summary>
/// Describes an event's actor or recipient for the PLOVER and CSV exports: an entity of the article (its names,
/// Wikidata id, country and sector) or a source class such as <c>unidentified-gunmen</c> (data/export/plover-classes.tsv).
/// <c>forces-at:&lt;place&gt;</c> (the forces stationed at an attacked base) reads as "forces at" the place.
/// </summary>
public sealed class ActorCodes
{
    readonly FrozenDictionary<string, (string? Code, string Sector, string Text)> _classes;

    ActorCodes(FrozenDictionary<string, (string?, string, string)> classes) => _classes = classes;

    public static ActorCodes Default { get; } = new(DataFile.ReadTsv("export/plover-classes.tsv")
        .Where(r => r[0] != "class")
        .ToFrozenDictionary(r => r[0], r => (r[1].Length == 0 ? null : r[1], r[2], r[3]), StringComparer.Ordinal));

    /// <summary>A readable name: the entity's Arabic name (with its English name), or the class in English.</summary>
    public string Describe(string id, IReadOnlyList<Entity> entities) => Resolve(id, entities) switch
    {
        { Entity: { } e } => e.NameEn is null ? e.Name : $"{e.Name} ({e.NameEn})",
        { Text: var text } => text,
    };

    /// <summary>The entity behind an id, or the class's PLOVER code, sector and English text.</summary>
    public (Entity? Entity, string? Code, string? Sector, string Text) Resolve(string id, IReadOnlyList<Entity> entities)
    {
        if (entities.FirstOrDefault(e => e.Id == id) is { } entity)
        {
            return (entity, entity.Country, entity.Sector, entity.Name);
        }

        if (id.StartsWith("forces-at:", StringComparison.Ordinal))
        {
            var place = entities.FirstOrDefault(e => e.Id == id["forces-at:".Length..]);
            return (null, place?.Country, "MIL", "forces at " + (place?.NameEn ?? place?.Name ?? id["forces-at:".Length..]));
        }

        return _classes.TryGetValue(id, out var c) ? (null, c.Code, c.Sector, c.Text) : (null, null, null, id.Replace('-', ' '));
    }
}
