using Marsad.Documents;

namespace Marsad.Tests.CrossDocument;

/// <summary>Event coreference over several outlets' rewrites of invented events, with the traps of near-identical distinct events.</summary>
public class EventLinkerTests
{
    static readonly DateOnly Sunday = new(2021, 10, 17);

    // Three outlets' own write-ups of one rocket attack on Ain al-Asad: different words, figures and precision.
    internal static DigestBuilder RocketsA() =>
        new DigestBuilder("rockets-a", "الرافد نيوز", Sunday.AddDays(1), "صواريخ تسقط على قاعدة عين الأسد",
                "سقطت ستة صواريخ على قاعدة عين الأسد الجوية في الأنبار مساء الأحد، وأصيب جنديان بجروح طفيفة.",
                "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.")
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Event(EventCategory.Assault, "سقطت", Sunday, place: "kb:ain-al-asad", injured: 2);

    internal static DigestBuilder RocketsB() =>
        new DigestBuilder("rockets-b", "المشرق الجديد", Sunday.AddDays(1), "هجوم صاروخي على عين الأسد",
                "تعرضت قاعدة عين الأسد غربي الأنبار مساء الأحد لهجوم بخمسة صواريخ سقطت قرب مدرج الطائرات دون إصابات.")
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Event(EventCategory.Assault, "لهجوم", Sunday, place: "kb:ain-al-asad", injured: 0);

    internal static DigestBuilder RocketsC() =>
        new DigestBuilder("rockets-c", "صوت الفرات", Sunday, "قصف قاعدة في الأنبار",
                "سقطت سبعة صواريخ مساء الأحد على قاعدة عسكرية في الأنبار تستضيف قوات أجنبية، وأصيب ثلاثة جنود.")
            .Listed("kb:anbar", EntityKind.GeoPolitical, "محافظة الأنبار", "الأنبار")
            .Event(EventCategory.Assault, "سقطت", Sunday, place: "kb:anbar", injured: 3);

    // The trap: the same base hit again a week later, told in the same words.
    internal static DigestBuilder RocketsWeekLater() =>
        new DigestBuilder("rockets-d", "الرافد نيوز", Sunday.AddDays(8), "صواريخ تسقط مجددا على عين الأسد",
                "سقطت أربعة صواريخ على قاعدة عين الأسد الجوية في الأنبار مساء الأحد، دون أن تسفر عن إصابات.")
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Event(EventCategory.Assault, "سقطت", Sunday.AddDays(7), place: "kb:ain-al-asad", injured: 0);

    [Fact]
    public void Three_outlets_reports_of_one_attack_are_one_event()
    {
        var links = Linking.Link(RocketsA(), RocketsB(), RocketsC());

        var cluster = links[0].Cluster(1);
        Assert.Equal(cluster, links[1].Cluster(1));
        Assert.Equal(cluster, links[2].Cluster(1));
        // The province-level report joins through place containment (عين الأسد is in الأنبار).
        Assert.Contains("place within place", links[2].Events.Single().Reasons);
    }

    [Fact]
    public void Disagreeing_casualty_figures_stay_with_each_report()
    {
        var articles = new[] { RocketsA(), RocketsB(), RocketsC() };

        var links = Linking.Link(articles);

        // Linking groups the reports and never touches their figures: 2, 0 and 3 injured stay per source.
        Assert.Single(links.Select(l => l.Cluster(1)).Distinct());
        Assert.Equal([2, 0, 3], articles.Select(a => a.Build().Events.Single().Injured!.Value));
    }

    [Fact]
    public void The_same_base_attacked_a_week_later_is_another_event()
    {
        // Date windows that do not meet are a hard rule: same place and wording do not override it.
        var links = Linking.Link(RocketsA(), RocketsB(), RocketsWeekLater());

        Assert.Equal(links[0].Cluster(1), links[1].Cluster(1));
        Assert.NotEqual(links[0].Cluster(1), links[2].Cluster(1));
    }

