using System.Net;
using Marsad.Storage.Workspace;
using Marsad.Web.Security;
using Marsad.Web.Tests.Fixtures;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests.Api;

public class SecurityTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("::")]
    public void Refuses_a_non_loopback_address_without_a_token(string host)
    {
        using var store = new WorkspaceStore();

        var error = Assert.Throws<InvalidOperationException>(() => MarsadApp.Build([], new Dictionary<string, string?> { ["Marsad:Db"] = store.DbPath, ["Marsad:Host"] = host }));

        Assert.Contains("access token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_token_every_request_must_carry_it()
    {
        await using var api = new ApiClient(token: "s3cret-token");

        var anonymous = await api.Http.GetAsync("/api/summary");
        var wrong = await Send(api.Http, "/api/summary", "not-it");
        var right = await Send(api.Http, "/api/summary", "s3cret-token");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync("/index.html")).StatusCode);
    }

    [Fact]
    public async Task The_printed_url_sets_an_http_only_cookie_and_drops_the_token_from_the_address()
    {
        await using var api = new ApiClient(token: "s3cret-token");
        using var client = api.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var response = await client.GetAsync("/timeline.html?token=s3cret-token&category=THREATEN");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline.html?category=THREATEN", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains(TokenGate.Cookie + "=s3cret-token", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/lib/leaflet/package.json")]                    // a file of an allowed package that is not on the list
    [InlineData("/lib/../Marsad.Web.dll")]                        // climbing out of the library folder
    [InlineData("/lib/%2e%2e/%2e%2e/appsettings.json")]           // the same, encoded
    [InlineData("/lib/leaflet/dist/..%2f..%2f..%2fMarsad.Web.dll")]
    [InlineData("/appsettings.json")]
    [InlineData("/Marsad.Web.dll")]
    public async Task Static_files_come_only_from_the_pages_and_the_library_allow_list(string path)
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/js/common.js")]
    [InlineData("/lib/leaflet/dist/leaflet.js")]
    [InlineData("/lib/world-atlas/countries-50m.json")]
    public async Task Pages_and_listed_libraries_are_served(string path)
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_failure_is_a_generic_500_without_details()
    {
        await using var api = new ApiClient();
        using var failing = api.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IWorkspace>(new BrokenWorkspace())));
        using var client = failing.CreateClient();

        var response = await client.GetAsync("/api/events");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(BrokenWorkspace.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_a_content_security_policy_without_inline_script()
    {
        await using var api = new ApiClient();

        var response = await api.Http.GetAsync("/article.html");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Requests_addressed_to_another_host_are_refused()
    {
        await using var api = new ApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/summary");
        request.Headers.Host = "attacker.example";

        var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    static Task<HttpResponseMessage> Send(HttpClient client, string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TokenGate.Header, token);
        return client.SendAsync(request);
    }

    /// <summary>A workspace whose every query fails with a message that must never reach a client.</summary>
    sealed class BrokenWorkspace : IWorkspace
    {
        public const string Secret = "connection string Data Source=/secret/path.db";

        public Task<WorkspaceSummary> SummaryAsync(CancellationToken ct = default) => throw Fail();

        public Task<ArticleView?> ArticleAsync(string id, CancellationToken ct = default) => throw Fail();

        public Task<ActorView?> ActorAsync(string id, CancellationToken ct = default) => throw Fail();

        public Task<IReadOnlyList<CoActor>> ActorsAsync(string? kind, string? name, int limit, CancellationToken ct = default) => throw Fail();

        public Task<EventList> EventsAsync(EventFilter filter, CancellationToken ct = default) => throw Fail();

        public Task<ActorGraph> GraphAsync(GraphFilter filter, CancellationToken ct = default) => throw Fail();

        public Task<StoryView?> StoryAsync(string articleId, CancellationToken ct = default) => throw Fail();

        public IAsyncEnumerable<Marsad.Persistence.StoredArticle> ExportAsync(IReadOnlyList<EventView> events, CancellationToken ct = default) => throw Fail();

        static InvalidOperationException Fail() => new(Secret);
    }
}
