using System.Collections.Immutable;
using Marsad.Briefs;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Tests.Briefs;

/// <summary>
/// Hand-built query results for brief tests (invented actors and articles; the Arabic is written for these tests):
/// two outlets report one shelling with different tolls, a third article copies the first, and a fourth reports a
/// planned attack (future) and a meeting.
/// </summary>
internal static class BriefFacts
{
    public static readonly NamedId Militia = new("kb:test-militia", "كتائب الاختبار", "Test Brigades");
    public static readonly NamedId Army = new("kb:test-army", "الجيش التجريبي", "Test Army");
    public static readonly NamedId Minister = new("a1/e1", "سالم الوردي");
    public static readonly NamedId Town = new("kb:test-town", "بلدة النخيل", "Nakheel");

    public static readonly SourceArticle A1 = new("a1", "صحيفة الأولى", new DateOnly(2022, 3, 2), "قصف على بلدة النخيل");
    public static readonly SourceArticle A2 = new("a2", "وكالة الثانية", new DateOnly(2022, 3, 2), "ضحايا في قصف النخيل");
    public static readonly SourceArticle A3 = new("a3", "موقع الناسخ", new DateOnly(2022, 3, 3), "قصف على بلدة النخيل", DuplicateOf: "a1");
    public static readonly SourceArticle A4 = new("a4", "صحيفة الأولى", new DateOnly(2022, 3, 9), "تهديدات بعد القصف");

    public static EventReport Report(SourceArticle a, int? dead, EventFlags flags = EventFlags.None, string date = "2022-03-01") =>
        new($"{a.Id}/ev1", a, date, DatePrecision.Day, dead, null, flags, "جملة الخبر", 0, 10, 1.0, "test");

    public static EventDetail Event(string id, EventCategory category, DateOnly? date, ImmutableArray<NamedId> actors, ImmutableArray<NamedId> recipients,
        IReadOnlyList<EventReport> reports, bool backgroundOnly = false, string sentence = "قصفت كتائب الاختبار مواقع الجيش التجريبي في بلدة النخيل.")
    {
        var articles = reports.Select(r => r.Article.Id).Distinct().ToImmutableArray();
        var outlets = reports.Select(r => r.Article.Outlet!).Distinct().ToImmutableArray();
        var summary = new EventSummary(id, category, date, date, Town, actors, recipients, reports.Count, articles, outlets,
            reports.Select(r => r.Article.DuplicateOf ?? r.Article.Id).Distinct().Count(), reports[0].Article.Id, reports[0].Article.Published, backgroundOnly, sentence);
        return new EventDetail(summary, [.. reports]);
    }

    public static GraphEdge Edge(NamedId from, NamedId to, EdgeKind kind, string relation, params SourceArticle[] articles) =>
        new(from.Id, to.Id, kind, relation, null, articles.Length, articles.Length, articles[0].Published, articles[^1].Published,
            [.. articles.Select(a => new Evidence(a.Id, a.Published, 0, 5, a.Outlet))], []);

    public static GraphNode Node(NamedId n, EntityKind kind = EntityKind.Organization) => new(n.Id, kind, n.Name, n.NameEn, 3, null, null);

    public static BriefInput Input(
        ImmutableArray<EventDetail>? events = null,
        ImmutableArray<QuoteSummary>? quotes = null,
        ActorGraph? graph = null,
        ImmutableArray<SourceArticle>? articles = null) => new(
            new BriefScope(),
            [],
            graph ?? new ActorGraph([], []),
            events ?? [],
            quotes ?? [],
            [],
            articles ?? [A1, A2, A3, A4]);
}
