using Microsoft.Playwright;

namespace Marsad.Web.Tests.Browser;

/// <summary>The workspace in a real browser: each view renders with data; screenshots go to the test output folder.</summary>
[Collection(BrowserCollection.Name)]
public class WorkspaceBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Searching_in_arabic_marks_matches_in_other_spellings()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);

        await live.GotoAsync("/index.html?q=" + Uri.EscapeDataString("الميليشيات"));
        await live.Page.Locator("#hits li").First.WaitForAsync();

        var marked = await live.Page.Locator("#hits mark").AllTextContentsAsync();
        Assert.Contains("المليشيات", marked);
        Assert.True(await live.Page.Locator("#facets [data-facet=outlet] li").CountAsync() >= 1);
        await live.ScreenshotAsync("search-arabic");
    }

    [BrowserFact]
    public async Task Searching_in_english_finds_the_arabic_actor()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);
        await live.GotoAsync("/index.html");

        await live.Page.FillAsync("#q", "Kadhimi");
        await live.Page.ClickAsync("#search button[type=submit]");
        await live.Page.Locator("#hits li").First.WaitForAsync();

        Assert.Contains("مصطفى الكاظمي", await live.Page.Locator("#expansions").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await live.Page.Locator("#hits li").CountAsync() >= 3);
        Assert.Contains("الكاظمي", await live.Page.Locator("#hits mark").AllTextContentsAsync());
        await live.ScreenshotAsync("search-english");
    }

    [BrowserFact]
    public async Task The_reader_links_mentions_and_strikes_through_removed_furniture_on_request()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);
        await live.GotoAsync("/index.html?q=" + Uri.EscapeDataString("تهدد باستهداف"));

        await live.Page.Locator("#hits li .title a").First.ClickAsync();
        await live.Page.Locator("#reader p").First.WaitForAsync();

        var mention = live.Page.Locator("#reader a.mention[data-entity='kb:kataib-hezbollah']").First;
        Assert.Equal("Kataib Hezbollah", await mention.GetAttributeAsync("title"));
        Assert.True(await live.Page.Locator("#reader a.trigger, #reader .mention.trigger").CountAsync() >= 1);
        var removed = live.Page.Locator("#reader del.removed").First;
        Assert.False(await removed.IsVisibleAsync());
        await live.Page.CheckAsync("#show-removed");
        Assert.True(await removed.IsVisibleAsync());
        Assert.Contains("اقرأ أيضاً", await removed.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("rtl", await live.Page.GetAttributeAsync("html", "dir"));
        await live.ScreenshotAsync("article-reader");
    }

    [BrowserFact]
    public async Task An_actor_page_opens_from_a_mention()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);
        await live.GotoAsync("/article.html?id=" + await live.ArticleIdAsync("تهدد باستهداف"));

        await live.Page.Locator("#reader a.mention[data-entity='kb:kataib-hezbollah']").First.ClickAsync();
        await live.Page.Locator("#events li.event").First.WaitForAsync();

        Assert.Equal("كتائب حزب الله", await live.Page.Locator("#name").TextContentAsync());
        Assert.True(await live.Page.Locator("#events li.event").CountAsync() >= 4);
        Assert.Contains("فيلق القدس", await live.Page.Locator("#affiliations").TextContentAsync(), StringComparison.Ordinal);
        await live.ScreenshotAsync("actor");
    }

    [BrowserFact]
    public async Task The_timeline_answers_who_threatened_in_april_2021_and_who_reported_it()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);

        await live.GotoAsync("/timeline.html?category=THREATEN&from=2021-04-01&to=2021-04-30&actor=kb:quds-force&affiliates=true");
        await live.Page.Locator("#timeline .vis-item").First.WaitForAsync();

        Assert.True(await live.Page.Locator("#timeline .vis-item").CountAsync() >= 3);
        var outlets = await live.Page.Locator("#events .outlet").AllTextContentsAsync();
        Assert.Contains("وكالة الرافدين", outlets);
        Assert.Contains("صحيفة دجلة", outlets);
        Assert.Contains("كتائب حزب الله", await live.Page.Locator("#expanded").TextContentAsync(), StringComparison.Ordinal);
        // The axis speaks Arabic, with the Iraqi month names.
        Assert.Contains("نيسان 2021", string.Join(' ', await live.Page.Locator("#timeline .vis-time-axis .vis-text").AllTextContentsAsync()), StringComparison.Ordinal);
        await live.ScreenshotAsync("timeline");
    }

    [BrowserFact]
    public async Task The_graph_draws_actors_and_interactions()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);

        await live.GotoAsync("/graph.html");
        await live.Page.Locator("#graph[data-rendered]").WaitForAsync();

        Assert.True(int.Parse(await live.Page.GetAttributeAsync("#graph", "data-rendered") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.True(await live.Page.Locator("#graph canvas").CountAsync() >= 1);
        await live.ScreenshotAsync("graph");
    }

    [BrowserFact]
    public async Task The_map_draws_offline_borders_and_event_markers()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);

        await live.GotoAsync("/map.html");
        await live.Page.Locator("#map[data-markers]").WaitForAsync();

        Assert.Equal("true", await live.Page.GetAttributeAsync("#map", "data-borders"));
        Assert.True(await live.Page.Locator("#map path.leaflet-interactive").CountAsync() > 100, "country borders drawn from world-atlas");
        Assert.True(await live.Page.Locator("#map path.event-marker").CountAsync() >= 3);
        await live.Page.Locator("#map path.event-marker").First.ClickAsync(new LocatorClickOptions { Force = true });
        await live.Page.Locator(".leaflet-popup-content").WaitForAsync();
        await live.ScreenshotAsync("map");
    }

    [BrowserFact]
    public async Task The_story_view_shows_the_outlets_and_where_they_differ()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);

        await live.GotoAsync("/story.html?article=" + await live.ArticleIdAsync("تهدد باستهداف"));
        await live.Page.Locator("#facts .fact").First.WaitForAsync();
        await live.ScreenshotAsync("story");

        var outlets = await live.Page.Locator("#outlets").TextContentAsync();
        Assert.Contains("وكالة الرافدين", outlets, StringComparison.Ordinal);
        Assert.Contains("صحيفة دجلة", outlets, StringComparison.Ordinal);
        Assert.Contains(await live.Page.Locator("#facts li.differs").AllTextContentsAsync(), d => d.StartsWith("injured: ", StringComparison.Ordinal));
        await live.ScreenshotAsync("story");
    }
}
