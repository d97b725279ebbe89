using Marsad.Storage.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Apis;

/// <summary>Events for the timeline and the map, and their downloads (CSV, GeoJSON, PLOVER JSONL).</summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapGet("/", ListAsync).WithSummary("Events filtered by date, PLOVER category, actor (optionally with its affiliates), place, outlet and article; oldest first.");
        group.MapGet("/geojson", GeoJsonAsync).WithSummary("The filtered events that have coordinates, as a GeoJSON FeatureCollection (the map's data).");
        group.MapGet("/export", ExportAsync).WithSummary("The filtered events as a download: format=csv, geojson or plover.");
        return group;
    }

    static async Task<Results<Ok<EventList>, ValidationProblem>> ListAsync([AsParameters] EventParameters query, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        var filter = query.ToFilter(input);
        return input.IsValid ? TypedResults.Ok(await workspace.EventsAsync(filter, ct)) : (ValidationProblem)input.Problem();
    }

    static async Task<IResult> GeoJsonAsync([AsParameters] EventParameters query, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        var filter = query.ToFilter(input, mappedOnly: true);
        if (!input.IsValid)
        {
            return input.Problem();
        }

        var list = await workspace.EventsAsync(filter, ct);
        return TypedResults.Stream(stream => Downloads.GeoJsonAsync(stream, list.Events), "application/geo+json");
    }

    static async Task<IResult> ExportAsync(string? format, [AsParameters] EventParameters query, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        if (Downloads.Check(format) is { } problem)
        {
            input.Errors["format"] = [problem];
        }

        var filter = query.ToFilter(input, mappedOnly: format == "geojson") with { Limit = EventParameters.MaxLimit };
        if (!input.IsValid)
        {
            return input.Problem();
        }

        var list = await workspace.EventsAsync(filter, ct);
        return Downloads.Events(format!, list.Events, workspace, "marsad-events");
    }
}
