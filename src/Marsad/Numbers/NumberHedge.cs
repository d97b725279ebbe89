using System.Collections.Immutable;

namespace Marsad.Numbers;

/// <summary>
/// A hedge phrase (نحو، أكثر من) as folded words, and whether it stands before the number or after it.
/// The first word is matched without its proclitics (بنحو), the others exactly.
/// </summary>
public sealed record NumberHedge(ImmutableArray<string> Words, bool After);
