namespace Marsad.Persistence.Graph;

/// <summary>An id with the names to show for it: the Arabic name and the English one where the knowledge base has it.</summary>
public sealed record NamedId(string Id, string Name, string? NameEn = null)
{
    /// <summary>Arabic with the English beside it: «الكاظمي (Mustafa al-Kadhimi)».</summary>
    public string Display => NameEn is { Length: > 0 } en && en != Name ? $"{Name} ({en})" : Name;
}
