using Marsad.Documents;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>How many: casualties and quantities, one row per rule of data/events/casualties.tsv and units.tsv.</summary>
public partial class EventFinderTests
{
    [Theory]
    // The count after مقتل.
    [InlineData("أدى انفجار سيارة مفخخة إلى مقتل 4 أشخاص.", 4, null)]
    // The count before قتلى and جرحى.
    [InlineData("خلف الهجوم 3 قتلى و12 جريحا.", 3, 12)]
    // One person noun after مقتل counts one.
    [InlineData("أسفر القصف عن مقتل طفلة.", 1, null)]
    // A plural or آخرين says nothing about the number.
    [InlineData("أسفر القصف عن مقتل جندي وجرح آخرين.", 1, null)]
    // A dual counts two.
    [InlineData("أدى الهجوم إلى إصابة شرطيين.", null, 2)]
    // لقي … حتفهم with the count between.
    [InlineData("لقي 5 أشخاص حتفهم في هجوم على حافلة.", 5, null)]
    // A hedged count (نحو) keeps its value.
    [InlineData("أسفر القصف عن إصابة نحو 40 جنديا.", null, 40)]
    // Word numbers count too.
    [InlineData("قتل ثلاثة عناصر في اشتباك مع مهربين.", 3, null)]
    public void Counts_dead_and_injured(string text, int? dead, int? injured)
    {
        var e = Assert.Single(Run(text).Events, x => x.Category == EventCategory.Assault);
        Assert.Equal(dead, e.Dead);
        Assert.Equal(injured, e.Injured);
    }

    [Theory]
    // Fighters: "50 ألف مسلح".
    [InlineData("حشدت الجماعة نحو 50 ألف مسلح قرب المدينة.", 50000, null, "fighters", "مسلح", true)]
    // Weapons counted by قطعة من السلاح, the counted phrase kept.
    [InlineData("سلم المسلحون 52 ألف قطعة من السلاح الخفيف.", 52000, null, "weapons", "قطعة من السلاح الخفيف", false)]
    // A range in kilometres (مداها).
    [InlineData("أطلق الحرس صاروخا مداها 700 كيلومتر.", 700, null, "km", "range", false)]
    // From → to as written: a drawdown from 4500 to 2500 troops.
    [InlineData("ستخفض واشنطن عدد قواتها من 4500 إلى 2500 جندي.", 4500, 2500, "troops", "جندي", false)]
    // "أكثر من" makes the count approximate.
    [InlineData("أطلقت الفصائل أكثر من 15 صاروخ على القاعدة.", 15, null, "missiles", "صاروخ", true)]
    public void Reads_quantities_with_units_and_ranges(string text, int value, int? max, string unit, string what, bool approximate)
    {
        var doc = Run(text);
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(value, q.Value);
        Assert.Equal(max, q.Max);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(what, q.What);
        Assert.Equal(approximate, q.Approximate);
        // The event of the sentence lists it too.
        Assert.Contains(doc.Events, e => e.Quantities.Contains(q));
    }

    [Fact]
    public void Numbers_counted_as_casualties_are_not_quantities()
    {
        var doc = Run("أسفر الهجوم عن مقتل 4 جنود.");
        Assert.Empty(doc.Quantities);
        Assert.Equal(4, Assert.Single(doc.Events).Dead);
    }

    [Fact]
    public void Quantities_outside_any_event_stay_on_the_document()
    {
        var doc = Run("يملك الجيش 300 دبابة حديثة.");
        Assert.Empty(doc.Events);
        Assert.Equal("vehicles", Assert.Single(doc.Quantities).Unit);
    }
}
