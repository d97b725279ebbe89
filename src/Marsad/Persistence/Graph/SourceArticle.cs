namespace Marsad.Persistence.Graph;

/// <summary>An article as a citation shows it: outlet, date, title and id.</summary>
public sealed record SourceArticle(string Id, string? Outlet, DateOnly? Published, string? Title, string? DuplicateOf = null);
