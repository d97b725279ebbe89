using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class StoriesApiTests
{
    [Fact]
    public async Task A_story_gathers_the_outlets_and_shows_where_they_differ()
    {
        await using var api = new ApiClient();

        var story = await api.GetJsonAsync("/api/stories/" + await api.ArticleIdAsync("تهدد باستهداف القوات الأمريكية"));

        Assert.Contains("صحيفة دجلة", story.Items("outlets").Select(o => o.GetString()));
        Assert.Contains("وكالة الرافدين", story.Items("outlets").Select(o => o.GetString()));
        // One outlet counts two wounded at the airport, the other three.
        var airport = Assert.Single(story.Items("facts"), f => f.Str("category") == "ASSAULT" && f.Items("values").Any(v => v.GetProperty("injured").ValueKind == System.Text.Json.JsonValueKind.Number));
        Assert.False(airport.GetProperty("agreed").GetBoolean());
        Assert.Contains(airport.Items("differences"), d => d.GetString()!.StartsWith("injured: ", StringComparison.Ordinal));
        Assert.Contains(story.Items("facts"), f => f.Str("category") == "THREATEN" && f.GetProperty("agreed").GetBoolean() && f.Items("values").Count() >= 2);
        Assert.Contains(story.Items("coverage"), c => c.GetProperty("actor").Str("id") == "kb:kataib-hezbollah");
    }

    [Fact]
    public async Task An_unrelated_article_is_a_story_of_its_own()
    {
        await using var api = new ApiClient();

        var story = await api.GetJsonAsync("/api/stories/" + await api.ArticleIdAsync("معرض للكتاب"));

        Assert.Single(story.Items("articles"));
    }

    [Fact]
    public async Task The_story_is_the_one_cross_document_linking_stored()
    {
        // The fixture store is linked as marsad analyze leaves it: the story view lists the linked story's articles.
        using var store = new WorkspaceStore();
        await using var graph = Marsad.Storage.Graph.SqliteGraphStore.Open(store.DbPath);
        var stories = await graph.ListStoriesAsync(new Marsad.Persistence.Graph.GraphQuery());
        var linked = stories.First(s => s.Articles.Length >= 2);
        var seed = linked.Articles[0].Article.Id;
        var workspace = new Marsad.Storage.Workspace.SqliteWorkspace(store.DbPath, Marsad.Entities.Knowledge.KnowledgeBase.LoadDefault());

        var view = await workspace.StoryAsync(seed);

        Assert.NotNull(view);
        Assert.Equal(linked.Articles.Select(a => a.Article.Id).Order(StringComparer.Ordinal), view.Articles.Select(a => a.Article.Id).Order(StringComparer.Ordinal));
    }
}
