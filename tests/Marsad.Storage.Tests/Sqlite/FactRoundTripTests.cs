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
        var (saved, facts) = fx.AnalyzeWithFacts();
        var count = facts.Quantities[0];

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
