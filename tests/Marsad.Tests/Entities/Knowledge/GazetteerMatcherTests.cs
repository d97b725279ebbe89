using Marsad.Documents;
using Marsad.Entities.Knowledge;
using Marsad.Testing;

namespace Marsad.Tests.Entities.Knowledge;

public class GazetteerMatcherTests
{
    static readonly KnowledgeBase Kb = KnowledgeBase.LoadDefault();

    /// <summary>(covered text, entity id) of every mention, in order; checks the offset invariants on the way.</summary>
    static List<(string Text, string? Id)> Match(string text)
    {
        var doc = TestTokens.Document(text);
        DocumentInvariants.Check(doc);
        var mentions = Kb.Matcher.Find(doc).ToList();
        DocumentInvariants.CheckLayer("mention", mentions.Select(m => m.Span), doc.Text.Length, allowOverlap: true);
        Assert.All(mentions, m => Assert.Equal(MentionSource.KnowledgeBase, m.Source));
        return [.. mentions.Select(m => (doc[m.Span], m.EntityId))];
    }

    [Fact]
    public void Finds_a_multi_word_name_with_its_kind()
    {
        var doc = TestTokens.Document("وصل رئيس الوزراء محمد شياع السوداني إلى أربيل صباح اليوم.");
        var mentions = Kb.Matcher.Find(doc).ToList();
        Assert.Contains(mentions, m => m.EntityId == "kb:sudani" && m.Kind == EntityKind.Person && doc[m.Span] == "محمد شياع السوداني");
        Assert.Contains(mentions, m => m.EntityId == "kb:erbil" && m.Kind == EntityKind.GeoPolitical);
    }

    [Theory]
    [InlineData("زار الوفد وبغداد مرتين", "بغداد", "kb:baghdad")]        // conjunction و before a name without article
    [InlineData("أرسل رسالة لإيران أمس", "إيران", "kb:iran")]             // preposition ل
    [InlineData("اجتمعوا بالعراق في الصيف", "العراق", "kb:iraq")]        // ب + article: the span keeps the article
    [InlineData("أشاد النائب والحشد الشعبي بالقرار", "الحشد الشعبي", "kb:pmf")] // و + article on a two-word name
    [InlineData("قدمت الحكومة دعما للحرس الثوري سرا", "للحرس الثوري", "kb:irgc")] // ل + ال elided to لل: whole token
    public void Matches_after_proclitics_and_starts_the_span_after_them(string text, string covered, string id) =>
        Assert.Contains((covered, id), Match(text));

    [Fact]
    public void Longest_match_wins()
    {
        var found = Match("سقطت صواريخ على قاعدة عين الأسد غربي البلاد");
        Assert.Contains(("قاعدة عين الأسد", "kb:ain-al-asad"), found);
        Assert.DoesNotContain(found, f => f.Id == "kb:bashar-assad");
    }

    [Fact]
    public void A_name_ending_in_a_day_word_stops_before_a_date()
    {
        // «غادر بغداد اليوم الخميس»: اليوم opens the date, so this is the city, not the outlet «بغداد اليوم»; the outlet
        // is still read where no weekday follows («قالت بغداد اليوم إن …»).
        var dated = Match("غادر الوفد بغداد اليوم الخميس بعد زيارة قصيرة");
        Assert.Contains(("بغداد", "kb:baghdad"), dated);
        Assert.DoesNotContain(dated, f => f.Id == "kb:baghdad-today");
        Assert.Contains(("بغداد اليوم", "kb:baghdad-today"), Match("ونقلت بغداد اليوم عن مصدر أمني أن الطريق أغلق"));
    }

    [Fact]
    public void Lebanese_Hezbollah_and_Iraqi_Kataib_Hezbollah_are_different_entities()
    {
        var lebanese = Match("أعلن حزب الله مسؤوليته عن الهجوم.");
        var iraqi = Match("أعلنت كتائب حزب الله العراقية مسؤوليتها عن الهجوم.");
        Assert.Contains(("حزب الله", "kb:hezbollah"), lebanese);
        Assert.Equal([("كتائب حزب الله العراقية", "kb:kataib-hezbollah")], iraqi);
    }

    [Theory]
    [InlineData("التقى قاآني بالقادة")] // doubled alef
    [InlineData("التقى قآني بالقادة")]  // alef with madda
    public void Qaani_spellings_fold_to_one_entity(string text) =>
        Assert.Contains(Match(text), f => f.Id == "kb:qaani");

    [Theory]
    [InlineData("قال ترامب إن الاتفاق انتهى")] // spelling with the long vowel
    [InlineData("قال ترمب إن الاتفاق انتهى")]  // outlet spelling without it (generated)
    public void Trump_spellings_match(string text) =>
        Assert.Contains(Match(text), f => f.Id == "kb:trump");

