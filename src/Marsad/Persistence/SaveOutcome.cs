namespace Marsad.Persistence;

/// <summary>What saving one input did: the stored input's id, its version for its path, and how many articles it added.</summary>
public sealed record SaveOutcome(long InputId, int Version, InputStatus Status, int ArticlesAdded);
