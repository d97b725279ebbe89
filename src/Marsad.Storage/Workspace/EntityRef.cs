namespace Marsad.Storage.Workspace;

/// <summary>
/// An actor, recipient or place as the views show it: an entity id (<c>kb:…</c> or article-local) or a source class
/// (<c>iran-aligned-militias</c>), its Arabic label and English name where known, and coordinates for places.
/// </summary>
public sealed record EntityRef(string Id, string Name, string? NameEn = null, string? Kind = null)
{
    public double? Lat { get; init; }

    public double? Lon { get; init; }

    /// <summary>True for a source class (an unnamed party), false for an entity.</summary>
    public bool IsClass { get; init; }
}
