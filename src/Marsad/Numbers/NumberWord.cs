namespace Marsad.Numbers;

/// <summary>One entry of the number-word table: its value and how it combines (see <see cref="NumberWordKind"/>).</summary>
public readonly record struct NumberWord(decimal Value, NumberWordKind Kind);
