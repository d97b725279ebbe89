namespace Marsad.Tests.Quotes;

/// <summary>Rules read from the context around a cue: what the words near it refer back to, and what they are not.</summary>
public partial class QuoteFinderTests
{
    [Theory]
    // a definite source of one speaker with no such source before is the person quoted just before
    [InlineData("وقال وزير الخارجية [مايك هاريس]{PER p:harris} إن [العقوبات ستشدد]{IQ by=p:harris}. وأضاف المسؤول الأمريكي أن [الحوار مغلق]{IQ by=p:harris class=none}.")]
    // a cue that reported nothing still names who is speaking for the next dropped pronoun
    [InlineData("وقال [سلمان الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}.\nووصل الوفد مساء.\nوكشف [علي البصري]{PER p:basri} عن خطة جديدة.\nوقال: «[الخطة تبدأ غدا في كل المحافظات]{DQ by=p:basri}».")]
    // so does a sentence that opens with a verb and a person
    [InlineData("وقال [سلمان الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}.\nووصل الوفد مساء.\nوحدد [علي البصري]{PER p:basri} ثلاثة مطالب.\nوقال إن [المهلة أسبوع]{IQ by=p:basri}.")]
    // إذ goes on with the main clause's subject
    [InlineData("أعلن [علي البصري]{PER p:basri} موقفه من الأزمة، إذ أكد أن [الحكومة لن تستقيل]{IQ by=p:basri}.")]
    // a subject phrase names the previous speaker only if all its distinctive words are in that name
    [InlineData("وقالت [وكالة فرانس برس]{ORG kb:afp MED} إن [الهجوم وقع فجرا]{IQ by=kb:afp}. وقالت وكالة الأنباء الرسمية إن [الهجوم وقع ليلا]{IQ by=none}.")]
    // a number can open the subject (وأعلن 11 فصيلاً)
    [InlineData("وقال [سلمان الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri}. وأعلن 11 فصيلا مسلحا [أنها ستتوحد تحت قيادة واحدة]{IQ by=none}.")]
    // an outlet word as subject after a relayed quote is that outlet
    [InlineData("ونقلت صحيفة «الغد» عن مصدر حكومي أن [الحكومة ستستقيل]{IQ class=government-sources via=الغد}. وأشارت الصحيفة إلى أن [الاستقالة ستعلن الأحد]{IQ by=none span=الصحيفة}.")]
    public void Reads_what_earlier_words_refer_to(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a preposition with a pronoun suffix (فيه) is an adjunct, not a subject: the verb's subject is before it
    [InlineData("وأصدرت [الوزارة]{ORG p:ministry} بيانا أكدت فيه أن [المعبر سيفتح]{IQ by=p:ministry medium=statement}.")]
    // a demonstrative after the verb is its object; the subject stands before the verb
    [InlineData("لكن [منظمة العفو الدولية]{ORG kb:amnesty} تصف ذلك بأنه «[ترهيب واضح للناشطين]{DQ by=kb:amnesty cue=وصف}».")]
    // a short quotation right after a cue and before a complementizer names the subject; its complement is the quote
    [InlineData("وأوضحت \"الغد\" أن [الحكومة ستستقيل]{IQ by=none span=الغد}.")]
    // the owner of a document is not a place after في
    [InlineData("وجاء في بيان لهيئة الطيران في [البحرين]{GPE kb:bahrain} أن [الطائرة هبطت بسلام]{IQ by=none cue=جاء medium=statement}.")]
    // a mention after a title phrase has ended (past a comma) is the verb's object, not the title's body
    [InlineData("وطالب الكاتب السياسي، في مقال له، [وزارة الخارجية]{ORG p:mofa} باستدعاء السفير ليشرح «[لماذا حضر الحفل مع المطلوبين]{DQ by=none span=\"الكاتب السياسي\"}».")]
    // a relayed source nobody resolved is still the speaker, not the outlet
    [InlineData("ونقلت [وكالة الأنباء العراقية]{ORG kb:ina MED} عن متحدث باسم الشرطة قوله إن [الطريق فتح]{IQ by=none span=\"متحدث باسم الشرطة\" via=kb:ina}.")]
    // an accusative source phrase (مصدراً دبلوماسياً) is the same class
    [InlineData("يشار إلى أن مصدرا دبلوماسيا كان قد كشف لـ CNN أن [التفتيش سيبدأ الاثنين]{IQ class=diplomatic-sources via=CNN}.")]
    // أنْ after المقرر is the infinitive particle: no report
    [InlineData("وطالب [الجبوري]{PER p:jabouri} بمظاهرة كبيرة من المقرر أن تنظم الأربعاء.")]
    // the reporter's words before a mixed quote's marks are not its medium (رسالة here is "a message")
    [InlineData("وأكد [الجبوري]{PER p:jabouri} أن لقاءه بالوزير فيه رسالة بأن «[الحكومة لن تقصي أحدا]{DQ by=p:jabouri medium=unknown}».")]
    // an attribution between the cue and its complement names the outlet (وفقاً لما نقلته قناة «…»)
    [InlineData("وقال [الجبوري]{PER p:jabouri}، وفقا لما نقلته قناة \"الفرات\"، إن [الحكومة لن تستقيل]{IQ by=p:jabouri via=الفرات}.")]
    // a quoted outlet name that a mention only partly covers is kept as written
    [InlineData("وقال [الجبوري]{PER p:jabouri} لصحيفة \"[واشنطن]{GPE kb:washington} إكزامينر\" إن [الحكومة لن تستقيل]{IQ via=\"واشنطن إكزامينر\"}.")]
    public void Tells_subjects_from_other_words(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a person after the governed noun of a body is the subject's name (المتحدث باسم الحكومة باسم العوادي)
    [InlineData("وقال المتحدث باسم الحكومة [باسم العوادي]{PER p:awadi} إن [الزيارة ستركز على الاقتصاد]{IQ by=p:awadi}.")]
    // a person after a governed title is the addressee's name (لنظيره الإيراني فلان)
    [InlineData("وقال [الجبوري]{PER p:jabouri} لنظيره الإيراني [حسن كريمي]{PER p:karimi} إن [الحدود آمنة]{IQ by=p:jabouri}.")]
    // a noun after an adjunct is no subject (تعهد، خلال استقباله…، بسحب القوات): the subject stands before the verb
    [InlineData("وكان [دونالد ترامب]{PER kb:trump} قد تعهد، خلال استقباله ضيفه في البيت الأبيض، بسحب القوات «[في غضون فترة قصيرة]{DQ by=kb:trump cue=تعهد}».")]
    // an attribution to an outlet that relayed a source: the source speaks, the outlet carried it
    [InlineData("[فرضت الوزارة عقوبات على عشرة مصارف]{IQ class=us-officials via=\"وول ستريت جورنال\" cue=وفق}، وفق ما نقلته صحيفة «وول ستريت جورنال» عن مسؤولين أميركيين.")]
    // a clause that runs into a later quotation is cut at the comma before that quotation's clause
    [InlineData("وقال مسؤولون أمريكيون لـ«الفرات اليوم» إن [الجنود سينقلون إلى الكويت]{IQ class=us-officials}، وإن تقليص العدد «[لا يعني تراجعا عن الالتزام]{DQ class=us-officials}».")]
    public void Reads_titles_adjuncts_and_relays(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // one official of a class may be named further on in the subject: the name speaks
    [InlineData("وهدد المتحدث العسكري باسم [حركة النهضة]{ORG p:nahda} [جواد الكعبي]{PER p:kaabi} باستهداف «[كل القواعد الأجنبية في البلاد]{DQ by=p:kaabi}».")]
    [InlineData("وقال مسؤول في وزارة الداخلية [سعد معن]{PER p:maan} إن [الطرق آمنة]{IQ by=p:maan}.")]
    // several sources are never one named person
    [InlineData("وقالت مصادر مقربة من [سعد معن]{PER p:maan} إن [الاستقالة جاهزة]{IQ class=informed-sources}.")]
    public void Names_an_official_the_class_introduces(string marked) => QuoteMarkup.Check(marked);
}
