using Marsad.Storage.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Apis;

/// <summary>Actors: the list (most mentioned first) and one actor's page. Ids go in the query (article-local ids contain '/').</summary>
public static class ActorsApi
{
    static readonly HashSet<string> Kinds = ["PER", "ORG", "GPE", "LOC", "MISC", "class"];

    public static RouteGroupBuilder MapActorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Actors");
        group.MapGet("/actors", ListAsync).WithSummary("Actors most articles and events name; kind and a name filter (Arabic in any spelling, or English) are optional.");
        group.MapGet("/actor", GetAsync).WithSummary("One actor: names and spellings, roles and affiliations over time, quotes, events, co-actors and stories.");
        group.MapGet("/actor/export", ExportAsync).WithSummary("The actor's events as a download: format=csv, geojson or plover.");
        return group;
    }

    static async Task<Results<Ok<IReadOnlyList<CoActor>>, ValidationProblem>> ListAsync(string? kind, string? name, int? limit, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        if (kind is not null && !Kinds.Contains(kind))
        {
            input.Errors["kind"] = [$"kind must be one of {string.Join(", ", Kinds)}."];
        }

        var text = input.Text("name", name);
        var size = input.Int("limit", limit, 50, 1, 500);
        return input.IsValid ? TypedResults.Ok(await workspace.ActorsAsync(kind, text, size, ct)) : (ValidationProblem)input.Problem();
    }

    static async Task<Results<Ok<ActorView>, ProblemHttpResult, ValidationProblem>> GetAsync(string? id, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        if (input.ActorId("id", id) is null)
        {
            return (ValidationProblem)input.Problem();
        }

        return await workspace.ActorAsync(id!, ct) is { } actor
            ? TypedResults.Ok(actor)
            : ArticlesApi.NotFound("actor", id!);
    }

    static async Task<IResult> ExportAsync(string? id, string? format, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        input.ActorId("id", id);
        if (Downloads.Check(format) is { } problem)
        {
            input.Errors["format"] = [problem];
        }

        if (!input.IsValid)
        {
            return input.Problem();
        }

        var events = await workspace.EventsAsync(new EventFilter { Actors = [id!], Limit = EventParameters.MaxLimit, MappedOnly = format == "geojson" }, ct);
        return Downloads.Events(format!, events.Events, workspace, "marsad-actor");
    }
}
