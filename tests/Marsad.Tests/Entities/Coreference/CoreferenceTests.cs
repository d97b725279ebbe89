using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Coreference;

/// <summary>
/// Linking mentions within one article: short forms to the full name given earlier, namesakes kept apart, role
/// phrases to their holder. Articles written for these tests (invented events).
/// </summary>
public class CoreferenceTests
{
    [Fact]
    public void Surname_alone_links_to_the_full_name_given_earlier()
    {
        var doc = Run("قال الباحث سامر الخفاجي إن الأزمة ستطول. وأضاف الخفاجي أن الحل سياسي.");
        var full = Mention(doc, "سامر الخفاجي");
        var shortForm = Mention(doc, "الخفاجي");
        Assert.Equal(full.EntityId, shortForm.EntityId);
        Assert.Equal("short form", shortForm.Cue);
        Assert.Equal("t/e1", full.EntityId);
    }

    [Fact]
    public void A_surname_that_is_also_a_guarded_place_name_is_still_a_short_form()
    {
        // غجر is a surname and, with the article, a border village the knowledge base guards (~الغجر).
        var doc = Run("ووقع الاتفاق وزير الطاقة مروان غجر في بيروت. وقال غجر إن الشحنة ستصل قريبا.");
        Assert.Equal(Mention(doc, "مروان غجر").EntityId, Mention(doc, "غجر").EntityId);
    }

