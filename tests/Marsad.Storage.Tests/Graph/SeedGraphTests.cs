using Marsad.Documents;
using Marsad.Ingestion;
using Marsad.Inputs;
using Marsad.Persistence;
using Marsad.Persistence.Graph;
using Marsad.Storage.Graph;
using Marsad.Storage.Sqlite;
using Marsad.Testing;

namespace Marsad.Storage.Tests.Graph;

/// <summary>The acceptance on the seed articles (read from ../shared at run time, never copied).</summary>
public class SeedGraphTests
{
    [SharedFact]
    public async Task Seeds_link_into_the_events_and_stories_an_analyst_would_draw()
    {
        using var dir = new TempFolder();
        var db = dir.File("seeds.db");
        IReadOnlyList<StoredArticle> articles;
        await using (var store = SqliteArticleStore.Open(db))
        {
            await new Analyzer(Engine.CreateDefault(), store).RunAsync([.. InputEnumerator.Expand([SharedData.Seeds!])]);
            articles = await store.ReadArticlesAsync(ArticleQuery.Current).ToListAsync();
        }

        await using var graph = SqliteGraphStore.Open(db);
        await GraphFixture.Updater(graph).UpdateAsync();
        string Seed(string prefix, int index = 0) =>
            articles.Where(a => Path.GetFileName(a.SourceFile).StartsWith(prefix, StringComparison.Ordinal)).OrderBy(a => a.Id, StringComparer.Ordinal).ElementAt(index).Id;

        // The third round of the US–Iraq strategic dialogue (7 April 2021): one event reported by 000, 002 and 004.
        var april = await graph.ListEventsAsync(new GraphQuery(new(2021, 4, 1), new(2021, 4, 30), [EventCategory.Consult], IncludeBackground: true, Limit: int.MaxValue));
        Assert.Contains(april, e => new[] { Seed("000"), Seed("002"), Seed("004") }.All(e.Articles.Contains));

        // Qaani's Baghdad visits: November 2020 (001) and April 2021 (000) are two events.
        var november = await graph.ListEventsAsync(new GraphQuery(new(2020, 11, 1), new(2020, 11, 30), [EventCategory.Consult], IncludeBackground: true, Limit: int.MaxValue));
        var visits = november.Where(e => e.Articles.Contains(Seed("001")) && e.Sentence.Contains("قاآني", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.DoesNotContain(v.Articles, a => a == Seed("000") || a == Seed("004")));
        Assert.Contains(april, e => e.Articles.Contains(Seed("000")) && e.Sentence.Contains("قآني", StringComparison.Ordinal));
        Assert.DoesNotContain(april, e => e.Articles.Contains(Seed("001")) && !e.BackgroundOnly && e.Articles.Contains(Seed("000")));

        // The second article on seed 003's page (the Iranian defence minister in Damascus) is a story of its own.
        var damascus = Seed("003", 1);
        var stories = await graph.ListStoriesAsync(GraphQuery.All);
        var own = Assert.Single(stories, s => s.Articles.Any(a => a.Article.Id == damascus));
        Assert.Equal([damascus], own.Articles.Select(a => a.Article.Id));
    }
}
