using Marsad.Documents;

namespace Marsad.Tests.CrossDocument;

public class EntityResolverTests
{
    static readonly DateOnly Day = new(2022, 3, 14);

    [Fact]
    public void A_listed_actor_is_its_knowledge_base_id_in_every_article()
    {
        var a = new DigestBuilder("a", "الرافد", Day, "الكاظمي يزور البصرة", "وصل الكاظمي إلى البصرة صباح الاثنين.")
            .Listed("kb:kadhimi", EntityKind.Person, "مصطفى الكاظمي", "الكاظمي");
        var b = new DigestBuilder("b", "المشرق", Day, "رئيس الوزراء في البصرة", "تفقد مصطفى الكاظمي ميناء البصرة.")
            .Listed("kb:kadhimi", EntityKind.Person, "مصطفى الكاظمي");

        var links = Linking.Link(a, b);

        Assert.All(links, l => Assert.Equal("kb:kadhimi", l.Global("kb:kadhimi")));
    }

    [Fact]
    public void An_unlisted_actor_spelled_with_and_without_hamza_is_one_actor()
    {
        // Folding: أ and ا, ى and ي are one letter for matching (outlets differ in hamza and final yeh).
        var a = new DigestBuilder("a", "الرافد", Day, "تصريح أمني", "قال العميد أحمد الساعدي إن الطريق آمن.")
            .Unlisted(0, EntityKind.Person, "أحمد الساعدي", "العميد");
        var b = new DigestBuilder("b", "المشرق", Day.AddDays(1), "الطريق آمن", "أكد العميد احمد الساعدى أن الطريق مفتوح.")
            .Unlisted(0, EntityKind.Person, "احمد الساعدى", "العميد");

        var links = Linking.Link(a, b);

        Assert.Equal(a.LocalId(0), links[1].Global(b.LocalId(0)));
        Assert.Contains("same name", links[1].Entities.Single().Reasons);
    }

    [Fact]
    public void A_family_name_with_the_same_title_joins_the_full_name()
    {
        // Short form + title: news gives the full name once, then «العقيد الدليمي».
        var a = new DigestBuilder("a", "الرافد", Day, "اعتقال مهربين", "أعلن العقيد سامر الدليمي اعتقال ثلاثة مهربين.")
            .Unlisted(0, EntityKind.Person, "سامر الدليمي", "العقيد");
        var b = new DigestBuilder("b", "المشرق", Day, "ضبط شحنة", "قال العقيد الدليمي إن الشحنة ضبطت قرب الحدود.")
            .Unlisted(0, EntityKind.Person, "الدليمي", "العقيد");

        var links = Linking.Link(a, b);

        var link = links[1].Entities.Single();
        Assert.Equal(a.LocalId(0), link.GlobalId);
        Assert.Contains("title", link.Reasons);
        Assert.InRange(link.Confidence, 0.5, 1);
    }

    [Fact]
    public void A_family_name_alone_without_context_starts_a_new_actor()
    {
        // A family name is shared by thousands: alone it is not enough evidence.
        var a = new DigestBuilder("a", "الرافد", Day, "اعتقال مهربين", "أعلن العقيد سامر الدليمي اعتقال ثلاثة مهربين.")
            .Unlisted(0, EntityKind.Person, "سامر الدليمي", "العقيد");
        var b = new DigestBuilder("b", "المشرق", Day, "رأي", "كتب الدليمي مقالا عن الانتخابات.")
            .Unlisted(0, EntityKind.Person, "الدليمي");

        var links = Linking.Link(a, b);

        Assert.Equal(b.LocalId(0), links[1].Global(b.LocalId(0)));
    }

    [Fact]
    public void Two_men_sharing_a_family_name_with_different_first_names_stay_apart()
    {
        // Namesakes: علي الحسيني and حسن الحسيني never share a full-name key.
        var a = new DigestBuilder("a", "الرافد", Day, "قراءة في الأزمة", "قال المحلل السياسي علي الحسيني إن الأزمة طويلة.")
            .Unlisted(0, EntityKind.Person, "علي الحسيني", "المحلل السياسي");
        var b = new DigestBuilder("b", "المشرق", Day, "قراءة أخرى", "رأى المحلل السياسي حسن الحسيني أن الحل قريب.")
            .Unlisted(0, EntityKind.Person, "حسن الحسيني", "المحلل السياسي");

        var links = Linking.Link(a, b);

        Assert.Equal(b.LocalId(0), links[1].Global(b.LocalId(0)));
    }

    [Fact]
    public void One_name_in_two_roles_of_different_classes_is_two_people()
    {
        // Title classes: a police general and a member of parliament called حيدر الربيعي are namesakes.
        var a = new DigestBuilder("a", "الرافد", Day, "خطة أمنية", "كشف اللواء حيدر الربيعي عن خطة أمنية لكربلاء.")
            .Unlisted(0, EntityKind.Person, "حيدر الربيعي", "اللواء");
        var b = new DigestBuilder("b", "المشرق", Day, "جلسة البرلمان", "طالب النائب حيدر الربيعي بجلسة طارئة.")
            .Unlisted(0, EntityKind.Person, "حيدر الربيعي", "النائب");

        var links = Linking.Link(a, b);

        var link = links[1].Entities.Single();
        Assert.Equal(b.LocalId(0), link.GlobalId);
        Assert.Contains("kept apart", link.Reasons);
    }

    [Fact]
    public void A_short_form_under_a_title_of_another_class_stays_apart()
    {
        // «النائب الدليمي» is not «العقيد سامر الدليمي»: family name (+0.25) with a role conflict (−0.4).
        var a = new DigestBuilder("a", "الرافد", Day, "اعتقال مهربين", "أعلن العقيد سامر الدليمي اعتقال ثلاثة مهربين.")
            .Unlisted(0, EntityKind.Person, "سامر الدليمي", "العقيد");
        var b = new DigestBuilder("b", "المشرق", Day, "استجواب", "دعا النائب الدليمي إلى استجواب الوزير.")
            .Unlisted(0, EntityKind.Person, "الدليمي", "النائب");

        var links = Linking.Link(a, b);

        Assert.Equal(b.LocalId(0), links[1].Global(b.LocalId(0)));
    }

    [Fact]
    public void The_same_organisation_confirms_a_family_name()
    {
        // Context: the same (listed) organisation counts like the same title.
        var a = new DigestBuilder("a", "الرافد", Day, "بيان الكتائب", "قال المتحدث باسم كتائب حزب الله جعفر العبودي إن الهدنة انتهت.")
            .Listed("kb:kataib-hezbollah", EntityKind.Organization, "كتائب حزب الله")
            .Unlisted(0, EntityKind.Person, "جعفر العبودي")
            .Relation(RelationPredicate.SpokespersonOf, "a/e0", "kb:kataib-hezbollah", "المتحدث باسم كتائب حزب الله");
        var b = new DigestBuilder("b", "المشرق", Day, "نفي", "نفى العبودي المتحدث باسم كتائب حزب الله أي علاقة بالهجوم.")
            .Listed("kb:kataib-hezbollah", EntityKind.Organization, "كتائب حزب الله")
            .Unlisted(0, EntityKind.Person, "العبودي")
            .Relation(RelationPredicate.SpokespersonOf, "b/e0", "kb:kataib-hezbollah", "المتحدث باسم كتائب حزب الله");

        var links = Linking.Link(a, b);

        var link = links[1].Entities.Single(e => e.LocalId == b.LocalId(0));
        Assert.Equal(a.LocalId(0), link.GlobalId);
        Assert.Contains("organisation kb:kataib-hezbollah", link.Reasons);
    }
}
