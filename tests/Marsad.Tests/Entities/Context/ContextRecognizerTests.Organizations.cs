using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Context;

/// <summary>Organisations found from their cue words, quoted or not. Sentences written for these tests.</summary>
public partial class ContextRecognizerTests
{
    [Theory]
    // A type word starts an unlisted name; the idafa chain ends at its first definite word, with the name's adjectives.
    [InlineData("انسحب حزب الوفاق الوطني من الائتلاف الحاكم.", "حزب الوفاق الوطني")]
    // A unit word (لواء, indefinite) before a name is a brigade.
    [InlineData("هاجم مسلحون مقر لواء الطفوف جنوب المدينة.", "لواء الطفوف")]
    // A descriptor before a quoted name: the name is what is quoted.
    [InlineData("وسيطرت ميليشيا «درع الجنوب» على المعبر الحدودي.", "درع الجنوب")]
    // A quoted name that starts with its cue word is quoted whole.
    [InlineData("وأعلنت \"سرايا أولياء الدم\" تبنيها الهجوم.", "سرايا أولياء الدم")]
    // An outlet's quoted name.
    [InlineData("وقالت صحيفة \"الصباح الجديد\" إن الموازنة تأخرت.", "الصباح الجديد")]
    // An outlet's foreign name, unquoted: words without the article, up to a boundary.
    [InlineData("وذكرت وكالة أسوشيتيد برس الأمريكية أن الطائرة هبطت.", "أسوشيتيد برس")]
    // A quoted name after a generic word between it and the cue (وكالة أنباء "…").
    [InlineData("وقالت وكالة أنباء \"الفجر\" إن الحريق أخمد.", "الفجر")]
    // A diplomatic mission with its nationality: the country makes it one embassy.
    [InlineData("واحتشد متظاهرون أمام السفارة الفرنسية وسط العاصمة.", "السفارة الفرنسية")]
    public void Finds_an_organisation_from_its_cue_word(string text, string expected)
    {
        var doc = Run(text);
        Assert.Contains(expected, Names(doc, EntityKind.Organization));
    }

    [Theory]
    // حركة in its common sense (trade, traffic).
    [InlineData("وقال المسؤول إن حركة الشحن اقتصرت على شاحنة واحدة.")]
    // تحت لواء "under the banner of" is an idiom, not a brigade.
    [InlineData("وانضوت المجموعات تحت لواء التنسيقية الجديدة.")]
    // A quoted adjective is a label (كحزب "إرهابي").
    [InlineData("وتصنف الحكومة الجماعة كحزب \"إرهابي\" منذ سنوات.")]
    // جبهة before a place is a battle front.
    [InlineData("واندلعت اشتباكات على جبهة الساحل الغربي.")]
    // مجلس العزاء is a wake.
    [InlineData("وأقيم مجلس العزاء في الحسينية.")]
    // قيادة السيارات / قيادة المرأة is driving, not a command.
    [InlineData("وطالبت الناشطات بحق المرأة في قيادة السيارات منذ سنوات.")]
    [InlineData("وقالت الكاتبة إن قيادة المرأة باتت أمرا مألوفا.")]
    // A quoted clause after an outlet is what it reported, not its name.
    [InlineData("وقالت وكالة الأنباء \"تعرضت لاختراق.\" أمس.")]
    public void Reads_no_organisation_from_a_cue_word_in_its_common_sense(string text)
    {
        var doc = Run(text);
        Assert.DoesNotContain(doc.Mentions, m => m.Kind == EntityKind.Organization && m.Source == MentionSource.Context);
    }

    [Theory]
    // An army unit named by its ordinal is an organisation; a compound ordinal keeps its tens word.
    [InlineData("وتقدم الفوج الثالث نحو القرية فجرا.", "الفوج الثالث")]
    [InlineData("وانسحبت الفرقة الخامسة عشرة من المدينة.", "الفرقة الخامسة عشرة")]
    public void An_army_unit_named_by_its_ordinal_is_an_organisation(string text, string expected) =>
        Assert.Equal(EntityKind.Organization, Mention(Run(text), expected).Kind);

    [Theory]
    // A company named in the news' shape: شركة + name + لِ + trade (and a listed place that ends the trade).
    [InlineData("فرضت الوزارة عقوبات على شركة الأفق للصيرفة ومالكها.", "شركة الأفق للصيرفة")]
    [InlineData("وكلف المجلس مدير الشركة العامة لموانئ العراق بالمهمة.", "الشركة العامة لموانئ العراق")]
    public void A_company_named_with_its_trade_is_an_organisation(string text, string expected) =>
        Assert.Equal(EntityKind.Organization, Mention(Run(text), expected).Kind);

