namespace Marsad.Storage.Workspace;

/// <summary>What the workspace holds: counts, the outlets and the date span, for the start page and the filters.</summary>
public sealed record WorkspaceSummary(int Articles, int Events, int Entities, int Quotes, IReadOnlyList<OutletCount> Outlets, string? FirstDate, string? LastDate, IReadOnlyList<string> Categories);

/// <summary>An outlet and its article count.</summary>
public sealed record OutletCount(string Outlet, int Articles);
