using System.Text.Json;
using NJsonSchema;

namespace Marsad.Cli.Tests.CrossDocument;

public class ExportLinksTests(LinkedStore store) : IClassFixture<LinkedStore>
{
    [Fact]
    public async Task Export_carries_stories_and_clusters_and_still_matches_the_schema()
    {
        var path = store.File("export.json");
        var run = await CliRun.Of("export", "--db", store.Db, "--out", path);

        Assert.Equal(0, run.ExitCode);
        var json = await File.ReadAllTextAsync(path);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "export.schema.json"));
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var stories = root.GetProperty("stories").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.NotEmpty(stories);
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            var id = article.GetProperty("id").GetString()!;
            foreach (var story in article.GetProperty("stories").EnumerateArray())
            {
                Assert.Contains(id, stories[story.GetString()!].GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
            }
        }

        // The attack is told by both outlets: its reports share one cluster listing both articles and outlets.
        var merged = root.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("category").GetString() == "ASSAULT" && e.GetProperty("outlets").GetArrayLength() == 2).ToList();
        Assert.NotEmpty(merged);
        foreach (var cluster in merged.GroupBy(e => e.GetProperty("cluster").GetString()))
        {
            var reporting = cluster.Select(e => e.GetProperty("article").GetString()).Distinct().Order().ToList();
            Assert.Equal(2, reporting.Count);
            Assert.All(cluster, e => Assert.Equal(reporting, e.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order()));
        }

        // A knowledge-base actor named by three articles lists them all and resolves to itself.
        var kadhimi = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "kb:kadhimi");
        Assert.Equal(3, kadhimi.GetProperty("articles").GetArrayLength());
        Assert.Equal("kb:kadhimi", kadhimi.GetProperty("global_id").GetString());
        var quote = root.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("speaker").GetString() == "kb:kadhimi");
        Assert.Equal(2, quote.GetProperty("outlets").GetArrayLength());
    }

    [Fact]
    public async Task Every_exported_key_is_declared_in_the_schema()
    {
        var run = await CliRun.Of("export", "--db", store.Db);
        using var schemaDoc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "export.schema.json")));
        var definitions = schemaDoc.RootElement.GetProperty("definitions");
        using var doc = JsonDocument.Parse(run.Out);

        var declared = schemaDoc.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(doc.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, declared));
        foreach (var (array, definition) in new[] { ("articles", "article"), ("stories", "story"), ("entities", "entity"), ("mentions", "mention"), ("quotes", "quote"), ("events", "event") })
        {
            var keys = definitions.GetProperty(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
            foreach (var row in doc.RootElement.GetProperty(array).EnumerateArray())
            {
                Assert.All(row.EnumerateObject(), p => Assert.True(keys.Contains(p.Name), $"{array}[].{p.Name} is not in the schema"));
            }
        }
    }
}