    [Fact]
    public void Bombs_in_two_provinces_a_day_apart_are_two_events()
    {
        // Material events in places that do not contain each other are different events.
        var babil = new DigestBuilder("ied-babil", "الرافد نيوز", new(2021, 7, 4), "عبوة ناسفة تستهدف رتلا",
                "انفجرت عبوة ناسفة على رتل دعم لوجستي في محافظة بابل صباح الأحد دون إصابات.")
            .Event(EventCategory.Assault, "انفجرت", new(2021, 7, 4), place: "kb:babil");
        var diwaniyah = new DigestBuilder("ied-diwaniyah", "الرافد نيوز", new(2021, 7, 5), "عبوة ناسفة تستهدف رتلا",
                "انفجرت عبوة ناسفة على رتل دعم لوجستي في الديوانية صباح الاثنين دون إصابات.")
            .Event(EventCategory.Assault, "انفجرت", new(2021, 7, 5), place: "kb:diwaniyah");

        var links = Linking.Link(babil, diwaniyah);

        Assert.NotEqual(links[0].Cluster(1), links[1].Cluster(1));
    }

    [Fact]
    public void A_report_naming_the_town_meets_one_naming_its_governorate_by_the_capitals_name()
    {
        // «قرب الحمزة الشرقي» and «في الديوانية» (the governorate shares its capital's name): different trigger words and
        // no named party, so only the place can bring them together: the town lies in the governorate, both are filed
        // under it, and the capital's name relates as the governorate.
        var town = new DigestBuilder("ied-hamza", "دجلة", new(2021, 7, 5), "عبوة على رتل",
                "انفجرت عبوة ناسفة على رتل شاحنات قرب الحمزة الشرقي صباح الاثنين.")
            .Listed("kb:hamza-sharqi", EntityKind.GeoPolitical, "الحمزة الشرقي", "الحمزة الشرقي")
            .Event(EventCategory.Assault, "عبوة ناسفة", new(2021, 7, 5), place: "kb:hamza-sharqi");
        var capital = new DigestBuilder("ied-diwaniyah", "الرافد نيوز", new(2021, 7, 5), "عبوة تستهدف رتلا",
                "انفجرت عبوة ناسفة على رتل شاحنات في الديوانية صباح الاثنين.")
            .Listed("kb:diwaniyah", EntityKind.GeoPolitical, "الديوانية", "الديوانية")
            .Event(EventCategory.Assault, "انفجرت", new(2021, 7, 5), place: "kb:diwaniyah");

        var links = Linking.Link(town, capital);

        Assert.Contains("place within place", links[1].Events.Single().Reasons);
        Assert.Equal(links[0].Cluster(1), links[1].Cluster(1));
    }

    static DigestBuilder Round(string id, DateOnly published, string ordinal, DateOnly? date, string rule = "date-in-sentence") =>
        new DigestBuilder(id, "المدى", published, "جولة جديدة من الحوار",
                $"انطلقت الجولة {ordinal} من الحوار الاستراتيجي بين بغداد وواشنطن عبر دائرة تلفزيونية.")
            .Listed("kb:iraq", EntityKind.GeoPolitical, "العراق", "بغداد")
            .Listed("kb:usa", EntityKind.GeoPolitical, "الولايات المتحدة", "واشنطن")
            .Event(EventCategory.Consult, "الحوار الاستراتيجي", date, rule: rule, actors: ["kb:iraq"], recipients: ["kb:usa"]);

    [Fact]
    public void Two_reports_of_the_third_round_are_one_event()
    {
        var links = Linking.Link(
            Round("r3-a", new(2021, 4, 7), "الثالثة", new(2021, 4, 7)),
            Round("r3-b", new(2021, 4, 8), "الثالثة", new(2021, 4, 8), "article-date"));

        Assert.Equal(links[0].Cluster(1), links[1].Cluster(1));
        Assert.Contains("same ordinal", links[1].Events.Single().Reasons);
    }

