using Marsad.Documents;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Context;

/// <summary>Persons nobody listed, found from the title or role phrase around the name. Sentences written for these tests.</summary>
public partial class ContextRecognizerTests
{
    [Theory]
    // A profession before the name.
    [InlineData("وقال الكاتب سامر الخفاجي إن الأزمة ستطول.", "سامر الخفاجي")]
    // A minister: portfolio and nationality adjective between the title and the name.
    [InlineData("وأعلن وزير الزراعة الأردني نزار العبيدي خطة جديدة للري.", "نزار العبيدي")]
    // A spokesman of a listed organisation.
    [InlineData("وقال المتحدث باسم منظمة بدر مهند الساعدي إن الطريق آمن.", "مهند الساعدي")]
    // A spokesman of an organisation named in quotes after its cue word.
    [InlineData("وقال المتحدث العسكري باسم حركة «أنصار الفجر» رعد الحمداني للصحفيين إن الهجوم فشل.", "رعد الحمداني")]
    // A member of a bloc with its adjective (النيابية) before the name.
    [InlineData("وطالب عضو كتلة الرافدين النيابية وسام الجبوري بعقد جلسة طارئة.", "وسام الجبوري")]
    // A military rank.
    [InlineData("وأكد العميد ثامر الدليمي أن القوات سيطرت على الطريق.", "ثامر الدليمي")]
    // A rank after an office and its nationality: titles chain before one name.
    [InlineData("وصل وزير الداخلية السوري اللواء مازن الخطيب إلى حلب.", "مازن الخطيب")]
    // A form of address.
    [InlineData("وألقى الشيخ عادل الكربلائي خطبة الجمعة.", "عادل الكربلائي")]
    // A noun for a person (police and casualty reports).
    [InlineData("وأصيب المواطن حيدر جاسم برصاص طائش.", "حيدر جاسم")]
    // A deputy: the modifier joins the title after it.
    [InlineData("وقال نائب رئيس الوزراء دلشاد البرزنجي إن الاتفاق قريب.", "دلشاد البرزنجي")]
    // The name after a comma that closes the title.
    [InlineData("التقى وزير النقل، ناصر الشبلي، وفدا تركيا.", "ناصر الشبلي")]
    // Apposition: the title after the name and a comma says who the name is.
    [InlineData("وقال خالد الشمري، المتحدث باسم الحكومة المحلية، إن الماء سيعود.", "خالد الشمري")]
    // Apposition after a verb: an unknown given name is accepted when a verb stands right before it.
    [InlineData("وصرح غضنفر الجزائري، القيادي في تيار الحكمة، بأن الحوار مستمر.", "غضنفر الجزائري")]
    // Name particles join the word after them and do not count toward the four words.
    [InlineData("وقال الشيخ عبد الرحمن بن ناصر آل سعيد إن المجلس سيجتمع.", "عبد الرحمن بن ناصر آل سعيد")]
    // A kunya.
    [InlineData("وقال القيادي أبو علي البصري إن الفصيل لن ينسحب.", "أبو علي البصري")]
    // A name ends before the imperfect verb after it.
    [InlineData("الباحث حسين العلاق يرى أن الأزمة طويلة.", "حسين العلاق")]
    // A name ends before a short feminine perfect verb (سعت) the tables do not list.
    [InlineData("بعد عهد الرئيس ماريو فرنانديز سعت البلاد إلى التهدئة.", "ماريو فرنانديز")]
    // A given name written with the article starts a name before a particle.
    [InlineData("واستقبل الشيخ الحسن بن فيصل الوفد.", "الحسن بن فيصل")]
    // A known name the tokenizer would read as a future verb (سيف = سـ + يف) is a name.
    [InlineData("وقال المحافظ سيف البدري إن الكهرباء ستعود.", "سيف البدري")]
    // A lone common given name right after a title, when the clause ends there.
    [InlineData("وقال الأمير طلال، في تصريح للتلفزيون، إن الزيارة ناجحة.", "طلال")]
    // A family name that is neither known nor a nisba ends before a noun with a preposition on it (بإدارة).
    [InlineData("وكلف الوزير معاون المدير العام سامي جاسم البطاط بإدارة المصفى.", "سامي جاسم البطاط")]
    // A definite family name written with ة (Jordanian الخرابشة، المعايطة) ends a name before قوله.
    [InlineData("ونقلت الوكالة عن وزير الطاقة سامي الخرابشة قوله إن الربط قريب.", "سامي الخرابشة")]
    // A name ends before the verb فرض (imposed).
    [InlineData("وأعلن المحافظ نزار العبيدي فرض حظر للتجوال في المدينة.", "نزار العبيدي")]
    // The subject of a verb of saying: a common given name and more name-like words, closed by a comma…
    [InlineData("وقال ياسر شومان، وكيل المعهد، إن الدراسة ستستأنف.", "ياسر شومان")]
    // …or by the complementizer, with no title anywhere.
    [InlineData("وأكد هشام الزبيدي أن الطريق مفتوح منذ الصباح.", "هشام الزبيدي")]
    public void Finds_a_person_from_the_title_or_apposition(string text, string expected)
    {
        var doc = Run(text);
        Assert.Equal([expected], Names(doc, EntityKind.Person));
        Assert.Equal(MentionSource.Context, Mention(doc, expected).Source);
    }

