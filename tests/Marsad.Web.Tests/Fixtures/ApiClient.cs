using System.Net.Http.Json;
using System.Text.Json;

namespace Marsad.Web.Tests.Fixtures;

/// <summary>One test's store, the app over it and a client: the unit every API test starts from.</summary>
internal sealed class ApiClient : IAsyncDisposable
{
    public ApiClient(string? token = null)
    {
        Store = new WorkspaceStore();
        App = new WorkspaceFactory(Store, token);
        Http = App.CreateClient();
    }

    public WorkspaceStore Store { get; }

    public WorkspaceFactory App { get; }

    public HttpClient Http { get; }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The id of the fixture article whose title contains <paramref name="titlePart"/>.</summary>
    public async Task<string> ArticleIdAsync(string titlePart)
    {
        var hits = (await GetJsonAsync("/api/search?size=50")).GetProperty("hits").EnumerateArray();
        return hits.First(h => string.Concat(h.GetProperty("title").EnumerateArray().Select(p => p.GetProperty("text").GetString())).Contains(titlePart, StringComparison.Ordinal))
            .GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        Store.Dispose();
    }
}

/// <summary>Reading helpers for JSON responses.</summary>
internal static class JsonReading
{
    public static IEnumerable<JsonElement> Items(this JsonElement e, string property) => e.GetProperty(property).EnumerateArray();

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString() ?? string.Empty;

    /// <summary>The text of a snippet (a list of parts).</summary>
    public static string Text(this JsonElement parts) => string.Concat(parts.EnumerateArray().Select(p => p.Str("text")));

    /// <summary>The words marked as hits in a snippet.</summary>
    public static List<string> Marked(this JsonElement parts) => [.. parts.EnumerateArray().Where(p => p.GetProperty("hit").GetBoolean()).Select(p => p.Str("text"))];
}
