using Marsad.Web.Tests.Fixtures;

namespace Marsad.Web.Tests.Api;

public class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_describes_every_route_group()
    {
        await using var api = new ApiClient();

        var doc = await api.GetJsonAsync("/api/openapi.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/actor", "/api/events", "/api/events/export", "/api/graph", "/api/stories/{articleId}", "/api/summary" })
        {
            Assert.Contains(paths, p => p.TrimEnd('/') == path);
        }
    }
}
