namespace Marsad.Persistence;

/// <summary>What the store already knows of an input, by content hash and path.</summary>
public enum InputStatus
{
    /// <summary>Never seen: store it.</summary>
    New,

    /// <summary>The same bytes are stored already (under this path or another): nothing new to store.</summary>
    Unchanged,

    /// <summary>This path was stored before with other bytes: store as a new version; the old one stays.</summary>
    Changed,
}
