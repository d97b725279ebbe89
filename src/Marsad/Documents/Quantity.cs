namespace Marsad.Documents;

/// <summary>
/// A counted thing in an event: <see cref="Value"/> (or the range <see cref="Value"/>..<see cref="Max"/>) of
/// <see cref="Unit"/> (fighters, rockets, weapons, troops, kilometres …), with the noun phrase it counts.
/// </summary>
public sealed record Quantity(TextSpan Span, decimal Value, string Unit, string? What = null, decimal? Max = null, bool Approximate = false);
