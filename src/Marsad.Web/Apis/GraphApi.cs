using Marsad.Documents;
using Marsad.Storage.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Apis;

/// <summary>The network of actors: relations and interactions, weighted, filterable by time and type.</summary>
public static class GraphApi
{
    static readonly HashSet<string> Types =
    [
        .. Enum.GetValues<RelationPredicate>().Select(FactNames.Of),
        .. Enum.GetValues<EventCategory>().Select(FactNames.Of),
    ];

    public static RouteGroupBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/graph").WithTags("Graph");
        group.MapGet("/", GetAsync).WithSummary("Actors and weighted edges: relations (member_of, aligned_with …) and interactions (actor → recipient by PLOVER category).");
        return group;
    }

    static async Task<Results<Ok<ActorGraph>, ValidationProblem>> GetAsync(string? from, string? to, string? type, string? kind, string? actor, int? min, int? max, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        var start = input.Date("from", from);
        var end = input.Date("to", to);
        input.Range(start, end);
        var types = input.List("type", type, t => Types.Contains(t) ? null : $"type: '{t}' is neither a relation (member_of, aligned_with …) nor a PLOVER category (THREATEN …).");
        if (kind is not null and not ("relations" or "interactions"))
        {
            input.Errors["kind"] = ["kind must be relations or interactions."];
        }

        if (actor is not null)
        {
            input.ActorId("actor", actor);
        }

        var filter = new GraphFilter
        {
            From = start,
            To = end,
            Types = types,
            Kind = kind,
            Actor = actor,
            MinWeight = input.Int("min", min, 1, 1, 1000),
            MaxEdges = input.Int("max", max, 150, 1, 1000),
        };
        return input.IsValid ? TypedResults.Ok(await workspace.GraphAsync(filter, ct)) : (ValidationProblem)input.Problem();
    }
}
