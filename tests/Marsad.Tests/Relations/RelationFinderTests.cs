using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Relations;

/// <summary>Relations read from role phrases, appositions and cue phrases. Sentences written for these tests.</summary>
public class RelationFinderTests
{
    [Fact]
    public void Office_before_a_name_holds_the_role_of_the_country_of_its_nationality_adjective()
    {
        var doc = Run("وأعلن وزير الزراعة الأردني نزار العبيدي خطة جديدة للري.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal(RelationPredicate.HoldsRole, r.Predicate);
        Assert.Equal(Mention(doc, "نزار العبيدي").EntityId, r.SubjectId);
        Assert.Equal("kb:jordan", r.ObjectId);
        Assert.Equal("وزير الزراعة", r.Role);
        Assert.Equal("وزير الزراعة الأردني نزار العبيدي", r.Text);
    }

    [Theory]
    // قائد + an organisation: leads.
    [InlineData("وقال قائد فيلق القدس إسماعيل قاآني إن الرد قادم.", RelationPredicate.Leads, "kb:qaani", "kb:quds-force")]
    // الأمين العام لـ + an organisation: leads.
    [InlineData("وقال الأمين العام لعصائب أهل الحق قيس الخزعلي إن الهدنة انتهت.", RelationPredicate.Leads, "kb:khazali", "kb:asaib-ahl-al-haq")]
    // القيادي في + an organisation: member_of.
    [InlineData("وقال القيادي في منظمة بدر مهند الساعدي إن الطريق آمن.", RelationPredicate.MemberOf, null, "kb:badr")]
    // المتحدث باسم + an organisation: spokesperson_of.
    [InlineData("وقال المتحدث باسم كتائب حزب الله جعفر الحسيني إن الهدنة انتهت.", RelationPredicate.SpokespersonOf, "kb:jaafar-husseini", "kb:kataib-hezbollah")]
    // Apposition: the title after the name and a comma.
    [InlineData("وقال جعفر الحسيني، المتحدث باسم كتائب حزب الله، إن الهدنة انتهت.", RelationPredicate.SpokespersonOf, "kb:jaafar-husseini", "kb:kataib-hezbollah")]
    public void Title_with_an_organisation_states_the_relation_its_class_names(string text, RelationPredicate predicate, string? subject, string obj)
    {
        var doc = Run(text);
        var r = Assert.Single(doc.Relations, r => r.Predicate == predicate);
        Assert.Equal(obj, r.ObjectId);
        if (subject is not null)
        {
            Assert.Equal(subject, r.SubjectId);
        }
    }

    [Fact]
    public void A_lone_definite_title_before_an_indefinite_one_is_another_person()
    {
        // «كلّف الوزير مدير الشركة فلان»: الوزير is the verb's subject, not a second title of the manager.
        var doc = Run("وكلف الوزير مدير شركة الأفق للصيرفة سامي الحمداني بالمهمة.");
        Assert.DoesNotContain(doc.Relations, r => r.Predicate == RelationPredicate.HoldsRole && r.Role == "الوزير");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Leads);
    }

    [Fact]
    public void Leader_title_of_a_country_is_a_post_not_leadership()
    {
        var doc = Run("واستقبل الرئيس العراقي برهم صالح الوفد.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal(RelationPredicate.HoldsRole, r.Predicate);
        Assert.Equal(("kb:barham-salih", "kb:iraq", "الرئيس"), (r.SubjectId, r.ObjectId, r.Role));
    }

    [Fact]
    public void Deputy_of_a_leader_holds_a_post_and_does_not_lead()
    {
        var doc = Run("وقال نائب قائد فيلق القدس دلشاد البرزنجي إن القوة جاهزة.");
        Assert.DoesNotContain(doc.Relations, r => r.Predicate == RelationPredicate.Leads);
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.HoldsRole && r.ObjectId == "kb:quds-force" && r.Role == "نائب قائد");
    }

    [Fact]
    public void Profession_before_a_name_states_no_relation()
    {
        // المحلل السياسي describes the person; the analyst codes posts, not professions.
        var doc = Run("وقال المحلل السياسي وليد الراوي إن الانتخابات ستؤجل.");
        Assert.Empty(doc.Relations);
    }

