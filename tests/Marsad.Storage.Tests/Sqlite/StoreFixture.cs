using System.Text;
using Marsad.Documents;
using Marsad.Persistence;
using Marsad.Storage.Sqlite;
using Marsad.Testing;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>A temporary store plus a default engine to produce analysed inputs for it.</summary>
internal sealed class StoreFixture : IAsyncDisposable
{
    public TempFolder Folder { get; } = new();

    public Engine Engine { get; } = Engine.CreateDefault();

    public string DbPath => Folder.File("store.db");

    public SqliteArticleStore Open() => SqliteArticleStore.Open(DbPath);

    public AnalyzedInput Analyze(string path, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var analysis = Engine.Analyze(path, Path.GetFullPath(Folder.File(path)), bytes);
        return analysis.Input ?? throw new InvalidOperationException($"fixture did not analyse: {string.Join("; ", analysis.Errors)}");
    }

    /// <summary>
    /// An analysed article with every fact layer filled by hand (entities, mentions, a relation, a quote, an event
    /// with a quantity), so storage and export can be tested whatever the extraction stages find.
    /// </summary>
    public (AnalyzedInput Input, Document Facts) AnalyzeWithFacts()
    {
        var input = Analyze("facts.txt", """
            قيادي يهدد بقصف القاعدة

            قال القيادي في حركة الفجر وليد حمدان إن الحركة ستقصف قاعدة عين الأسد إذا لم تنسحب القوات، وأعلن أن 300 مقاتل جاهزون.
            """);
        var article = input.Pages[0].Articles[0];
        var doc = article.Document;
        TextSpan Find(string s) => new(doc.Text.IndexOf(s, StringComparison.Ordinal), doc.Text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        var count = new Quantity(Find("300 مقاتل"), 300, "fighter", "مقاتل", null, false);
        var (person, group) = ($"{doc.Id}/e0", $"{doc.Id}/e1");
        var facts = doc with
        {
            Mentions = [new Mention(Find("حركة الفجر"), EntityKind.Organization, MentionSource.Context, group, "حركة"),
                        new Mention(Find("وليد حمدان"), EntityKind.Person, MentionSource.Context, person, "القيادي في"),
                        new Mention(Find("عين الأسد"), EntityKind.Location, MentionSource.KnowledgeBase, "kb:ain-al-asad")],
            Entities = [new Entity(person, EntityKind.Person, "وليد حمدان"), new Entity(group, EntityKind.Organization, "حركة الفجر") { Aliases = ["الفجر"] },
                        new Entity("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "Ain al-Asad Air Base", null, true) { Country = "IRQ", Latitude = 33.8, Longitude = 42.44 }],
            Relations = [new Relation(RelationPredicate.MemberOf, person, group, Find("القيادي في حركة الفجر"), "القيادي في حركة الفجر")],
            Quotes = [new Quote(Find("الحركة ستقصف قاعدة عين الأسد إذا لم تنسحب القوات"), false, Find("قال"), "قال", person, Find("وليد حمدان"), null, QuoteMedium.Statement, null)],
            Events = [new NewsEvent($"{doc.Id}/ev0", EventCategory.Threaten, Find("قال القيادي"), Find("ستقصف"))
            {
                Modes = ["violence"], Actors = [group], Recipients = ["us-forces", "forces-at:kb:ain-al-asad"], Date = new DateOnly(2021, 4, 8),
                DatePrecision = DatePrecision.Day, DateRule = "article-date", Flags = EventFlags.Conditional | EventFlags.Future,
                PlaceId = "kb:ain-al-asad", PlaceSpan = Find("عين الأسد"), Quantities = [count], Injured = 2,
            }],
            Quantities = [count],
        };
        return (input with { Pages = [input.Pages[0] with { Articles = [article with { Document = facts }] }] }, facts);
    }

    public ValueTask DisposeAsync()
    {
        Folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
