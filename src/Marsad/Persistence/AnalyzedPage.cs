using Marsad.Inputs;

namespace Marsad.Persistence;

/// <summary>A raw page and the articles recovered from it.</summary>
public sealed record AnalyzedPage(RawPage Page, IReadOnlyList<AnalyzedArticle> Articles);
