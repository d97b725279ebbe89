namespace Marsad.Persistence.Graph;

/// <summary>Provenance of a fact: the article and the span of its text the fact was read from.</summary>
public sealed record Evidence(string ArticleId, DateOnly? Date, int Start, int End, string? Outlet = null);
