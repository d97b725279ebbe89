using Microsoft.Playwright;

namespace Marsad.Web.Tests.Browser;

/// <summary>
/// The "done when" path, clicked through as a new user would: from the search page to the timeline, the
/// filters chosen with the form (category, dates, a camp picked by typing its name, its affiliated groups), to the
/// list that says what each threat was and which outlet reported it, and on to the article.
/// </summary>
[Collection(BrowserCollection.Name)]
public class QuestionPathTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task What_the_iran_aligned_factions_threatened_in_april_2021_and_who_reported_it()
    {
        await using var live = await LiveWorkspace.StartAsync(browser);
        var page = live.Page;
        await live.GotoAsync("/index.html");

        // 1. The timeline, from the site's navigation.
        await page.Locator("header.site nav").GetByRole(AriaRole.Link, new() { Name = "الخط الزمني", Exact = true }).ClickAsync();
        await page.Locator("#filters").WaitForAsync();

        // 2. Threats in April 2021 by the Quds Force's camp: the camp is picked by typing its name (no article names
        //    it; the knowledge base knows which factions are aligned with it).
        await page.SelectOptionAsync("#category", "THREATEN");
        await page.FillAsync("#from", "2021-04-01");
        await page.FillAsync("#to", "2021-04-30");
        await page.FillAsync("#actor-name", "فيلق القدس");
        await page.Locator(".suggestions button[data-id='kb:quds-force']").ClickAsync();
        await page.CheckAsync("#affiliates");
        await page.GetByRole(AriaRole.Button, new() { Name = "طبّق" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("actor=kb%3Aquds-force", StringComparison.Ordinal) || url.Contains("actor=kb:quds-force", StringComparison.Ordinal));
        await page.Locator("#timeline .vis-item").First.WaitForAsync();

        // 3. The answer: the threats, each with its actor, sentence and the outlet that reported it.
        var events = page.Locator("#events li.event");
        Assert.True(await events.CountAsync() >= 3, "threats reported by three outlets");
        Assert.All(await events.Locator(".category").AllTextContentsAsync(), c => Assert.Contains("تهديد", c, StringComparison.Ordinal));
        Assert.All(await events.Locator(".date").AllTextContentsAsync(), d => Assert.Contains("2021-04", d, StringComparison.Ordinal));
        var who = string.Join(" | ", await events.Locator(".who").AllTextContentsAsync());
        Assert.Contains("كتائب حزب الله", who, StringComparison.Ordinal);
        Assert.Contains("عصائب أهل الحق", who, StringComparison.Ordinal);
        var outlets = await events.Locator(".outlet").AllTextContentsAsync();
        Assert.Contains("وكالة الرافدين", outlets);
        Assert.Contains("صحيفة دجلة", outlets);
        Assert.Contains("موقع الفرات", outlets);
        Assert.Contains("عصائب أهل الحق", await page.Locator("#expanded").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("فيلق القدس", await page.InputValueAsync("#actor-name"));
        await live.ScreenshotAsync("question-threats-april-2021");

        // 4. The article behind one threat, with the threat highlighted.
        var reported = events.Filter(new() { HasText = "موقع الفرات" }).First;
        await reported.Locator(".source a").First.ClickAsync();
        await page.Locator("#reader p").First.WaitForAsync();
        var threat = page.Locator("#reader p", new() { HasText = "عصائب أهل الحق" }).Locator("a.trigger[data-category='THREATEN']");
        Assert.True(await threat.CountAsync() >= 1, "the threat is highlighted in its paragraph");
        Assert.Empty(live.PageErrors);
        await live.ScreenshotAsync("question-article");
    }
}
