using System.Text.Json;
using Marsad.Testing;
using NJsonSchema;

namespace Marsad.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public async Task Exports_json_that_matches_the_published_schema()
    {
        using var dir = new TempFolder();
        dir.Write("in/one.txt", ArabicFixtures.ShortPage);
        dir.Write("in/two.txt", ArabicFixtures.OtherPage);
        var db = dir.File("m.db");
        await CliRun.Of("analyze", dir.File("in"), "--db", db);

        var run = await CliRun.Of("export", "--db", db, "--format", "json", "--out", dir.File("out.json"));

        Assert.Equal(0, run.ExitCode);
        var json = await File.ReadAllTextAsync(dir.File("out.json"));
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "export.schema.json"));
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        using var doc = JsonDocument.Parse(json);
        var articles = doc.RootElement.GetProperty("articles");
        Assert.Equal(2, articles.GetArrayLength());
        foreach (var article in articles.EnumerateArray())
        {
            Assert.Contains(Path.Join(dir.File("in"), ""), article.GetProperty("source_file").GetString());
            Assert.Equal(0, article.GetProperty("index_in_file").GetInt32());
        }
    }

    [Fact]
    public async Task Every_exported_span_lies_inside_its_article_text_and_quotes_it()
    {
        using var dir = new TempFolder();
        dir.Write("in/one.txt", ArabicFixtures.ShortPage);
        var db = dir.File("m.db");
        await CliRun.Of("analyze", dir.File("in"), "--db", db);

        var run = await CliRun.Of("export", "--db", db);

        using var doc = JsonDocument.Parse(run.Out);
        var texts = doc.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        foreach (var layer in new[] { "dates", "numbers" })
        {
            foreach (var row in doc.RootElement.GetProperty(layer).EnumerateArray())
            {
                var text = texts[row.GetProperty("article").GetString()!];
                var (start, end) = (row.GetProperty("start").GetInt32(), row.GetProperty("end").GetInt32());
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text[start..end], row.GetProperty("text").GetString());
            }
        }
    }

    [Fact]
    public async Task Export_of_a_missing_store_says_how_to_make_one()
    {
        using var dir = new TempFolder();
        var run = await CliRun.Of("export", "--db", dir.File("none.db"), "--format", "json");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("marsad analyze", run.Error);
        Assert.False(File.Exists(dir.File("none.db")));
    }
}
