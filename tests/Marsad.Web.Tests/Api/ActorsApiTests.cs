using System.Net;
using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class ActorsApiTests
{
    [Fact]
    public async Task An_actor_page_gathers_events_spellings_affiliations_and_co_actors()
    {
        await using var api = new ApiClient();

        var actor = await api.GetJsonAsync("/api/actor?id=kb:kataib-hezbollah");

        Assert.Equal("Kataib Hezbollah", actor.GetProperty("actor").Str("nameEn"));
        Assert.Contains(actor.Items("spellings"), s => s.Str("text") == "كتائب حزب الله");
        Assert.True(actor.Items("events").Count() >= 4, "threats and accusations in three articles");
        Assert.Contains(actor.Items("affiliations"), a => a.Str("predicate") == "aligned_with" && a.GetProperty("target").Str("id") == "kb:quds-force" && a.Str("source") == "kb");
        Assert.Contains(actor.Items("coActors"), c => c.GetProperty("actor").Str("id") == "kb:iraqi-government" && c.GetProperty("events").GetInt32() == 2);
        Assert.Contains(actor.Items("stories"), s => s.Items("outlets").Count() >= 2);
        Assert.Equal(3, actor.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("فيلق القدس")]
    [InlineData("Quds")]
    public async Task A_name_search_offers_knowledge_base_actors_no_article_names(string name)
    {
        await using var api = new ApiClient();

        var actors = await api.GetJsonAsync("/api/actors?name=" + Uri.EscapeDataString(name));

        var quds = Assert.Single(actors.EnumerateArray(), a => a.GetProperty("actor").Str("id") == "kb:quds-force");
        Assert.Equal(0, quds.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_person_page_lists_roles_from_the_knowledge_base()
    {
        await using var api = new ApiClient();

        var actor = await api.GetJsonAsync("/api/actor?id=kb:kadhimi");

        Assert.Contains(actor.Items("roles"), r => r.Str("source") == "kb" && r.Str("from").Length > 0);
        Assert.Contains(actor.Items("spellings"), s => s.Str("text").Contains("الكاظمي", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_page_lists_the_quotes()
    {
        await using var api = new ApiClient();

        var actor = await api.GetJsonAsync("/api/actor?id=kb:kadhimi");

        Assert.Contains(actor.Items("quotes"), q => q.Str("content").Contains("تصفية الحسابات", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kataib")]          // English, as the knowledge base names it
    [InlineData("كتائب حزب الله")]   // Arabic
    public async Task The_actor_list_finds_names_in_either_language(string name)
    {
        await using var api = new ApiClient();

        var actors = await api.GetJsonAsync("/api/actors?name=" + Uri.EscapeDataString(name));

        Assert.Equal("kb:kataib-hezbollah", actors.EnumerateArray().First().GetProperty("actor").Str("id"));
    }

    [Theory]
    [InlineData("kb:..%2F..%2Fx", HttpStatusCode.BadRequest)]
    [InlineData("%3Cscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("kb:nobody-at-all", HttpStatusCode.NotFound)]
    public async Task Actor_ids_are_validated(string id, HttpStatusCode expected)
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync("/api/actor?id=" + id);

        Assert.Equal(expected, response.StatusCode);
    }
}
