using Marsad.Storage.Search;
using Marsad.Storage.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Apis;

/// <summary>
/// Full-text search that forgives Arabic spelling (folding, clitics, light inflection, vowel-letter variants) and
/// finds Arabic actors from English names, with facets and highlighted snippets (plain text parts, never markup).
/// </summary>
public static class SearchApi
{
    /// <summary>A result page holds at most this many hits.</summary>
    public const int MaxPageSize = 50;

    /// <summary>A search download covers the events of at most this many best-matching articles.</summary>
    public const int MaxExportArticles = 1000;

    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", SearchAsync).WithSummary("Search articles: q (Arabic or English), facets outlet, from, to, actor, category, place; page, size, sort=relevance|date.");
        group.MapGet("/export", ExportAsync).WithSummary("The events of the matching articles as a download: format=csv, geojson or plover.");
        return group;
    }

    static Results<Ok<SearchResult>, ValidationProblem> SearchAsync([AsParameters] SearchParameters query, SearchIndex index)
    {
        var input = new ApiInput();
        var request = query.ToRequest(input);
        return input.IsValid ? TypedResults.Ok(index.Search(request)) : (ValidationProblem)input.Problem();
    }

    static async Task<IResult> ExportAsync(string? format, [AsParameters] SearchParameters query, SearchIndex index, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        if (Downloads.Check(format) is { } problem)
        {
            input.Errors["format"] = [problem];
        }

        var request = query.ToRequest(input) with { Page = 0, Size = MaxExportArticles, Snippets = false };
        if (!input.IsValid)
        {
            return input.Problem();
        }

        var hits = index.Search(request).Hits.Select(h => h.Id).ToList();
        var events = hits.Count == 0
            ? new EventList(0, [], [])
            : await workspace.EventsAsync(new EventFilter { Articles = hits, Limit = EventParameters.MaxLimit, MappedOnly = format == "geojson" }, ct);
        return Downloads.Events(format!, events.Events, workspace, "marsad-search");
    }
}

/// <summary>The query parameters of a search.</summary>
public sealed record SearchParameters(
    string? Q = null,
    string? Outlet = null,
    string? From = null,
    string? To = null,
    string? Actor = null,
    string? Category = null,
    string? Place = null,
    int? Page = null,
    int? Size = null,
    string? Sort = null)
{
    public SearchRequest ToRequest(ApiInput input)
    {
        var from = input.Date("from", From);
        var to = input.Date("to", To);
        input.Range(from, to);
        if (Sort is not null and not ("relevance" or "date"))
        {
            input.Errors["sort"] = ["sort must be relevance or date."];
        }

        return new SearchRequest(input.Text("q", Q))
        {
            Outlets = input.Outlets("outlet", Outlet),
            From = from,
            To = to,
            Actors = input.KbIds("actor", Actor),
            Categories = input.Categories("category", Category),
            Places = input.KbIds("place", Place),
            Page = input.Int("page", Page, 0, 0, 1000),
            Size = input.Int("size", Size, 10, 1, SearchApi.MaxPageSize),
            ByDate = Sort == "date",
        };
    }
}
