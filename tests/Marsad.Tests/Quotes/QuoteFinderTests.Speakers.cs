using Marsad.Documents;

namespace Marsad.Tests.Quotes;

/// <summary>Speaker resolution: word order, titles, dropped pronouns, relays and earlier mentions.</summary>
public partial class QuoteFinderTests
{
    [Theory]
    // VSO: the subject after the verb, behind a title that is not a mention
    [InlineData("وقال وزير الخارجية [فؤاد حسين]{PER kb:fuad-hussein} إن [الزيارة ناجحة]{IQ by=kb:fuad-hussein}.")]
    // SVO, topic first: the subject before the verb
    [InlineData("[مصطفى الكاظمي]{PER kb:kadhimi} اعتبر أن [الحوار هو السبيل الوحيد]{IQ by=kb:kadhimi}.")]
    // كان X قد قال: the subject between كان and the verb
    [InlineData("وكان [سلمان الجبوري]{PER p:jabouri} قد قال إن [الملف أغلق]{IQ by=p:jabouri}.")]
    // a title's body or country before the name: the person speaks (رئيس حزب X فلان)
    [InlineData("وقال رئيس [حزب النهضة]{ORG p:nahda} [كريم العزاوي]{PER p:azzawi} إن [الحزب سيقاطع الجلسة]{IQ by=p:azzawi}.")]
    // a title of a country with no name after it: the title's holder, not the country, speaks; only the phrase is kept
    [InlineData("وقال رئيس وزراء [لبنان]{GPE kb:lebanon} إن [الحكومة ستجتمع غدا]{IQ by=none span=\"رئيس وزراء لبنان\"}.")]
    // a spokesman's body after باسم is governed by the preposition: the spokesman speaks, unnamed here
    [InlineData("وقال المتحدث باسم [حركة النهضة]{ORG p:nahda} إن [الحركة لن تشارك]{IQ by=none span=\"المتحدث باسم حركة النهضة\"}.")]
    // the name in apposition after the title, between commas
    [InlineData("وقال المتحدث باسم [حركة النهضة]{ORG p:nahda}، [جعفر الحسيني]{PER p:husseini}، إن [الحركة لن تشارك]{IQ by=p:husseini}.")]
    // the name right after the spokesman's body, without commas
    [InlineData("وقال المتحدث باسم [حركة النهضة]{ORG p:nahda} [جعفر الحسيني]{PER p:husseini} إن [الحركة لن تشارك]{IQ by=p:husseini}.")]
    // a mention after an attached preposition is an addressee, not the subject
    [InlineData("وقال [الجبوري]{PER p:jabouri} ل[هدى الربيعي]{PER p:rubaie} إن [الملف جاهز]{IQ by=p:jabouri}.")]
    // a definite noun phrase right after the verb is its subject; the place named after it is the object
    [InlineData("وطالب الأسطول البحري [طهران]{GPE kb:tehran} بـ«[الإفراج عن السفينة]{DQ by=none span=\"الأسطول البحري\" cue=طالب}».")]
    // a participle's speaker is the main clause's subject, and the noun after it (واصفاً الاحتجاز) what it describes
    [InlineData("ورحب [سلمان الجبوري]{PER p:jabouri} بالاتفاق، واصفا إياه بأنه «[خطوة شجاعة]{DQ by=p:jabouri cue=وصف}».")]
    [InlineData("وأدان [سلمان الجبوري]{PER p:jabouri} الهجوم، داعيا المجتمع الدولي إلى «[موقف حازم]{DQ by=p:jabouri cue=دعا}».")]
    // a definite head noun alone refers to the last body named with that head (وزارة … ثم الوزارة)
    [InlineData("فرضت [وزارة الخزانة]{ORG p:treasury} عقوبات جديدة. وقالت الوزارة في بيان إن [الشركة خالفت القانون]{IQ by=p:treasury}.")]
    // …and only to one with that head: الهيئة is not the ministry
    [InlineData("فرضت [وزارة الخزانة]{ORG p:treasury} عقوبات جديدة. وقالت الهيئة في بيان إن [الشركة خالفت القانون]{IQ by=none span=\"الهيئة\"}.")]
    // an indefinite head with a definite genitive is a definite subject; the place in the parenthesis after it is not
    [InlineData("وقالت شركة البحار للشحن، ومقرها [دبي]{GPE kb:dubai}، إن [الناقلة تنقل شحنة نظامية]{IQ by=none span=\"شركة البحار للشحن\"}.")]
    // a verb of demanding joined by و after a comma goes on with the sentence's subject; the party after it is its object
    [InlineData("وأدان [سلمان الجبوري]{PER p:jabouri} الغارة، وطالب [الحكومة]{ORG p:gov} بـ«[التحرك فورا]{DQ by=p:jabouri cue=طالب}».")]
    // …and so does a participle after it: مؤكدة continues the ministry, not the party it demanded something of
    [InlineData("وانتقدت [وزارة الخارجية]{ORG p:mofa} الهجوم، وطالبت [أنقرة]{GPE kb:ankara} بوقف عملياتها، مؤكدة أن «[الحوار هو الحل]{DQ by=p:mofa}».")]
    // the head noun may be the descriptor written before the name (جماعة … ثم الجماعة)
    [InlineData("هاجمت جماعة [أنصار الفجر]{ORG p:fajr} الميناء. وقالت الجماعة في بيان إن [الهجوم كان تحذيرا]{IQ by=p:fajr}.")]
    // a district governor's title: the holder speaks, not the district named in the title
    [InlineData("وقال قائممقام [سنجار]{GPE kb:sinjar} إن [الطرق آمنة]{IQ by=none span=\"قائممقام سنجار\"}.")]
    // a class phrase followed closely by a name: the name speaks (الخبير الأمني فلان)
    [InlineData("واعتبر الخبير الأمني [رافع الكعبي]{PER p:kaabi} أن [الهجوم كان متوقعا]{IQ by=p:kaabi}.")]
    // the subject of a cue inside a reported clause stands after the complementizer
    [InlineData("وقال المسؤولون إن [سلمان الجبوري]{PER p:jabouri} هدد بـ«[كشف أسماء المتورطين أمام الرأي العام]{DQ by=p:jabouri cue=هدد}».")]
    public void Finds_the_subject_of_the_cue(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a dropped pronoun (وأضاف: «…») continues the previous quote's speaker in the same paragraph
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}. وأضاف: «[لا خوف على المدينة بعد اليوم]{DQ by=p:jabouri cue=أضاف}».")]
    // and in the next paragraph
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}.\nوتابع أن [الطرق ستفتح قريبا]{IQ by=p:jabouri cue=تابع}.")]
    // but not two paragraphs later
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}.\nووصلت قوافل المساعدات.\nوتابع أن [الطرق ستفتح قريبا]{IQ by=none}.")]
    // a named subject that is no mention blocks the continuation (وقالت الشرطة)
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}. وقالت الشرطة إن [الطرق مغلقة]{IQ by=none span=الشرطة}.")]
    // unless it names the previous speaker again (وقال الحريري after سعد الحريري)
    [InlineData("وقال [سعد الحريري]{PER kb:saad-hariri} إن [الحكومة باقية]{IQ by=kb:saad-hariri}. وقال الحريري إن [الانتخابات في موعدها]{IQ by=kb:saad-hariri}.")]
    // a participle whose main verb reported nothing: the subject of the main verb speaks
    [InlineData("وطالبت [الهيئة]{ORG p:hay'a} بإعادة الانتخابات، مشيرة إلى أن [النتائج زورت]{IQ by=p:hay'a cue=أشار}.")]
    // a document as subject (وأضاف البيان) continues its issuer, and is the medium
    [InlineData("وقالت [الوزارة]{ORG p:ministry} في بيان إن [المعبر أغلق]{IQ by=p:ministry medium=statement}. وأضاف البيان أن [الإغلاق مؤقت]{IQ by=p:ministry medium=statement}.")]
    // a clause opener (فيما) starts a clause of its own: the subject before it is not the cue's
    [InlineData("وانسحب [الجيش]{ORG p:army} من المدينة، فيما قال الأهالي إن [القصف توقف]{IQ by=none}.")]
    public void Continues_or_stops_the_previous_speaker(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a title said again later names the person it named first
    [InlineData("وقال المتحدث باسم [حركة النهضة]{ORG p:nahda} [جعفر الحسيني]{PER p:husseini} إن [الحركة لن تشارك]{IQ by=p:husseini}.\nووصل الوفد مساء.\nوأكد المتحدث باسم الحركة أن [القرار نهائي]{IQ by=p:husseini}.")]
    // a shorter title with the same head (الوزير الأمريكي after وزير الدفاع الأمريكي فلان)
    [InlineData("وقال وزير الدفاع الأمريكي [جون ميلر]{PER p:miller} إن [القوات باقية]{IQ by=p:miller}.\nووصل الوفد مساء.\nوتابع الوزير الأمريكي بالقول إن [الانسحاب غير مطروح]{IQ by=p:miller}.")]
    // a dateline before a dash is not the subject of a participle's main verb
    [InlineData("[دبي]{GPE kb:dubai} (وكالات) — ردت [الوزارة]{ORG p:ministry} على الانتقادات، قائلة إن [الخطة واضحة]{IQ by=p:ministry cue=قال}.")]
    // a definite source noun takes up the class named before it (مسؤولين عراقيين … المسؤولون)
    [InlineData("ونقلت [رويترز]{ORG kb:reuters MED} عن مسؤولين عراقيين أن [الاتفاق قريب]{IQ class=iraqi-officials}.\nوقال المسؤولون إن [التوقيع سيتم الشهر المقبل]{IQ class=iraqi-officials}.")]
    public void Remembers_who_was_named_before(string marked) => QuoteMarkup.Check(marked);

    [Fact]
    public void A_title_resolves_through_a_relation_read_from_it()
    {
        // The relation finder (branch rec) reads «المتحدث باسم الحركة» as SpokespersonOf; the quote takes its subject.
        var (doc, _) = QuoteMarkup.Parse("وقال المتحدث باسم [الحركة]{ORG p:nahda} إن الحركة لن تشارك.");
        var phrase = doc.Text.IndexOf("المتحدث", StringComparison.Ordinal);
        var relation = new Relation(RelationPredicate.SpokespersonOf, "p:husseini", "p:nahda", new TextSpan(phrase, phrase + "المتحدث باسم الحركة".Length), "المتحدث باسم الحركة");
        // The spokesman is an entity of the document (named elsewhere in the article), as relation subjects always are.
        var spokesman = new Entity("p:husseini", EntityKind.Person, "جعفر الحسيني");
        doc = Marsad.Quotes.QuoteFinder.CreateDefault().Run(doc with { Relations = [relation], Entities = [.. doc.Entities, spokesman] });
        Testing.DocumentInvariants.Check(doc);
        Assert.Equal("p:husseini", Assert.Single(doc.Quotes).SpeakerId);
    }

    [Fact]
    public void A_speaker_that_is_a_mention_keeps_its_span()
    {
        var (doc, _) = QuoteMarkup.Run("وقال وزير الخارجية [فؤاد حسين]{PER kb:fuad-hussein} إن الزيارة ناجحة.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("فؤاد حسين", doc[quote.SpeakerSpan!.Value]);
        Assert.Null(quote.SpeakerClass);
    }
}