    [Theory]
    // A described company (شركة نفطية) or one referred back to (الشركة … خلفاً لـ) names nobody.
    [InlineData("ووقعت شركة نفطية عقدا جديدا مع الوزارة.")]
    [InlineData("وهي ثاني شركة فرنسية تنصاع للضغوط الأمريكية.")]
    [InlineData("وكلف الوزير معاونه بإدارة الشركة وكالة خلفا للمدير.")]
    public void A_described_company_is_no_name(string text) =>
        Assert.DoesNotContain(Run(text).Mentions, m => m.Kind == EntityKind.Organization && m.Cue == "company");

    [Fact]
    public void A_parliamentary_committee_is_an_organisation_and_any_committee_is_not()
    {
        // لجنة + field + النيابية/البرلمانية names a body of the parliament; لجنة تحقيق is any committee.
        var doc = Run("وصرح عضو لجنة الأمن والدفاع النيابية سامي الحمداني بأن الوضع مستقر. وشكلت الحكومة لجنة تحقيق.");
        Assert.Equal(EntityKind.Organization, Mention(doc, "لجنة الأمن والدفاع النيابية").Kind);
        Assert.DoesNotContain(doc.Mentions, m => doc[m.Span].Contains("لجنة تحقيق", StringComparison.Ordinal));
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.MemberOf);
    }

    [Fact]
    public void A_unit_commander_leads_his_unit()
    {
        // قائد الفرقة السادسة اللواء فلان: the unit is a body, so its commander leads it (اللواء here is the rank).
        var doc = Run("وقال قائد الفرقة السادسة اللواء ستار الخفاجي إن القوات تقدمت.");
        Assert.Contains(doc.Relations, r => r.Predicate == RelationPredicate.Leads && r.ObjectId == Mention(doc, "الفرقة السادسة").EntityId);
    }

    [Fact]
    public void A_listed_name_of_several_words_behind_a_proclitic_is_read()
    {
        // لحزب الله: the tokenizer leaves ل on an unknown word; the listed two-word name still starts after it.
        var doc = Run("وقال مصدر مقرب لحزب الله إن الهدنة قائمة.");
        Assert.Equal("kb:hezbollah", Mention(doc, "لحزب الله").EntityId);
    }

    [Fact]
    public void Unit_word_before_a_listed_name_makes_another_group()
    {
        // سرايا + حزب الله: a group named after Hezbollah, not Hezbollah.
        var doc = Run("وأعلنت سرايا حزب الله مسؤوليتها عن القصف.");
        var m = Mention(doc, "سرايا حزب الله");
        Assert.Equal(EntityKind.Organization, m.Kind);
        Assert.NotEqual("kb:hezbollah", m.EntityId);
        Assert.DoesNotContain(doc.Mentions, x => x.EntityId == "kb:hezbollah");
    }

    [Fact]
    public void Cue_word_with_an_unsplit_preposition_reads_the_listed_name()
    {
        // لفيلق القدس: the tokenizer leaves ل on فيلق; the name is the Quds Force, and القدس here is not Jerusalem.
        // Mentions cover whole words, the preposition included.
        var doc = Run("وجاء ذلك في بيان لفيلق القدس صدر أمس.");
        Assert.Equal("kb:quds-force", Mention(doc, "لفيلق القدس").EntityId);
        Assert.DoesNotContain(doc.Mentions, m => m.EntityId == "kb:jerusalem");
    }

    [Fact]
    public void Type_word_before_a_quoted_name_links_the_listed_whole()
    {
        // تحالف "الفتح" is the Fatah alliance: the cue completes the quoted name.
        var doc = Run("وقال القيادي في تحالف \"الفتح\" إن الكتلة لن تنسحب.");
        Assert.Equal("kb:fatah-alliance", Mention(doc, "الفتح").EntityId);
    }

    [Fact]
    public void Organisation_mention_keeps_the_cue_word()
    {
        var doc = Run("وقالت صحيفة \"الصباح الجديد\" إن الموازنة تأخرت.");
        Assert.Equal("صحيفة", Mention(doc, "الصباح الجديد").Cue);
    }

    [Fact]
    public void Led_by_is_no_command_body()
    {
        // بقيادة "led by" is a preposition before the leader, not قيادة the command: the leader is named alone.
        var doc = Run("وشن تحالف عسكري بقيادة السعودية غارات على المدينة.");
        Assert.DoesNotContain(doc.Mentions, m => doc[m.Span].StartsWith("بقيادة", StringComparison.Ordinal));
        Assert.Contains("السعودية", Names(doc, EntityKind.GeoPolitical));
    }

    [Fact]
    public void Descriptor_before_a_listed_group_stays_outside_its_name()
    {
        // لقوات التحالف الدولي: قوات says what kind of group it is; the mention is the listed name.
        var doc = Run("وقدمت الحكومة الشكر لقوات التحالف الدولي على الدعم.");
        Assert.Equal("kb:coalition", Mention(doc, "التحالف الدولي").EntityId);
    }
}
