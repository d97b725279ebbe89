using Marsad.Storage.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marsad.Web.Apis;

/// <summary>One article for the reader: its text in annotated runs, mentions, quotes, events and removed furniture.</summary>
public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/{id}", GetAsync).WithSummary("An article with its annotated runs (mentions, quotes, event triggers, removed furniture).");
        return group;
    }

    static async Task<Results<Ok<ArticleView>, ProblemHttpResult, ValidationProblem>> GetAsync(string id, IWorkspace workspace, CancellationToken ct)
    {
        var input = new ApiInput();
        if (input.ArticleId("id", id) is null)
        {
            return (ValidationProblem)input.Problem();
        }

        return await workspace.ArticleAsync(id, ct) is { } article
            ? TypedResults.Ok(article)
            : NotFound("article", id);
    }

    internal static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(title: $"No such {what}", detail: $"The store has no current {what} '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
