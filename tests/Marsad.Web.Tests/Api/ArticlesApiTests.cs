using System.Net;
using System.Text.Json;
using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class ArticlesApiTests
{
    const string ThreatTitle = "تهدد باستهداف القوات الأمريكية";

    [Fact]
    public async Task Runs_rebuild_the_text_and_point_to_mentions_with_english_names()
    {
        await using var api = new ApiClient();
        var article = await api.GetJsonAsync("/api/articles/" + await api.ArticleIdAsync(ThreatTitle));
        var text = article.Str("text");
        var runs = article.Items("runs").ToList();

        var rebuilt = string.Concat(runs.Where(r => r.GetProperty("removed").ValueKind == JsonValueKind.Null).Select(r => r.Str("text")));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), rebuilt);
        var mentions = article.Items("mentions").ToList();
        foreach (var run in runs.Where(r => r.GetProperty("mention").ValueKind == JsonValueKind.Number))
        {
            var mention = mentions[run.GetProperty("mention").GetInt32()];
            Assert.Contains(run.Str("text"), mention.Str("text"), StringComparison.Ordinal);
        }

        Assert.Contains(mentions, m => m.GetProperty("entity").ValueKind == JsonValueKind.Object
            && m.GetProperty("entity").Str("id") == "kb:kataib-hezbollah" && m.GetProperty("entity").Str("nameEn") == "Kataib Hezbollah");
    }

    [Fact]
    public async Task Removed_furniture_sits_where_cleaning_took_it_out()
    {
        await using var api = new ApiClient();
        var article = await api.GetJsonAsync("/api/articles/" + await api.ArticleIdAsync(ThreatTitle));
        var runs = article.Items("runs").ToList();

        var removed = runs.FindIndex(r => r.GetProperty("removed").ValueKind == JsonValueKind.Number);

        Assert.True(removed > 0, "the read-also line is a removed run");
        Assert.Equal("read-also", article.Items("removed").ElementAt(runs[removed].GetProperty("removed").GetInt32()).Str("reason"));
        // The runs around it may be cut further by the facts they hold (a quote ends before its full stop), so the
        // placement is checked on the text before and after the removed run.
        var before = string.Concat(runs.Take(removed).Select(r => r.Str("text")));
        var after = string.Concat(runs.Skip(removed + 1).Select(r => r.Str("text")));
        Assert.StartsWith("واتهمت", after, StringComparison.Ordinal);
        Assert.EndsWith("الحسابات بين الآخرين».", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_triggers_are_runs_that_point_to_their_events()
    {
        await using var api = new ApiClient();
        var article = await api.GetJsonAsync("/api/articles/" + await api.ArticleIdAsync(ThreatTitle));
        var events = article.Items("events").ToList();

        var triggers = article.Items("runs").Where(r => r.GetProperty("event").ValueKind == JsonValueKind.Number).ToList();

        Assert.NotEmpty(triggers);
        Assert.All(triggers, r => Assert.Equal(events[r.GetProperty("event").GetInt32()].Str("trigger"), r.Str("text")));
        Assert.Contains(events, e => e.Str("category") == "THREATEN" && e.Items("actors").Any(a => a.Str("id") == "kb:kataib-hezbollah"));
    }

    [Fact]
    public async Task Quotes_are_runs_with_their_speaker()
    {
        await using var api = new ApiClient();
        var article = await api.GetJsonAsync("/api/articles/" + await api.ArticleIdAsync(ThreatTitle));

        var quote = Assert.Single(article.Items("quotes"), q => q.Str("content").Contains("تصفية الحسابات", StringComparison.Ordinal));

        Assert.Equal("kb:kadhimi", quote.GetProperty("speaker").Str("id"));
        Assert.Contains(article.Items("runs"), r => r.GetProperty("quote").ValueKind == JsonValueKind.Number);
    }

    [Theory]
    [InlineData("0000000000000000-0", HttpStatusCode.NotFound)]
    [InlineData("not-an-id", HttpStatusCode.BadRequest)]
    [InlineData("..%2F..%2Fetc%2Fpasswd", HttpStatusCode.BadRequest)]
    public async Task Unknown_ids_are_404_and_malformed_ids_400(string id, HttpStatusCode expected)
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync("/api/articles/" + id);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