    [Theory]
    [InlineData("رحبت الشركات الأميركية بالقرار")]   // feminine nisba, spelling with ي
    [InlineData("رحبت الشركات الأمريكية بالقرار")]   // feminine nisba, spelling without
    [InlineData("انسحب الجنود الأميركيين من القاعدة")] // plural nisba
    public void Nationality_adjectives_are_not_country_mentions(string text) =>
        Assert.DoesNotContain(Match(text), f => f.Id == "kb:usa");

    [Fact]
    public void A_nisba_that_is_also_a_country_name_is_read_by_its_position()
    {
        Assert.DoesNotContain(Match("أصدرت الحكومة السعودية بيانا"), f => f.Id == "kb:saudi-arabia"); // adjective after a definite noun
        Assert.Contains(Match("وقالت السعودية في بيان"), f => f.Id == "kb:saudi-arabia");             // noun after a verb
        Assert.Contains(Match("سافر الوفد إلى السعودية"), f => f.Id == "kb:saudi-arabia");             // noun after a preposition
    }

    [Theory]
    [InlineData("جاء حسين إلى السوق")]           // common given name
    [InlineData("حققوا النصر في المباراة")]      // common noun (also the Nasr coalition)
    [InlineData("ساد الأمل بين الناس")]          // common noun
    [InlineData("بدأت عملية الفتح قبل سنوات")]  // common noun (also the Fatah alliance, marked ~)
    [InlineData("شنت القوات هجوما بريا واسعا")] // بري 'by land' is not Nabih Berri
    public void Ambiguous_single_words_do_not_fire_alone(string text) =>
        Assert.Empty(Match(text));

    [Fact]
    public void Ambiguous_words_still_match_inside_a_longer_name()
    {
        Assert.Contains(Match("فاز تحالف الفتح بمقاعد"), f => f.Id == "kb:fatah-alliance");
        Assert.Contains(Match("قالت حركة أمل في بيان"), f => f.Id == "kb:amal");
    }

    [Theory]
    [InlineData("نشرت «الحشد الشعبي» بيانا")]      // guillemets
    [InlineData("نشرت “الحشد الشعبي” بيانا")]      // curly quotes
    [InlineData("نشرت \"الحشد الشعبي\" بيانا")]     // straight quotes
    public void Names_inside_quotation_marks_match(string text) =>
        Assert.Contains(("الحشد الشعبي", "kb:pmf"), Match(text));

    [Fact]
    public void A_name_does_not_run_across_punctuation() =>
        Assert.DoesNotContain(Match("قال عادل، عبد المهدي لاحقا"), f => f.Id == "kb:abdul-mahdi" && f.Text.Contains('،'));

    [Theory]
    [InlineData("قال عادل عبدالمهدي")]  // joined عبد
    [InlineData("قال عادل عبد المهدي")] // apart
    public void Abd_names_match_joined_or_apart(string text) =>
        Assert.Contains(Match(text), f => f.Id == "kb:abdul-mahdi");

    [Fact]
    public void Declined_kunya_matches() =>
        Assert.Contains(Match("نعى المتحدث أبا مهدي المهندس"), f => f.Id == "kb:muhandis");

    [Fact]
    public void Vocalised_names_map_the_span_past_diacritics()
    {
        var found = Match("وَبَغْدَادُ مدينة كبيرة");
        Assert.Contains(("بَغْدَادُ", "kb:baghdad"), found);
    }

    [Fact]
    public void The_article_is_never_stripped_off_a_word_to_reach_a_name() =>
        Assert.DoesNotContain(Match("صوت مجلس الدوما على القانون"), f => f.Id == "kb:douma");

    [Theory]
    // Rows added for names an analyst of the region expects: platforms that carry statements, shipping firms, bodies
    // and places of Iraq, Lebanon and the shipping routes (data/kb, each row with its note).
    [InlineData("ونشر النائب بيانه على تويتر قبل منتصف الليل", "تويتر", "kb:twitter")]
    [InlineData("وتبنت الجماعة الهجوم في قناتها على تلغرام", "تلغرام", "kb:telegram")]
    [InlineData("ورفع الاحتياطي الفيدرالي سعر الفائدة مجددا", "الاحتياطي الفيدرالي", "kb:federal-reserve")]
    [InlineData("وأوقفت ميرسك رحلاتها عبر المضيق", "ميرسك", "kb:maersk")]
    [InlineData("وأعلنت المفوضية العليا لحقوق الإنسان ارتفاع عدد الجرحى", "المفوضية العليا لحقوق الإنسان", "kb:ihchr")]
    [InlineData("ونفى الحزب الديمقراطي الكردستاني الإيراني وجود مقاتليه هناك", "الحزب الديمقراطي الكردستاني الإيراني", "kb:pdki")]
    [InlineData("وتجمع المحتجون فوق جسر الجمهورية ظهرا", "جسر الجمهورية", "kb:jumhuriya-bridge")]
    [InlineData("وسقطت قذائف على أطراف رميش الحدودية", "رميش", "kb:rmeish")]
    [InlineData("وتدور السفن حول رأس الرجاء الصالح منذ أشهر", "رأس الرجاء الصالح", "kb:cape-of-good-hope")]
    public void Finds_added_rows(string text, string covered, string id) =>
        Assert.Contains((covered, (string?)id), Match(text));