    [Fact]
    public void Leader_title_without_an_organisation_holds_that_post()
    {
        var doc = Run("وقال القائد العام للقوات المسلحة مصطفى الكاظمي إن العملية نجحت.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal((RelationPredicate.HoldsRole, "kb:kadhimi", "القائد العام للقوات المسلحة"), (r.Predicate, r.SubjectId, r.Role));
    }

    [Fact]
    public void Member_of_parliament_for_a_list_is_a_member_of_it()
    {
        // النائب عن: the list an MP sits for.
        var doc = Run("وقال النائب عن تحالف الفتح كريم الساعدي إن الانسحاب شكلي.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal((RelationPredicate.MemberOf, "kb:fatah-alliance"), (r.Predicate, r.ObjectId));
    }

    [Fact]
    public void Unit_named_between_the_title_and_the_organisation_is_a_post_in_it()
    {
        // قائد القوات البرية في الحرس الثوري: he commands the ground forces, a post in the IRGC, and does not lead it.
        var doc = Run("وقال قائد القوات البرية في الحرس الثوري دلشاد البرزنجي إن القوات جاهزة.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal((RelationPredicate.HoldsRole, "kb:irgc", "قائد القوات البرية"), (r.Predicate, r.ObjectId, r.Role));
    }

    [Fact]
    public void Organisation_inside_another_in_a_title_is_part_of_it()
    {
        var doc = Run("وقال قائد فيلق القدس في الحرس الثوري إسماعيل قاآني إن الرد قادم.");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.PartOf && r.SubjectId == "kb:quds-force" && r.ObjectId == "kb:irgc");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Leads && r.SubjectId == "kb:qaani" && r.ObjectId == "kb:quds-force");
    }

    [Theory]
    // ها takes a feminine antecedent (وزارة), even with a masculine one nearer (البرلمان).
    [InlineData("رحبت وزارة الخارجية الإيرانية بقرار البرلمان العراقي، ووصفه المتحدث باسمها عباس موسوي بأنه خطوة جيدة.", "kb:iran-mofa")]
    // The antecedent may be in the sentence before.
    [InlineData("دانت منظمة بدر الهجوم. وقال المتحدث باسمها مهند الساعدي إن الرد قادم.", "kb:badr")]
    public void Possessive_refers_to_the_organisation_of_its_gender_before_it(string text, string obj)
    {
        var doc = Run(text);
        var r = Assert.Single(doc.Relations, r => r.Predicate == RelationPredicate.SpokespersonOf);
        Assert.Equal(obj, r.ObjectId);
    }

    [Fact]
    public void Cue_word_as_portfolio_refers_to_the_group_named_before()
    {
        // رئيس المجلس: the council named in the sentence before.
        var doc = Run("صوت مجلس النواب العراقي على القرار. وقال رئيس المجلس محمد الحلبوسي إن التصويت قانوني.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal((RelationPredicate.Leads, "kb:halbousi", "kb:iraqi-parliament"), (r.Predicate, r.SubjectId, r.ObjectId));
    }

    [Fact]
    public void Pronoun_complement_refers_to_the_organisation_before_it()
    {
        // المتحدث الرسمي لها: "its official spokesman", the group named earlier in the sentence.
        var doc = Run("وأعلنت كتائب حزب الله العراقية عبر المتحدث الرسمي لها جعفر الحسيني أن المفاوضات بلا قيمة.");
        var r = Assert.Single(doc.Relations, r => r.Predicate == RelationPredicate.SpokespersonOf);
        Assert.Equal(("kb:jaafar-husseini", "kb:kataib-hezbollah"), (r.SubjectId, r.ObjectId));
    }

    [Theory]
    // موالية لـ a state: aligned_with.
    [InlineData("وأعلنت كتائب حزب الله العراقية الموالية لإيران رفضها للاتفاق.", RelationPredicate.AlignedWith, "kb:kataib-hezbollah", "kb:iran")]
    // المدعومة من: aligned_with, the preposition standing alone.
    [InlineData("وهاجمت حركة النجباء المدعومة من إيران قاعدة عسكرية.", RelationPredicate.AlignedWith, "kb:nujaba", "kb:iran")]
    // A cue right after a comma describes the name before it: a wing belongs to its group.
    [InlineData("وقال النائب عن كتلة الوفاء للمقاومة، الجناح النيابي لحزب الله، إن الجبهة هادئة.", RelationPredicate.PartOf, "kb:loyalty-resistance-bloc", "kb:hezbollah")]
    // …and an alignment after a comma too.
    [InlineData("وأعلنت حركة النجباء، المدعومة من إيران، رفضها للاتفاق.", RelationPredicate.AlignedWith, "kb:nujaba", "kb:iran")]
    // التابعة لـ an organisation, with the bloc's adjective and a person's name in between: part_of.
    [InlineData("وقال عضو كتلة الصادقون النيابية حسن سالم التابعة لعصائب أهل الحق إن الجلسة أجلت.", RelationPredicate.PartOf, "kb:sadiqoun", "kb:asaib-ahl-al-haq")]
    // التابعة لـ a state: aligned_with.
    [InlineData("وقصفت الطائرات مواقع حركة النجباء التابعة لإيران قرب الحدود.", RelationPredicate.AlignedWith, "kb:nujaba", "kb:iran")]
    // المناهض لـ: opposes.
    [InlineData("ونظم التيار الصدري المناهض للولايات المتحدة تظاهرة كبيرة.", RelationPredicate.Opposes, "kb:sadrist-movement", "kb:usa")]
    // Apposition through "أحد أكثر الفصائل": the plural noun is the group named before the comma.
    [InlineData("ورفضت كتائب حزب الله، أحد أكثر الفصائل الموالية لإيران تشددا، الحوار.", RelationPredicate.AlignedWith, "kb:kataib-hezbollah", "kb:iran")]
    public void Cue_phrase_between_two_entities_states_the_relation(string text, RelationPredicate predicate, string subject, string obj)
    {
        var doc = Run(text);
        var r = Assert.Single(doc.Relations, r => r.Predicate == predicate);
        Assert.Equal((subject, obj), (r.SubjectId, r.ObjectId));
        Assert.Equal(doc[r.Span], r.Text);
    }

    [Fact]
    public void Cue_phrase_after_a_common_noun_describes_that_noun()
    {
        // الميليشيات الموالية لإيران: the militias in general, no entity to relate.
        var doc = Run("وقال الكاظمي إن الميليشيات الموالية لإيران تهدد الاستقرار.");
        Assert.Empty(doc.Relations);
    }

    [Fact]
    public void Successor_apposition_states_succession_and_the_post()
    {
        var doc = Run("وجه الكاظمي رسالة إلى إسماعيل قاآني، خليفة قاسم سليماني في قيادة فيلق القدس، يطلب فيها التهدئة.");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Succeeded && r.SubjectId == "kb:qaani" && r.ObjectId == "kb:soleimani");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Leads && r.SubjectId == "kb:qaani" && r.ObjectId == "kb:quds-force");
    }

