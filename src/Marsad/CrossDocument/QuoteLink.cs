namespace Marsad.CrossDocument;

/// <summary>How one quote (by its position among the article's quotes) was placed: the statement cluster it joined or started, and how similar it was.</summary>
public sealed record QuoteLink(int Ordinal, string ClusterId, double Similarity);
