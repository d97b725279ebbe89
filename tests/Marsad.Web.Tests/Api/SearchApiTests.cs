using System.Net;
using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class SearchApiTests
{
    [Theory]
    [InlineData("الأميركية", "تهدد باستهداف القوات الأمريكية")]      // vowel letter: أميركية is written أمريكية in the article
    [InlineData("الميليشيات", "المليشيات والقواعد")]                   // vowel letter: ميليشيات is written مليشيات
    [InlineData("امريكيه", "تهدد باستهداف القوات الأمريكية")]         // folding: bare alef and final ه for أ and ة
    [InlineData("تواطؤ", "تتوعد واشنطن")]                              // proclitics: بالتواطؤ is ب + ال + تواطؤ
    [InlineData("تهديد", "قراءة في تهديدات نيسان")]                     // light suffix: تهديدات is تهديد + ات
    public async Task Forgives_arabic_spelling(string query, string expectedTitle)
    {
        await using var api = new ApiClient();

        var result = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(result.Items("hits"), h => h.GetProperty("title").Text().Contains(expectedTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_english_name_finds_its_arabic_actor()
    {
        await using var api = new ApiClient();

        var result = await api.GetJsonAsync("/api/search?q=Kadhimi");

        Assert.Contains(result.Items("expansions"), x => x.Str("entityId") == "kb:kadhimi");
        var hits = result.Items("hits").ToList();
        Assert.True(hits.Count >= 3, $"expected the three articles naming الكاظمي, got {hits.Count}");
        Assert.All(hits, h => Assert.Contains(h.GetProperty("snippet").Marked().Concat(h.GetProperty("title").Marked()), w => w.Contains("الكاظمي", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Facets_count_all_matches_by_outlet_actor_and_category()
    {
        await using var api = new ApiClient();

        var facets = (await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("كتائب حزب الله") + "&size=1")).GetProperty("facets");

        var outlets = facets.Items("outlets").ToDictionary(f => f.Str("value"), f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, outlets["صحيفة دجلة"]);
        Assert.Equal(1, outlets["وكالة الرافدين"]);
        Assert.Contains(facets.Items("actors"), f => f.Str("value") == "kb:kataib-hezbollah" && f.Str("labelEn") == "Kataib Hezbollah");
        Assert.Contains(facets.Items("categories"), f => f.Str("value") == "THREATEN");
        Assert.Contains(facets.Items("months"), f => f.Str("value") == "2021-04");
    }

    [Fact]
    public async Task Facet_values_come_most_frequent_first_and_are_capped()
    {
        await using var api = new ApiClient();

        var facets = (await api.GetJsonAsync("/api/search?size=1")).GetProperty("facets");

        foreach (var name in new[] { "outlets", "actors", "categories", "places" })
        {
            var counts = facets.Items(name).Select(f => f.GetProperty("count").GetInt32()).ToList();
            Assert.True(counts.Count <= 15, $"{name}: at most 15 values");
            Assert.Equal(counts.OrderDescending(), counts);
        }

        Assert.True(facets.Items("actors").Count() > 1, "the fixture names several actors");
    }

    [Fact]
    public async Task Facet_filters_narrow_the_hits()
    {
        await using var api = new ApiClient();

        var byOutlet = await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("بغداد") + "&outlet=" + Uri.EscapeDataString("صحيفة دجلة"));
        var byDate = await api.GetJsonAsync("/api/search?from=2019-01-01&to=2019-12-31");
        var byCategory = await api.GetJsonAsync("/api/search?category=ACCUSE&size=50");

        Assert.All(byOutlet.Items("hits"), h => Assert.Equal("صحيفة دجلة", h.Str("outlet")));
        Assert.NotEmpty(byOutlet.Items("hits"));
        Assert.Equal("2019-02-20", Assert.Single(byDate.Items("hits")).Str("published"));
        Assert.Equal(2, byCategory.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Snippets_are_plain_text_parts_with_the_matches_marked()
    {
        await using var api = new ApiClient();

        var hit = Assert.Single((await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("المحرر"))).Items("hits"));

        // The hostile record's text is returned as text: markup in it is data for the page to escape, never HTML.
        Assert.Contains("<script>window.__pwned='text'</script>", hit.GetProperty("snippet").Text(), StringComparison.Ordinal);
        Assert.Equal(["المحرر"], hit.GetProperty("snippet").Marked());
    }

    [Fact]
    public async Task The_index_catches_up_with_articles_analysed_while_serving()
    {
        await using var api = new ApiClient();
        Assert.Equal(0, (await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("مهرجان"))).GetProperty("total").GetInt32());

        await api.Store.AnalyzeAsync("later.txt", "مهرجان للمسرح في الموصل\n\nانطلق في مدينة الموصل مهرجان للمسرح بمشاركة فرق من محافظات عدة، ويستمر خمسة أيام.");

        var found = 0;
        for (var attempt = 0; attempt < 40 && found == 0; attempt++)
        {
            await Task.Delay(250);
            found = (await api.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("مهرجان"))).GetProperty("total").GetInt32();
        }

        Assert.Equal(1, found);
    }

    [Theory]
    [InlineData("from=2021-13-01", "from")]
    [InlineData("size=500", "size")]
    [InlineData("category=BOMBING", "category")]
    [InlineData("actor=../../etc/passwd", "actor")]
    [InlineData("sort=random", "sort")]
    public async Task Rejects_bad_parameters_with_a_problem_document(string query, string parameter)
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_an_overlong_query()
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync("/api/search?q=" + new string('ب', 400));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
