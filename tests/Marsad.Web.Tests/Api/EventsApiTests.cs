using System.Net;
using System.Text.Json;
using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class EventsApiTests
{
    // "What did the Iran-aligned factions threaten in April 2021, and who reported it?"
    const string AprilThreatsOfTheCamp = "/api/events?category=THREATEN&from=2021-04-01&to=2021-04-30&actor=kb:quds-force&affiliates=true";

    [Fact]
    public async Task A_list_longer_than_its_limit_keeps_the_newest_dated_events_oldest_first()
    {
        await using var api = new ApiClient();
        var all = (await api.GetJsonAsync("/api/events?limit=5000")).Items("events").Where(e => e.GetProperty("date").ValueKind == JsonValueKind.String)
            .Select(e => e.Str("date")).ToList();

        var two = await api.GetJsonAsync("/api/events?limit=2");

        Assert.True(two.GetProperty("total").GetInt32() > 2);
        var dates = two.Items("events").Select(e => e.Str("date")).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal).TakeLast(2), dates);
    }

    [Fact]
    public async Task Threats_of_the_iran_aligned_camp_in_april_2021_with_who_reported_them()
    {
        await using var api = new ApiClient();

        var list = await api.GetJsonAsync(AprilThreatsOfTheCamp);

        var events = list.Items("events").ToList();
        Assert.True(events.Count >= 3, $"threats by Kataib Hezbollah and Asaib Ahl al-Haq, got {events.Count}");
        Assert.All(events, e => Assert.Equal("THREATEN", e.Str("category")));
        Assert.All(events, e => Assert.StartsWith("2021-04", e.Str("date"), StringComparison.Ordinal));
        Assert.Contains(events, e => e.Items("actors").Any(a => a.Str("id") == "kb:asaib-ahl-al-haq"));
        var outlets = events.Select(e => e.GetProperty("article").Str("outlet")).Distinct().ToList();
        Assert.Contains("وكالة الرافدين", outlets);
        Assert.Contains("صحيفة دجلة", outlets);
        Assert.Contains(list.Items("expandedActors"), a => a.Str("id") == "kb:kataib-hezbollah");
    }

    [Fact]
    public async Task Without_affiliates_an_actor_is_only_itself()
    {
        await using var api = new ApiClient();

        var list = await api.GetJsonAsync("/api/events?category=THREATEN&actor=kb:quds-force");

        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Geojson_has_one_point_per_placed_event_in_lon_lat_order()
    {
        await using var api = new ApiClient();

        var geo = await api.GetJsonAsync("/api/events/geojson?category=THREATEN");

        var features = geo.Items("features").ToList();
        Assert.Equal("FeatureCollection", geo.Str("type"));
        Assert.NotEmpty(features);
        var baghdad = features.First(f => f.GetProperty("properties").Str("place_id") == "kb:baghdad");
        Assert.Equal([44.366, 33.315], baghdad.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("plover")]
    [InlineData("geojson")]
    public async Task Downloads_hold_exactly_the_listed_events(string format)
    {
        await using var api = new ApiClient();
        var listed = (await api.GetJsonAsync("/api/events?category=THREATEN")).Items("events").ToList();

        var response = await api.Http.GetAsync("/api/events/export?category=THREATEN&format=" + format);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var ids = format switch
        {
            "csv" => body.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList(),
            "plover" => body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Str("id")).ToList(),
            _ => JsonDocument.Parse(body).RootElement.Items("features").Select(f => f.Str("id")).ToList(),
        };
        var expected = listed.Where(e => format != "geojson" || e.GetProperty("place").ValueKind == JsonValueKind.Object).Select(e => e.Str("id"));
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Theory]
    [InlineData("/api/events?category=EXPLODE", "category")]
    [InlineData("/api/events?from=2021-04-30&to=2021-04-01", "to")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events/export?format=xlsx", "format")]
    [InlineData("/api/events?article=x;drop", "article")]
    public async Task Event_parameters_are_validated(string url, string parameter)
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
