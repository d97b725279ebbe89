using Marsad.Documents;
using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

public class GoldReaderTests
{
    [Fact]
    public void Strips_inline_markup_and_keeps_exact_offsets()
    {
        var (text, entities) = GoldReader.StripMarkup("التقى [سامر النعيمي]{PER} وفداً من [بلدية كركوك]{ORG} في [كركوك]{GPE}.");

        Assert.Equal("التقى سامر النعيمي وفداً من بلدية كركوك في كركوك.", text);
        Assert.Equal(3, entities.Length);
        foreach (var e in entities)
        {
            Assert.Equal(e.Surface, text[e.Span.Start..e.Span.End]);
        }

        Assert.Equal([EntityKind.Person, EntityKind.Organization, EntityKind.GeoPolitical], entities.Select(e => e.Kind));
    }

    [Fact]
    public void Leaves_brackets_that_are_not_markup_alone()
    {
        var (text, entities) = GoldReader.StripMarkup("عدد [غير معروف] من الجرحى");
        Assert.Equal("عدد [غير معروف] من الجرحى", text);
        Assert.Empty(entities);
    }

    [Fact]
    public void Parses_facts_beside_the_text()
    {
        var gold = GoldReader.Parse("""
            {"id":"t1","published":"2022-05-03","text":"قال [وليد حمدان]{PER}، المتحدث باسم [حركة الفجر]{ORG}: «لن نتراجع».",
             "relations":[{"subject":"وليد حمدان","predicate":"spokesperson_of","object":"حركة الفجر"}],
             "quotes":[{"content":"لن نتراجع","speaker":"وليد حمدان"}],
             "events":[{"category":"THREATEN","date":"2022-05","place":null,"flags":["future"]}]}
            """, "t.jsonl");

        Assert.Equal(new DateOnly(2022, 5, 3), gold.Published);
        Assert.Equal(RelationPredicate.SpokespersonOf, Assert.Single(gold.Relations).Predicate);
        Assert.True(Assert.Single(gold.Quotes).Direct);
        Assert.Equal(EventCategory.Threaten, Assert.Single(gold.Events).Category);
    }

    [Fact]
    public void Names_an_unknown_entity_type()
    {
        var ex = Assert.Throws<FormatException>(() => GoldReader.StripMarkup("[زيد]{PERSON}"));
        Assert.Contains("PERSON", ex.Message);
    }
}
