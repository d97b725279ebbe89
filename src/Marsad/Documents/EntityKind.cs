namespace Marsad.Documents;

/// <summary>
/// What a named entity is. PER/ORG/GPE/LOC follow ACE and OntoNotes; <see cref="Misc"/> is ANERcorp's MISC
/// (nationalities, events, works), kept so the tagger's output is not forced into a wrong class.
/// </summary>
public enum EntityKind
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>Governments' bodies, armies, armed groups, parties, blocs, agencies, media outlets, companies (ORG).</summary>
    Organization,

    /// <summary>A geo-political entity: a country, province or city with a government (GPE).</summary>
    GeoPolitical,

    /// <summary>A place without its own government: a base, airport, border crossing, district or zone (LOC).</summary>
    Location,

    /// <summary>Anything else the tagger finds (MISC).</summary>
    Misc,
}