    [Fact]
    public void Predecessor_pronoun_points_back_to_the_person_before_it()
    {
        // سلفه "his predecessor": the person named before is the successor.
        var doc = Run("ويواجه جو بايدن ملفات صعبة على عكس ما واجهه سلفه دونالد ترامب.");
        var r = Assert.Single(doc.Relations, r => r.Predicate == RelationPredicate.Succeeded);
        Assert.Equal(("kb:biden", "kb:trump"), (r.SubjectId, r.ObjectId));
    }

    [Fact]
    public void Name_after_a_title_with_a_preposition_on_it_is_not_the_holder()
    {
        // "قائد فيلق القدس للكاظمي": the message of the commander *to* al-Kadhimi.
        var doc = Run("ما الرسائل التي حملها قائد فيلق القدس للكاظمي؟");
        Assert.DoesNotContain(doc.Relations, r => r.SubjectId == "kb:kadhimi");
    }

    [Fact]
    public void One_post_worded_twice_is_one_relation_keeping_its_country()
    {
        var doc = Run("قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر. وأضاف رئيس الحكومة الكاظمي أن الانسحاب قريب.");
        var r = Assert.Single(doc.Relations);
        Assert.Equal(("kb:kadhimi", "kb:iraq", "رئيس الوزراء"), (r.SubjectId, r.ObjectId, r.Role));
    }

    [Fact]
    public void Knowledge_base_relations_the_text_does_not_state_are_not_added()
    {
        // The knowledge base knows Qaani leads the Quds Force; this sentence does not say it.
        var doc = Run("وصل إسماعيل قاآني إلى بغداد في زيارة لم يعلن عنها.");
        Assert.Empty(doc.Relations);
    }

    [Fact]
    public void Ranks_and_forms_of_address_state_no_relation()
    {
        var doc = Run("وقال العميد ثامر الدليمي إن الطريق آمن، وألقى الشيخ عادل الكربلائي خطبة.");
        Assert.Empty(doc.Relations);
    }
}
