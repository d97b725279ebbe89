namespace Marsad.Entities.Context;

/// <summary>What a descriptor word before a listed name is (data/context/descriptors.tsv).</summary>
public enum DescriptorClass
{
    /// <summary>A kind of place (محافظة، قاعدة): cut whenever a name follows.</summary>
    Place,

    /// <summary>A kind of group (تنظيم، قوات): cut only when the rest is listed for the same entry.</summary>
    Group,

    /// <summary>A common noun that with a nationality describes an entity without naming it (الحكومة العراقية).</summary>
    Generic,
}
