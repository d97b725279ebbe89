using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Persistence;

namespace Marsad.Storage.Tests.Sqlite;

public class FactRoundTripTests
{
    [Fact]
    public async Task Every_fact_layer_reads_back_as_it_was_saved()
    {
        await using var fx = new StoreFixture();
        var input = fx.Analyze("facts.txt", """
            قيادي يهدد بقصف القاعدة

            قال القيادي في حركة الفجر وليد حمدان إن الحركة ستقصف القاعدة إذا لم تنسحب القوات، وأعلن أن 300 مقاتل جاهزون.
            """);
        var article = input.Pages[0].Articles[0];
        var doc = article.Document;
        TextSpan Find(string s) => new(doc.Text.IndexOf(s, StringComparison.Ordinal), doc.Text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        var count = new Quantity(Find("300 مقاتل"), 300, "fighter", "مقاتل", null, false);
        var local = $"{doc.Id}/e0";
        var facts = doc with
        {
            Mentions = [new Mention(Find("حركة الفجر"), EntityKind.Organization, MentionSource.Context, $"{doc.Id}/e1", "حركة"),
                        new Mention(Find("وليد حمدان"), EntityKind.Person, MentionSource.Context, local, "القيادي في")],
            Entities = [new Entity(local, EntityKind.Person, "وليد حمدان"), new Entity($"{doc.Id}/e1", EntityKind.Organization, "حركة الفجر") { Aliases = ["الفجر"] }],
            Relations = [new Relation(RelationPredicate.MemberOf, local, $"{doc.Id}/e1", Find("القيادي في حركة الفجر"), "القيادي في حركة الفجر")],
            Quotes = [new Quote(Find("الحركة ستقصف القاعدة إذا لم تنسحب القوات"), false, Find("قال"), "قال", local, Find("وليد حمدان"), null, QuoteMedium.Statement, null)],
            Events = [new NewsEvent($"{doc.Id}/ev0", EventCategory.Threaten, Find("قال القيادي"), Find("ستقصف"))
            {
                Modes = ["violence"], Actors = [$"{doc.Id}/e1"], Recipients = ["us-forces"], Date = new DateOnly(2021, 4, 8),
                DatePrecision = DatePrecision.Day, DateRule = "article-date", Flags = EventFlags.Conditional | EventFlags.Future,
                Quantities = [count], Injured = 2,
            }],
            Quantities = [count],
        };
        var saved = input with { Pages = [input.Pages[0] with { Articles = [article with { Document = facts }] }] };

        await using var store = fx.Open();
        await store.SaveAsync(saved);
        var back = Assert.Single(await store.ReadArticlesAsync(ArticleQuery.Current).ToListAsync());

        Assert.Equal(facts.Mentions.AsEnumerable(), back.Mentions.AsEnumerable());
        Assert.Equal(facts.Relations.AsEnumerable(), back.Relations.AsEnumerable());
        Assert.Equal(facts.Quotes.AsEnumerable(), back.Quotes.AsEnumerable());
        Assert.Equal(facts.Quantities.AsEnumerable(), back.Quantities.AsEnumerable());
        Assert.Equal(["الفجر"], back.Entities.Single(e => e.Kind == EntityKind.Organization).Aliases.AsEnumerable());
        var ev = Assert.Single(back.Events);
        var want = facts.Events[0];
        Assert.Equal((want.Id, want.Category, want.Span, want.Trigger, want.Date, want.DatePrecision, want.DateRule, want.Flags, want.Injured),
            (ev.Id, ev.Category, ev.Span, ev.Trigger, ev.Date, ev.DatePrecision, ev.DateRule, ev.Flags, ev.Injured));
        Assert.Equal(want.Actors.AsEnumerable(), ev.Actors.AsEnumerable());
        Assert.Equal(want.Modes.AsEnumerable(), ev.Modes.AsEnumerable());
        Assert.Equal([count], ev.Quantities.AsEnumerable());
    }

    [Fact]
    public async Task An_inferred_publication_date_is_stored_as_the_date_and_flagged()
    {
        await using var fx = new StoreFixture();
        var input = fx.Analyze("undated.txt", "عنوان بلا تاريخ\n\nقال مسؤول محلي اليوم الخميس إن الجسر سيفتح غداً أمام السيارات بعد إصلاحه.");
        var article = input.Pages[0].Articles[0];
        var inferred = new InferredDate(new DateOnly(2021, 4, 8), "today-weekday-after-latest-date", [new TextSpan(0, 5)]);
        var saved = input with { Pages = [input.Pages[0] with { Articles = [article with { Document = article.Document with { InferredPublished = inferred } }] }] };

        await using var store = fx.Open();
        await store.SaveAsync(saved);
        var back = Assert.Single(await store.ReadArticlesAsync(ArticleQuery.Current).ToListAsync());

        Assert.Equal(new DateOnly(2021, 4, 8), back.Published);
        Assert.True(back.PublishedInferred);
        Assert.Null(back.PublishedText);
        Assert.Equal(inferred.Rule, back.Inferred?.Rule);
        Assert.Equal(inferred.Evidence.AsEnumerable(), back.Inferred!.Evidence.AsEnumerable());
    }
}