    [Fact]
    public void Round_three_and_round_four_of_talks_are_two_events_even_days_apart()
    {
        // Ordinals differ: a hard rule, whatever the named event and the dates say.
        var links = Linking.Link(
            Round("r3", new(2021, 4, 7), "الثالثة", new(2021, 4, 7)),
            Round("r4", new(2021, 4, 9), "الرابعة", new(2021, 4, 9), "article-date"));

        Assert.NotEqual(links[0].Cluster(1), links[1].Cluster(1));
    }

    static DigestBuilder Visit(string id, DateOnly published) =>
        new DigestBuilder(id, "الرافد نيوز", published, "قائد فيلق القدس في بغداد",
                "وصل إسماعيل قاآني قائد فيلق القدس إلى بغداد في زيارة غير معلنة التقى خلالها قادة الفصائل.")
            .Listed("kb:qaani", EntityKind.Person, "إسماعيل قاآني", "إسماعيل قاآني")
            .Listed("kb:baghdad", EntityKind.GeoPolitical, "بغداد")
            .EventOnArticleDate(EventCategory.Consult, "زيارة", place: "kb:baghdad", actors: ["kb:qaani"]);

    [Fact]
    public void A_commanders_visits_months_apart_are_two_events()
    {
        var links = Linking.Link(
            Visit("visit-nov", new(2020, 11, 24)),
            Visit("visit-nov-b", new(2020, 11, 25)),
            Visit("visit-apr", new(2021, 4, 9)));

        Assert.Equal(links[0].Cluster(1), links[1].Cluster(1));
        Assert.NotEqual(links[0].Cluster(1), links[2].Cluster(1));
    }

    [Fact]
    public void A_background_mention_joins_the_old_event_not_a_new_one()
    {
        // Background recalled without a date of its own (before the article) finds its event by place and people.
        var old = new DigestBuilder("strike-2020", "الرافد نيوز", new(2020, 1, 3), "مقتل سليماني بغارة",
                "قتل قائد فيلق القدس قاسم سليماني بغارة أمريكية قرب مطار بغداد الدولي فجر الجمعة.")
            .Listed("kb:soleimani", EntityKind.Person, "قاسم سليماني")
            .Listed("kb:baghdad-airport", EntityKind.Location, "مطار بغداد الدولي")
            .Event(EventCategory.Assault, "بغارة", new(2020, 1, 3), place: "kb:baghdad-airport", recipients: ["kb:soleimani"]);
        var recalled = new DigestBuilder("talks-2021", "المدى", new(2021, 4, 9), "الفصائل والحوار",
                "تطالب الفصائل بانسحاب القوات الأمريكية من العراق.",
                "وتصاعد التوتر منذ مقتل قاسم سليماني بغارة قرب مطار بغداد الدولي.")
            .Listed("kb:soleimani", EntityKind.Person, "قاسم سليماني")
            .Listed("kb:baghdad-airport", EntityKind.Location, "مطار بغداد الدولي")
            .Event(EventCategory.Assault, "بغارة", place: "kb:baghdad-airport", recipients: ["kb:soleimani"], flags: EventFlags.Background);

        var links = Linking.Link(old, recalled);

        Assert.Equal(links[0].Cluster(1), links[1].Cluster(1));
    }

    [Fact]
    public void A_negated_report_does_not_join_the_event_it_denies()
    {
        // Polarity: «نفت وقوع هجوم» is not a report of the attack.
        var denial = new DigestBuilder("denial", "المدى", Sunday.AddDays(1), "نفي رسمي",
                "نفت قيادة العمليات سقوط صواريخ على قاعدة عين الأسد مساء الأحد.")
            .Listed("kb:ain-al-asad", EntityKind.Location, "قاعدة عين الأسد", "عين الأسد")
            .Event(EventCategory.Assault, "سقوط", Sunday, place: "kb:ain-al-asad", flags: EventFlags.Negated);

        var links = Linking.Link(RocketsA(), denial);

        Assert.NotEqual(links[0].Cluster(1), links[1].Cluster(1));
    }
}
