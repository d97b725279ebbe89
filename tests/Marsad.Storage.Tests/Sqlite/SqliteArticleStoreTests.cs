using Marsad.Persistence;
using Marsad.Storage.Sqlite;
using Marsad.Testing;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

public class SqliteArticleStoreTests
{
    [Fact]
    public async Task Stores_an_input_and_reads_back_its_articles_with_layers()
    {
        await using var fx = new StoreFixture();
        var input = fx.Analyze("page.txt", ArabicFixtures.ShortPage);
        await using (var store = fx.Open())
        {
            var outcome = await store.SaveAsync(input);
            Assert.Equal(InputStatus.New, outcome.Status);
            Assert.Equal(input.ArticleCount, outcome.ArticlesAdded);
        }

        await using var reopened = fx.Open();
        var articles = await reopened.ReadArticlesAsync(ArticleQuery.Current).ToListAsync();
        var expected = input.Pages.SelectMany(p => p.Articles).ToList();
        Assert.Equal(expected.Count, articles.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (want, got) = (expected[i], articles[i]);
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Document.Text, got.Text);
            Assert.Equal(want.Document.Source.Title, got.Title);
            Assert.Equal(want.Document.Source.Published, got.Published);
            Assert.Equal(want.Document.Sentences.AsEnumerable(), got.Sentences.AsEnumerable());
            Assert.Equal(want.Document.Dates.AsEnumerable(), got.Dates.AsEnumerable());
            Assert.Equal(want.Document.Numbers.AsEnumerable(), got.Numbers.AsEnumerable());
            Assert.Equal(want.Clean.Removed.AsEnumerable(), got.Removed.AsEnumerable());
            Assert.Equal(want.Clean.Map.Segments.AsEnumerable(), got.Map.Segments.AsEnumerable());
        }
    }

    [Fact]
    public async Task Saving_the_same_bytes_again_stores_nothing_new()
    {
        await using var fx = new StoreFixture();
        await using var store = fx.Open();
        await store.SaveAsync(fx.Analyze("page.txt", ArabicFixtures.ShortPage));
        var before = await store.GetStatsAsync();

        var again = await store.SaveAsync(fx.Analyze("page.txt", ArabicFixtures.ShortPage));

        Assert.Equal(InputStatus.Unchanged, again.Status);
        Assert.Equal(0, again.ArticlesAdded);
        var after = await store.GetStatsAsync();
        Assert.Equal(before.Inputs, after.Inputs);
        Assert.Equal(before.Articles, after.Articles);
        Assert.Equal(before.Versions, after.Versions);
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_version_and_the_old_one_stays()
    {
        await using var fx = new StoreFixture();
        await using var store = fx.Open();
        var first = await store.SaveAsync(fx.Analyze("page.txt", ArabicFixtures.ShortPage));
        var second = await store.SaveAsync(fx.Analyze("page.txt", ArabicFixtures.ShortPageEdited));

        Assert.Equal(InputStatus.Changed, second.Status);
        Assert.Equal(2, second.Version);
        var current = await store.ReadArticlesAsync(ArticleQuery.Current).ToListAsync();
        var all = await store.ReadArticlesAsync(new ArticleQuery(AllVersions: true)).ToListAsync();
        Assert.All(current, a => Assert.Equal(second.InputId, a.InputId));
        Assert.Contains(all, a => a.InputId == first.InputId);
        Assert.True(all.Count > current.Count);
    }

    [Fact]
    public async Task Knowing_the_bytes_of_a_reverted_file_adds_a_version_but_no_content()
    {
        await using var fx = new StoreFixture();
        await using var store = fx.Open();
        var original = fx.Analyze("page.txt", ArabicFixtures.ShortPage);
        await store.SaveAsync(original);
        await store.SaveAsync(fx.Analyze("page.txt", ArabicFixtures.ShortPageEdited));
        var inputsBefore = (await store.GetStatsAsync()).Inputs;

        await store.RecordKnownAsync(original.FullPath, original.Input.Sha256);

        var stats = await store.GetStatsAsync();
        Assert.Equal(inputsBefore, stats.Inputs);
        Assert.Equal(3, stats.Versions);
        var current = await store.ReadArticlesAsync(ArticleQuery.Current).ToListAsync();
        Assert.All(current, a => Assert.Equal(original.Pages[0].Articles[0].Document.Text, a.Text));
    }

    [Fact]
    public async Task A_save_that_fails_midway_leaves_no_half_input_and_keeps_earlier_commits()
    {
        await using var fx = new StoreFixture();
        await using var store = fx.Open();
        await store.SaveAsync(fx.Analyze("good.txt", ArabicFixtures.OtherPage));
        var before = await store.GetStatsAsync();

        // Two articles with one id: the second insert violates the primary key after the input, page and first
        // article rows were written inside the transaction.
        var bad = fx.Analyze("bad.txt", ArabicFixtures.ShortPage);
        var article = bad.Pages[0].Articles[0];
        var duplicated = bad with { Pages = [bad.Pages[0] with { Articles = [article, article] }] };
        await Assert.ThrowsAsync<SqliteException>(() => store.SaveAsync(duplicated));

        var after = await store.GetStatsAsync();
        Assert.Equal(before.Inputs, after.Inputs);
        Assert.Equal(before.Articles, after.Articles);
        Assert.Equal(before.Sentences, after.Sentences);
        Assert.Equal(before.Versions, after.Versions);
        var survivors = await store.ReadArticlesAsync(ArticleQuery.Current).ToListAsync();
        Assert.All(survivors, a => Assert.Equal("good.txt", a.SourceFile));
    }

    [Fact]
    public async Task Records_and_lists_failures()
    {
        await using var fx = new StoreFixture();
        await using var store = fx.Open();
        await store.RecordFailureAsync(new Inputs.InputError("x.bin", "looks binary"));
        var failures = await store.ReadFailuresAsync().ToListAsync();
        Assert.Equal("x.bin: looks binary", Assert.Single(failures).ToString());
    }

    [Fact]
    public async Task Reports_known_content_hashes_for_skipping_reruns()
    {
        await using var fx = new StoreFixture();
        await using var store = fx.Open();
        var input = fx.Analyze("page.txt", ArabicFixtures.ShortPage);
        await store.SaveAsync(input);
        Assert.Contains(input.Input.Sha256, await store.LoadKnownHashesAsync());
        Assert.Equal(InputStatus.Unchanged, await store.GetStatusAsync(input.FullPath, input.Input.Sha256));
        Assert.Equal(InputStatus.Changed, await store.GetStatusAsync(input.FullPath, new string('0', 64)));
        Assert.Equal(InputStatus.New, await store.GetStatusAsync("/elsewhere.txt", new string('0', 64)));
    }
}
