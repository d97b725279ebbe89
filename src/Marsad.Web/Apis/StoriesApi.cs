using Marsad.Storage.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Apis;

/// <summary>
/// The story an article belongs to: the articles and outlets that told it, what they agree on and where they differ.
/// Stories come from articles sharing events and entities until cross-document resolution provides them.
/// </summary>
public static class StoriesApi
{
    public static RouteGroupBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stories").WithTags("Stories");
        group.MapGet("/{articleId}", GetAsync).WithSummary("The story of an article: its articles, outlets, agreed and differing facts, and coverage by outlet.");
        group.MapGet("/{articleId}/export", ExportAsync).WithSummary("The story's events as a download: format=csv, geojson or plover.");
        return group;
    }

    static async Task<Results<Ok<StoryView>, ProblemHttpResult, ValidationProblem>> GetAsync(string articleId, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        if (input.ArticleId("articleId", articleId) is null)
        {
            return (ValidationProblem)input.Problem();
        }

        return await workspace.StoryAsync(articleId, ct) is { } story
            ? TypedResults.Ok(story)
            : ArticlesApi.NotFound("article", articleId);
    }

    static async Task<IResult> ExportAsync(string articleId, string? format, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        input.ArticleId("articleId", articleId);
        if (Downloads.Check(format) is { } problem)
        {
            input.Errors["format"] = [problem];
        }

        if (!input.IsValid)
        {
            return input.Problem();
        }

        if (await workspace.StoryAsync(articleId, ct) is not { } story)
        {
            return ArticlesApi.NotFound("article", articleId);
        }

        var events = await workspace.EventsAsync(new EventFilter { Articles = [.. story.Articles.Select(a => a.Article.Id)], Limit = EventParameters.MaxLimit, MappedOnly = format == "geojson" }, ct);
        return Downloads.Events(format!, events.Events, workspace, "marsad-story");
    }
}
