using System.Text;
using System.Text.Json;
using Marsad.Export;
using Marsad.Persistence;
using Marsad.Storage.Tests.Sqlite;
using NJsonSchema;

namespace Marsad.Storage.Tests.Export;

public class ExporterTests
{
    static async Task<(StoreFixture Fixture, Storage.Sqlite.SqliteArticleStore Store)> StoreWithFacts()
    {
        var fx = new StoreFixture();
        var store = fx.Open();
        await store.SaveAsync(fx.AnalyzeWithFacts().Input);
        return (fx, store);
    }

    static async Task<string> Run(Func<Stream, Task<int>> write)
    {
        using var buffer = new MemoryStream();
        await write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF');
    }

    [Fact]
    public async Task Json_export_carries_every_fact_and_matches_the_schema()
    {
        var (fx, store) = await StoreWithFacts();
        await using (fx)
        await using (store)
        {
            var json = await Run(s => new JsonExporter(store).WriteAsync(s, ArticleQuery.Current));

            var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "export.schema.json"));
            var errors = schema.Validate(json);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            Assert.Equal(3, root.GetProperty("entities").GetArrayLength());
            Assert.Equal(3, root.GetProperty("mentions").GetArrayLength());
            Assert.Equal("member_of", root.GetProperty("relations")[0].GetProperty("predicate").GetString());
            Assert.Equal("وليد حمدان", root.GetProperty("quotes")[0].GetProperty("speaker_text").GetString());
            var ev = root.GetProperty("events")[0];
            Assert.Equal("THREATEN", ev.GetProperty("category").GetString());
            Assert.Equal(["conditional", "future"], ev.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
            Assert.Equal(33.8, ev.GetProperty("lat").GetDouble());
            Assert.Equal("ستقصف", ev.GetProperty("trigger").GetString());
            Assert.Equal(300, root.GetProperty("quantities")[0].GetProperty("value").GetInt32());
        }
    }

    [Fact]
    public async Task Plover_export_writes_one_event_per_line_with_plover_field_names()
    {
        var (fx, store) = await StoreWithFacts();
        await using (fx)
        await using (store)
        {
            var jsonl = await Run(s => new PloverExporter(store, ActorCodes.Default).WriteAsync(s, ArticleQuery.Current));

            var line = Assert.Single(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            Assert.Equal("2021-04-08", e.GetProperty("date").GetString());
            Assert.Equal(["THREATEN"], e.GetProperty("event").EnumerateArray().Select(x => x.GetString()));
            Assert.Equal(3, e.GetProperty("quad_code").GetInt32());
            Assert.Equal("حركة الفجر", e.GetProperty("actor")[0].GetProperty("entity_text").GetString());
            var recipients = e.GetProperty("recipient").EnumerateArray().ToList();
            Assert.Equal(("USA", "MIL"), (recipients[0].GetProperty("code").GetString(), recipients[0].GetProperty("sector").GetString()));
            Assert.Equal("forces at Ain al-Asad Air Base", recipients[1].GetProperty("identifier_text").GetString());
            Assert.Equal(42.44, e.GetProperty("event_loc").GetProperty("lon").GetDouble());
            Assert.Equal("ar", e.GetProperty("cite_info").GetProperty("language").GetString());
        }
    }

    [Fact]
    public async Task Csv_export_writes_a_header_and_one_row_per_event_with_names_and_the_sentence()
    {
        var (fx, store) = await StoreWithFacts();
        await using (fx)
        await using (store)
        {
            var csv = await Run(s => new CsvExporter(store, ActorCodes.Default).WriteAsync(s, ArticleQuery.Current));

            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Equal(string.Join(',', CsvExporter.Columns), lines[0]);
            Assert.Contains("THREATEN", lines[1]);
            Assert.Contains("US forces", lines[1]);
            Assert.Contains("قاعدة عين الأسد (Ain al-Asad Air Base)", lines[1]);
            Assert.EndsWith(",ستقصف,قال القيادي", lines[1]);
        }
    }
}