    [Fact]
    public void A_guarded_place_name_behind_a_preposition_is_no_place()
    {
        // لقاسم سليماني: القاسم is a guarded district name; behind لـ and without its article it stays the given name.
        var doc = Run("وأقيم حفل تأبين لقاسم سليماني في المدينة.");
        Assert.DoesNotContain(doc.Mentions, m => m.Kind == EntityKind.GeoPolitical && doc[m.Span].Contains("قاسم", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_people_with_one_surname_stay_apart_and_a_short_form_goes_to_the_most_recent()
    {
        const string Text = "وبحسب الكاتب أحمد الحسيني فإن الزيارة سرية. ويرى الحسيني أن الضغط سيزداد. "
            + "في المقابل قال المتحدث باسم كتائب حزب الله جعفر الحسيني إن الهدنة انتهت. وأكد الحسيني أن الرد قادم.";
        var doc = Run(Text);
        var writer = Mention(doc, "أحمد الحسيني").EntityId;
        var spokesman = Mention(doc, "جعفر الحسيني").EntityId;
        Assert.NotEqual(writer, spokesman);
        Assert.Equal("kb:jaafar-husseini", spokesman);
        var shortForms = Mentions(doc, "الحسيني");
        Assert.Equal([writer, spokesman], shortForms.Select(m => m.EntityId));
    }

    [Fact]
    public void Listed_short_form_keeps_its_knowledge_base_id_before_any_full_mention()
    {
        var doc = Run("وقال الكاظمي إن الحوار مستمر.");
        Assert.Equal("kb:kadhimi", Mention(doc, "الكاظمي").EntityId);
    }

    [Theory]
    // Without the article (outlets write كاظمي for الكاظمي).
    [InlineData("التقى مصطفى الكاظمي الوفد. واستمرت الهجمات ضد كاظمي أسبوعا.", "كاظمي")]
    // With a preposition the tokenizer left on it (لكاظمي): the mention covers the whole word.
    [InlineData("التقى مصطفى الكاظمي الوفد. وهو اختبار جديد لكاظمي المستقل.", "لكاظمي")]
    public void Short_form_in_another_spelling_links_to_the_full_name(string text, string shortForm)
    {
        var doc = Run(text);
        Assert.Contains(doc.Mentions, m => doc[m.Span] == shortForm && m.EntityId == "kb:kadhimi");
    }

    [Fact]
    public void Common_word_surname_counts_only_where_a_name_can_stand()
    {
        // كريم is a surname here and "generous" in عيش كريم.
        var doc = Run("قال الكاتب حسين كريم إن الأزمة عميقة. وقال كريم في مقاله إن الناس يطالبون بعيش كريم.");
        var linked = Mentions(doc, "كريم");
        var m = Assert.Single(linked);
        Assert.Equal(Mention(doc, "حسين كريم").EntityId, m.EntityId);
        Assert.True(doc.Text.IndexOf("وقال كريم", StringComparison.Ordinal) + 5 == m.Span.Start);
    }

    [Fact]
    public void Surname_after_a_definite_noun_is_its_adjective()
    {
        // المرقد الحسيني is the Husseini shrine.
        var doc = Run("قال الباحث علي الحسيني إن الزوار كثر. وزار الوفد المرقد الحسيني أمس.");
        Assert.DoesNotContain(doc.Mentions, m => m.Cue == "short form");
    }

    [Fact]
    public void Surname_after_a_title_names_the_person_again_and_the_latest_namesake_wins()
    {
        // Two people share a surname; a title before the bare surname (اللواء الربيعي، النائبة الربيعي) is no noun it
        // qualifies, and each short form goes to the namesake named most recently before it.
        var doc = Run("أعلن اللواء حامد الربيعي خطة جديدة. وقال اللواء الربيعي إن القوات جاهزة. وانتقدت النائبة ليلى الربيعي الخطة. وقالت النائبة الربيعي إن التنسيق ضعيف.");
        var shortForms = doc.Mentions.Where(m => m.Cue == "short form").ToList();
        Assert.Equal(2, shortForms.Count);
        Assert.Equal(Mention(doc, "حامد الربيعي").EntityId, shortForms[0].EntityId);
        Assert.Equal(Mention(doc, "ليلى الربيعي").EntityId, shortForms[1].EntityId);
    }

    [Fact]
    public void Surname_next_to_another_name_is_part_of_that_name()
    {
        var doc = Run("قال الكاتب حسين كريم إن الأزمة عميقة. والتقى الوفد كريم عبد الله في المطار.");
        Assert.DoesNotContain(doc.Mentions, m => m.Cue == "short form");
    }

    [Fact]
    public void Role_phrase_links_to_the_holder_named_earlier_with_that_title()
    {
        const string Text = "وصل وزير الزراعة الأردني نزار العبيدي إلى بغداد. وقال الوزير الأردني إن المحادثات مثمرة.";
        var doc = Run(Text);
        var role = Assert.Single(doc.Mentions, m => m.Cue == "role");
        Assert.Equal("الوزير", doc[role.Span]);
        Assert.Equal(Mention(doc, "نزار العبيدي").EntityId, role.EntityId);
    }

    [Theory]
    // The post's holder on the article's date: the Quds Force changed commander on 3 January 2020.
    [InlineData("2021-05-01", "kb:qaani")]
    [InlineData("2019-05-01", "kb:soleimani")]
    public void Role_phrase_links_to_the_knowledge_base_holder_on_the_article_date(string published, string holder)
    {
        var doc = Run("وقال قائد فيلق القدس في كلمة إن الرد سيأتي.", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        var role = Assert.Single(doc.Mentions, m => m.Cue == "role");
        Assert.Equal("قائد", doc[role.Span]);
        Assert.Equal(holder, role.EntityId);
        Assert.Contains(doc.Mentions, m => m.EntityId == "kb:quds-force");
    }

    [Fact]
    public void Role_phrase_with_two_possible_holders_is_not_linked()
    {
        const string Text = "التقى وزير الزراعة الأردني نزار العبيدي ووزير النقل الأردني ناصر الشبلي. وقال الوزير الأردني إن الاتفاق قريب.";
        var doc = Run(Text);
        Assert.DoesNotContain(doc.Mentions, m => m.Cue == "role");
    }

    [Fact]
    public void Former_holder_phrase_is_not_linked_to_the_present_holder()
    {
        var doc = Run("وقال القائد السابق لفيلق القدس في شهادة قديمة إن الحرب طويلة.", new DateOnly(2021, 5, 1));
        Assert.DoesNotContain(doc.Mentions, m => m.Cue == "role");
    }

    [Fact]
    public void Role_phrase_without_a_date_is_not_linked_from_the_knowledge_base()
    {
        var doc = Run("وقال قائد فيلق القدس في كلمة إن الرد سيأتي.");
        Assert.DoesNotContain(doc.Mentions, m => m.Cue == "role");
    }

    [Fact]
    public void Unlisted_entities_get_article_local_ids_and_their_fullest_name()
    {
        var doc = Run("قال الباحث سامر الخفاجي إن حزب الوفاق الوطني سيقاطع. وأضاف الخفاجي أن القرار نهائي.", id: "doc-7");
        var person = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("doc-7/e1", person.Id);
        Assert.Equal("سامر الخفاجي", person.Name);
        Assert.Equal(["الخفاجي"], person.Aliases.AsEnumerable());
        Assert.False(person.InKnowledgeBase);
        Assert.Equal("doc-7/e2", Assert.Single(doc.Entities, e => e.Kind == EntityKind.Organization).Id);
    }
}
