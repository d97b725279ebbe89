using Marsad.Documents;

namespace Marsad.Tests.CrossDocument;

/// <summary>Stories over several outlets' rewrites, syndicated copies, a round-up touching two stories, and a repeat a week later.</summary>
public class StoryLinkerTests
{
    static readonly DateOnly Sunday = new(2021, 10, 17);

    static DigestBuilder Protest(string id, string outlet) =>
        new DigestBuilder(id, outlet, Sunday.AddDays(1), "متظاهرون يغلقون ميناء أم قصر",
                "أغلق مئات المتظاهرين مدخل ميناء أم قصر في البصرة يوم الأحد احتجاجا على انقطاع الكهرباء.")
            .Listed("kb:basra", EntityKind.GeoPolitical, "البصرة")
            .Event(EventCategory.Protest, "المتظاهرين", Sunday, place: "kb:basra");

    [Fact]
    public void Outlets_rewrites_of_one_event_are_one_story()
    {
        var links = Linking.Link(EventLinkerTests.RocketsA(), EventLinkerTests.RocketsB(), EventLinkerTests.RocketsC());

        var story = Assert.Single(links[0].StoryIds());
        Assert.All(links, l => Assert.Equal(story, Assert.Single(l.StoryIds())));
        Assert.Contains("same lead event", links[1].Stories.Single().Reasons);
    }

    [Fact]
    public void The_same_kind_of_event_a_week_later_is_a_new_story()
    {
        var links = Linking.Link(EventLinkerTests.RocketsA(), EventLinkerTests.RocketsB(), EventLinkerTests.RocketsWeekLater());

        Assert.DoesNotContain(links[0].StoryIds().Single(), links[2].StoryIds());
        Assert.Equal("new", links[2].Stories.Single().Reasons);
    }

    [Fact]
    public void A_syndicated_copy_with_a_new_headline_is_flagged_and_joins_the_originals_story()
    {
        // Wire copy: the same body under another outlet's headline keeps nearly all 3-word shingles.
        string[] body =
        [
            "سقطت ستة صواريخ على قاعدة عين الأسد الجوية في الأنبار مساء الأحد، وأصيب جنديان بجروح طفيفة.",
            "وقال مصدر أمني إن الصواريخ أطلقت من منطقة صحراوية غرب القاعدة، وإن فرق الجهد الهندسي عثرت على منصة الإطلاق.",
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، فيما فتحت قيادة العمليات تحقيقا في الحادث.",
        ];
        var original = new DigestBuilder("rockets-wire", "وكالة الأنباء المحلية", Sunday.AddDays(1), "صواريخ تسقط على قاعدة عين الأسد", body)
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Event(EventCategory.Assault, "سقطت", Sunday, place: "kb:ain-al-asad", injured: 2);
        var copy = new DigestBuilder("rockets-copy", "الرافد نيوز", Sunday.AddDays(1), "عين الأسد تحت النار", body)
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Event(EventCategory.Assault, "سقطت", Sunday, place: "kb:ain-al-asad", injured: 2);

        var links = Linking.Link(original, EventLinkerTests.RocketsB(), copy);

        Assert.Equal(original.Id, links[2].DuplicateOf);
        Assert.InRange(links[2].DuplicateSimilarity, 0.8, 1);
        Assert.Equal(links[0].StoryIds(), links[2].StoryIds());
        Assert.StartsWith("copy of", links[2].Stories.Single().Reasons, StringComparison.Ordinal);
        Assert.Null(links[1].DuplicateOf);
    }

    [Fact]
    public void An_exact_copy_has_similarity_one_and_points_to_the_first_of_its_family()
    {
        var first = EventLinkerTests.RocketsB();
        var text = first.Build().Text.Split("\n\n");
        DigestBuilder Copy(string id) => new(id, "ناقل " + id, Sunday.AddDays(2), text[0], text[1..]);

        var links = Linking.Link(first, Copy("copy-1"), Copy("copy-2"));

        Assert.Equal(1, links[1].DuplicateSimilarity);
        // A copy of a copy points to the family's first article, so corroboration counts the family once.
        Assert.Equal(first.Id, links[2].DuplicateOf);
    }

    [Fact]
    public void Two_outlets_own_write_ups_are_not_copies()
    {
        var links = Linking.Link(EventLinkerTests.RocketsA(), EventLinkerTests.RocketsB());

        Assert.Null(links[1].DuplicateOf);
    }

    [Fact]
    public void A_round_up_reporting_two_events_in_its_lead_belongs_to_both_stories()
    {
        var roundUp = new DigestBuilder("round-up", "نشرة المساء", Sunday.AddDays(1), "حصاد الأحد",
                "سقطت صواريخ على قاعدة عين الأسد في الأنبار مساء الأحد وأصيب جنديان، وفي البصرة أغلق المتظاهرون مدخل ميناء أم قصر احتجاجا على انقطاع الكهرباء.")
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Listed("kb:basra", EntityKind.GeoPolitical, "البصرة")
            .Event(EventCategory.Assault, "سقطت", Sunday, place: "kb:ain-al-asad", injured: 2)
            .Event(EventCategory.Protest, "المتظاهرون", Sunday, place: "kb:basra");

        var links = Linking.Link(EventLinkerTests.RocketsA(), Protest("protest-a", "البصرة اليوم"), roundUp);

        var stories = links[2].StoryIds().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Contains(links[0].StoryIds().Single(), stories);
        Assert.Contains(links[1].StoryIds().Single(), stories);
        Assert.Single(links[2].Stories, s => s.Primary);
    }

    [Fact]
    public void Unrelated_events_of_one_day_are_separate_stories()
    {
        var links = Linking.Link(EventLinkerTests.RocketsA(), Protest("protest-a", "البصرة اليوم"), Protest("protest-b", "شط العرب"));

        Assert.NotEqual(links[0].StoryIds(), links[1].StoryIds());
        Assert.Equal(links[1].StoryIds(), links[2].StoryIds());
    }
}
