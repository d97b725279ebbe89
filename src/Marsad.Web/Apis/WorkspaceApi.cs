using Marsad.Storage.Search;
using Marsad.Storage.Workspace;
using Marsad.Web.Security;

namespace Marsad.Web.Apis;

/// <summary>What the workspace holds (counts, outlets, dates, categories) and the state of its search index and UI libraries.</summary>
public static class WorkspaceApi
{
    public static RouteGroupBuilder MapWorkspaceApi(this IEndpointRouteBuilder app, LibraryFiles libraries)
    {
        var group = app.MapGroup("/api").WithTags("Workspace");
        group.MapGet("/summary", async (IWorkspace workspace, SearchIndex index, CancellationToken ct) =>
                TypedResults.Ok(new WorkspaceStatus(await workspace.SummaryAsync(ct), index.State, libraries.Missing)))
            .WithSummary("Counts, outlets, the date span and event categories of the store; the search index state; missing front-end libraries.");
        return group;
    }
}

/// <summary>The workspace summary with the index state and the front-end libraries that are missing (npm ci was not run).</summary>
public sealed record WorkspaceStatus(WorkspaceSummary Summary, IndexState Index, IReadOnlyList<string> MissingLibraries);
