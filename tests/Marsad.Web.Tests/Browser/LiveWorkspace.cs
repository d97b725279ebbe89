using Marsad.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Marsad.Web.Tests.Browser;

/// <summary>
/// One browser test's workspace: its own store copy served by the real host (Kestrel on a free loopback port, the
/// same <see cref="MarsadApp"/> that <c>marsad serve</c> runs), and a page that records every dialog and page error,
/// so a test can prove nothing from an article ever ran.
/// </summary>
internal sealed class LiveWorkspace : IAsyncDisposable
{
    readonly WorkspaceStore _store = new();
    WebApplication? _app;
    IBrowserContext? _context;

    public List<string> Dialogs { get; } = [];

    public List<string> PageErrors { get; } = [];

    public string Url { get; private set; } = string.Empty;

    public IPage Page { get; private set; } = null!;

    public static async Task<LiveWorkspace> StartAsync(BrowserFixture browser)
    {
        var live = new LiveWorkspace();
        live._app = MarsadApp.Build([], new Dictionary<string, string?>
        {
            ["Marsad:Db"] = live._store.DbPath,
            ["Marsad:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await live._app.StartAsync();
        live.Url = live._app.Urls.First().TrimEnd('/');
        live._context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "ar", ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        live.Page = await live._context.NewPageAsync();
        live.Page.Dialog += async (_, dialog) =>
        {
            live.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        live.Page.PageError += (_, error) => live.PageErrors.Add(error);
        return live;
    }

    public async Task GotoAsync(string path) => await Page.GotoAsync(Url + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    public Task<string> ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true })
            .ContinueWith(_ => Path.Combine(BrowserFixture.Screenshots, name + ".png"), TaskScheduler.Default);

    /// <summary>The article id whose title contains the text, from the API.</summary>
    public async Task<string> ArticleIdAsync(string titlePart)
    {
        var response = await Page.APIRequest.GetAsync(Url + "/api/search?size=50");
        var hits = (await response.JsonAsync())!.Value.GetProperty("hits").EnumerateArray();
        return hits.First(h => string.Concat(h.GetProperty("title").EnumerateArray().Select(p => p.GetProperty("text").GetString())).Contains(titlePart, StringComparison.Ordinal))
            .GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _store.Dispose();
    }
}
