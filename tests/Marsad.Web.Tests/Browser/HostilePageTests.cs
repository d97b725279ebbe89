namespace Marsad.Web.Tests.Browser;

/// <summary>
/// Article text is untrusted. The fixture store holds a hostile HTML page and a hostile feed record (script tags,
/// event handlers, javascript: links, an image with onerror, &lt;/script&gt; inside the text, markup in the title and
/// outlet); every payload would set <c>window.__pwned</c> or open a dialog. Each view that shows them is opened,
/// and none may run.
/// </summary>
[Collection(BrowserCollection.Name)]
public class HostilePageTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Nothing_from_a_hostile_page_runs_in_any_view()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);
        var record = await live.ArticleIdAsync("عنوان بوسوم خطرة");
        var html = await live.ArticleIdAsync("انفجار قرب مطار بغداد");
        string[] views =
        [
            "/article.html?id=" + record,
            "/article.html?id=" + html,
            "/index.html?q=" + Uri.EscapeDataString("المحرر"),
            "/index.html?q=script",
            "/actor.html?id=kb:kataib-hezbollah",
            "/timeline.html",
            "/map.html",
            "/graph.html",
            "/story.html?article=" + record,
        ];

        foreach (var view in views)
        {
            await live.GotoAsync(view);
            await live.Page.WaitForTimeoutAsync(300);
            Assert.True(await live.Page.EvaluateAsync<bool>("() => window.__pwned === undefined"), $"a payload ran on {view}");
            Assert.False(await live.Page.EvaluateAsync<bool>("() => [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))"), $"an event-handler attribute reached the DOM on {view}");
            Assert.Equal(0, await live.Page.Locator("a[href^='javascript:' i], script:not([src])").CountAsync());
        }

        Assert.Empty(live.Dialogs);
        Assert.Empty(live.PageErrors);
    }

    [BrowserFact]
    public async Task Markup_in_article_text_is_shown_as_text()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);

        await live.GotoAsync("/article.html?id=" + await live.ArticleIdAsync("عنوان بوسوم خطرة"));
        await live.Page.Locator("#reader p").First.WaitForAsync();

        Assert.Contains("<script>window.__pwned='text'</script>", await live.Page.Locator("#reader").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", await live.Page.Locator("#title").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("<script>", await live.Page.Locator("#meta .outlet").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await live.Page.Locator("#reader img, #title img, #meta script").CountAsync());
        Assert.True(await live.Page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await live.ScreenshotAsync("hostile-article");
    }
}
