namespace Marsad.Documents;

/// <summary>
/// A quantity written in the text with digits (Latin, Arabic-Indic or Extended Arabic-Indic), words
/// (خمسون، ألف، مليون) or both (<c>50 ألف</c>). <see cref="Approximate"/> is set by hedges such as نحو/قرابة/أكثر من.
/// </summary>
public sealed record NumberMention(TextSpan Span, decimal Value, bool Approximate = false);