    [Theory]
    // A place whose bare name is also a common word is marked ~ (data/kb/places-*.tsv, countries.tsv): the bare word,
    // with or without its article, never fires alone. One row per kind of clash.
    [InlineData("حصل المشروع على دعم مالي كبير", "kb:mali")]                 // adjective 'financial' = Mali
    [InlineData("احتفل الناس بالنصر العظيم في الساحة", "kb:adhaim")]          // adjective 'great' = Adhaim
    [InlineData("وصفه المتحدث بأنه إنجاز عظيم", "kb:adhaim")]                // the same without the article (generated variant)
    [InlineData("تحدث الوزير عن الدور العربي في الأزمة", "kb:dour")]          // noun 'the role' = al-Dour
    [InlineData("تراجعت نسب المشاهدة هذا العام", "kb:mishahda")]              // verbal noun 'viewing' = Mishahda
    [InlineData("سلط التقرير الضوء على الأزمة", "kb:salt")]                   // verb سلّط = السلط without its article
    [InlineData("خرج المتظاهرون في مسيرات سلمية", "kb:salamiyah")]           // adjective 'peaceful' = Salamiyah
    [InlineData("التقى الوزير رصيفه الأردني أمس", "kb:russeifa")]            // 'his counterpart' = الرصيفة without its article
    [InlineData("قال المدرب كلاوس إن الفريق مستعد", "kb:laos")]              // the name Klaus read as ك + لاوس
    [InlineData("أكد الوزير أن الرياض والقاهرة متفقتان", "kb:riyadh-kirkuk")] // another entity's name: the Saudi capital
    public void Guarded_place_names_do_not_fire_as_common_words(string text, string id) =>
        Assert.DoesNotContain(Match(text), f => f.Id == id);

    [Theory]
    // The kind word (ناحية، قضاء، مدينة، جمهورية) makes the guarded name a place again.
    [InlineData("قتل مسلحون راعيا في ناحية العظيم شمالي ديالى", "ناحية العظيم", "kb:adhaim")]
    [InlineData("سقطت قذيفة على قضاء الدور جنوب تكريت", "قضاء الدور", "kb:dour")]
    [InlineData("أغلقت القوات الطرق في ناحية المشاهدة فجرا", "ناحية المشاهدة", "kb:mishahda")]
    [InlineData("اعتقلت الشرطة مطلوبا في مدينة السلط", "مدينة السلط", "kb:salt")]
    [InlineData("زار الوفد جمهورية مالي الأسبوع الماضي", "جمهورية مالي", "kb:mali")]
    public void A_kind_word_makes_a_guarded_name_a_place(string text, string covered, string id) =>
        Assert.Contains((covered, (string?)id), Match(text));

    [Theory]
    // Longest match: a place whose name contains a country's name is not read as the country.
    [InlineData("وصل الوفد إلى قضاء المجر الكبير في ميسان", "قضاء المجر الكبير", "kb:majar-al-kabir", "kb:hungary")]
    [InlineData("فاز المرشح في ولاية جورجيا بفارق ضئيل", "ولاية جورجيا", "kb:georgia-us-state", "kb:georgia")]
    [InlineData("زار الرئيس روسيا البيضاء أمس", "روسيا البيضاء", "kb:belarus", "kb:russia")]
    [InlineData("ارتفع منسوب نهر الأردن هذا الشتاء", "نهر الأردن", "kb:jordan-river", "kb:jordan")]
    public void A_longer_place_name_wins_over_the_country_inside_it(string text, string covered, string id, string notId)
    {
        var found = Match(text);
        Assert.Contains((covered, (string?)id), found);
        Assert.DoesNotContain(found, f => f.Id == notId);
    }

    [Theory]
    // Breadth rows (branch kbplaces): a Baghdad-belt district, a Sinjar subdistrict, a Turkish base in Nineveh, a
    // Jordanian border town, a south Lebanon village, a ship's flag state.
    [InlineData("هاجم مسلحون نقطة أمنية في الطارمية ليلا", "الطارمية", "kb:tarmiyah")]
    [InlineData("عاد النازحون إلى سنوني بعد سنوات", "سنوني", "kb:sinune")]
    [InlineData("استهدفت مسيرة معسكر زليكان مساء الأحد", "معسكر زليكان", "kb:zelikan")]
    [InlineData("عبرت الشاحنات من الرويشد نحو الحدود", "الرويشد", "kb:ruwaished")]
    [InlineData("سقطت قذائف على أطراف حولا صباحا", "حولا", "kb:hula-lebanon")]
    [InlineData("احتجزت البحرية ناقلة ترفع علم بنما", "بنما", "kb:panama")]
    public void Finds_added_places(string text, string covered, string id) =>
        Assert.Contains((covered, (string?)id), Match(text));

    [Fact]
    public void Empty_document_gives_no_mentions() =>
        Assert.Empty(Kb.Matcher.Find(TestTokens.Document("")));
}
