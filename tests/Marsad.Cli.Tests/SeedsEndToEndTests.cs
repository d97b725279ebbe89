using System.Text.Json;
using Marsad.Testing;

namespace Marsad.Cli.Tests;

/// <summary>
/// The README's path on the seed pages in ../shared/seeds: analyze the folder, export JSON, and check what the
/// foundation issue promises (article count, titles present, printed dates, no furniture). Skipped without ../shared.
/// </summary>
public class SeedsEndToEndTests
{
    [SharedFact]
    public async Task Analysing_the_seed_folder_exports_six_articles_with_their_printed_dates()
    {
        using var dir = new TempFolder();
        var db = dir.File("seeds.db");

        var analyze = await CliRun.Of("analyze", SharedData.Seeds!, "--db", db);
        var export = await CliRun.Of("export", "--db", db, "--format", "json", "--out", dir.File("seeds.json"));

        Assert.Equal(0, analyze.ExitCode);
        Assert.Equal(0, export.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(dir.File("seeds.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(6, articles.Count);

        string Seed(JsonElement a) => Path.GetFileName(a.GetProperty("source_file").GetString()!)[..3];
        var bySeed = articles.GroupBy(Seed).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([1, 1, 1, 2, 1], new[] { "000", "001", "002", "003", "004" }.Select(s => bySeed[s].Count));
        Assert.Equal("2021-04-09", bySeed["000"][0].GetProperty("published").GetString());
        Assert.Equal("2020-11-24", bySeed["001"][0].GetProperty("published").GetString());
        Assert.Equal("2021-04-09", bySeed["002"][0].GetProperty("published").GetString());
        foreach (var a in bySeed["003"].Concat(bySeed["004"]))
        {
            // No printed date: published stays null unless the text pins it, and then it says it was inferred.
            Assert.Equal(JsonValueKind.Null, a.GetProperty("published_text").ValueKind);
            Assert.True(a.GetProperty("published").ValueKind == JsonValueKind.Null || a.GetProperty("published_inferred").GetBoolean());
        }

        Assert.Equal([0, 1], bySeed["003"].Select(a => a.GetProperty("index_in_file").GetInt32()));
        foreach (var a in articles)
        {
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("title").GetString()));
            var text = a.GetProperty("text").GetString()!;
            foreach (var furniture in new[] { "fbpx", "tptn_list", "ادعموا درج", "رابط مختصر", "ملفات تعريف الارتباط" })
            {
                Assert.DoesNotContain(furniture, text);
            }

            Assert.NotEmpty(a.GetProperty("removed").EnumerateArray());
        }
    }
}
