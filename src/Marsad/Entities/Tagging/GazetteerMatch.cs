namespace Marsad.Entities.Tagging;

/// <summary>A gazetteer entry found in a sentence: tokens [Start, End) and the entry's category (e.g. <c>LOC</c>).</summary>
public readonly record struct GazetteerMatch(int Start, int End, string Category);
