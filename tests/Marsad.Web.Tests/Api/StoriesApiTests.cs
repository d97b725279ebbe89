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
}