    [Theory]
    // A title followed by a preposition names nobody.
    [InlineData("وقال الرئيس الأمريكي في بيان إن الاتفاق صامد.")]
    // An indefinite title with indefinite adjectives is a noun phrase: "a Russian military official".
    [InlineData("ونقلت الوكالة عن مسؤول عسكري روسي قوله إن الطائرة أسقطت.")]
    // Words with tanween are common words.
    [InlineData("ولا تعتبر رئيس الحكومة حليفاً موثوقاً به.")]
    // The indefinite accusative alef marks common words (قرارا مماثلا).
    [InlineData("قبل أن يتخذ وزير الدفاع قرارا مماثلا للقرار السابق.")]
    // A preposition used as an adverb (خارج) and a possessive (منزلها) are no name.
    [InlineData("وصفعت الفتاة الجندي خارج منزلها.")]
    // A profession after a definite noun is its adjective (الفصيل المعارض), not a title.
    [InlineData("ومنح الجيش الفصيل المعارض مهلة أيام قليلة.")]
    // After a comma, an adverb is no name.
    [InlineData("وأكد رئيس الوزراء، وقتذاك، أن الحدود ستفتح.")]
    // الأمر (the matter) is not a title.
    [InlineData("استغرق الأمر مني خمس سنوات.")]
    // A title followed by another clause introduces nobody.
    [InlineData("وقال المتحدث باسم الصليب الأحمر، لوكالة الأنباء الفرنسية، إن المساعدات وصلت.")]
    // After a verb of saying, a rare given name that is a common noun is the noun: بيان "statement".
    [InlineData("وذكر بيان صادر عن المكتب أن اللقاء تناول العلاقات.")]
    // …and "لي" after the verb is "to me", not a name.
    [InlineData("وأكد لي مسؤول في الوزارة أن القرار نهائي.")]
    public void Reads_no_person_where_no_name_follows_the_title(string text)
    {
        var doc = Run(text);
        Assert.Empty(Names(doc, EntityKind.Person));
    }

    [Fact]
    public void A_speakers_short_form_after_his_full_name_is_no_new_name()
    {
        // «وأوضح عبد الجبار» refers back to «إحسان عبد الجبار»: coreference links it, the speech-verb rule adds nothing.
        var doc = Run("وقع الاتفاق وزير النفط ليث عبد الجبار في بغداد. وأوضح عبد الجبار أن الشحنة الأولى ستصل قريبا.");
        Assert.DoesNotContain(doc.Mentions, m => doc[m.Span] == "عبد الجبار" && m.Cue == "وأوضح");
    }

    [Fact]
    public void Person_mention_keeps_the_title_as_its_cue()
    {
        var doc = Run("وقال المحلل السياسي وليد الراوي إن الانتخابات ستؤجل.");
        Assert.Equal("المحلل السياسي", Mention(doc, "وليد الراوي").Cue);
    }
}
