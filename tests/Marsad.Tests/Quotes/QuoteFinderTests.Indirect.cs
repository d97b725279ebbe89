namespace Marsad.Tests.Quotes;

/// <summary>Indirect quotes: a cue and its complement clause, and attributions.</summary>
public partial class QuoteFinderTests
{
    [Theory]
    // قال takes إنّ (kasra); Content starts after it and ends before the final stop
    [InlineData("وقال [سلمان الجبوري]{PER p:jabouri} إن [الوزارة ستعيد فتح المعبر يوم الأحد]{IQ by=p:jabouri cue=قال}.")]
    // أكد takes أنّ
    [InlineData("وأكدت [هدى الربيعي]{PER p:rubaie} أن [الفرق الطبية وصلت إلى القرى المنكوبة]{IQ by=p:rubaie cue=أكد}.")]
    // أشار إلى أنّ
    [InlineData("وأشار [الجبوري]{PER p:jabouri} إلى أن [العمل سيستأنف بعد العيد]{IQ by=p:jabouri cue=أشار}.")]
    // شدد على أنّ
    [InlineData("وشدد [الجبوري]{PER p:jabouri} على أن [القانون سيطبق على الجميع دون استثناء]{IQ by=p:jabouri cue=شدد}.")]
    // أفاد بأنّ
    [InlineData("وأفاد [الجبوري]{PER p:jabouri} بأن [القافلة عبرت الحدود صباحا]{IQ by=p:jabouri cue=أفاد}.")]
    // كشف عن أنّ
    [InlineData("وكشف [الجبوري]{PER p:jabouri} عن أن [التحقيق شمل عشرة موظفين]{IQ by=p:jabouri cue=كشف}.")]
    // اعتبر أنّ
    [InlineData("واعتبر [الجبوري]{PER p:jabouri} أن [القرار جاء متأخرا]{IQ by=p:jabouri cue=اعتبر}.")]
    // ذكرت الصحيفة أنّ
    [InlineData("وذكرت [صحيفة الصباح]{ORG p:sabah MED} أن [الموازنة ستقر الشهر المقبل]{IQ by=p:sabah cue=ذكر}.")]
    // a pronoun suffix on the complementizer is the clause's subject and stays in the Content
    [InlineData("وأكد [الجبوري]{PER p:jabouri} [أنه لن يترشح للانتخابات المقبلة]{IQ by=p:jabouri}.")]
    // the lām of result before an imperfect cue: "and then he announced that …"
    [InlineData("تراجعت الحكومة عن القرار، ليعلن [الجبوري]{PER p:jabouri} أن [المعبر سيفتح غدا]{IQ by=p:jabouri cue=أعلن}.")]
    // adjuncts between the subject and the complementizer (في بيان، اليوم)
    [InlineData("وقال [الجبوري]{PER p:jabouri} في بيان اليوم إن [اللجنة أنهت عملها]{IQ by=p:jabouri}.")]
    public void Reads_the_complement_clause_of_a_cue(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a participle (مضيفاً أنّ) ends the clause before it and opens a quote of the same speaker
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri cue=قال}، مضيفا أن [الطرق فتحت]{IQ by=p:jabouri cue=أضاف}.")]
    // so does a verb with its conjunction (وأضاف أنّ)
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوضع مستقر]{IQ by=p:jabouri} وأضاف أن [الطرق فتحت]{IQ by=p:jabouri}.")]
    // a cue inside another report's clause is part of that clause (قال المسؤول إن فلاناً أكد أنّ…)
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [الوزير أكد أن العمل مستمر]{IQ by=p:jabouri}.")]
    // a relative clause between the subject and the complementizer is skipped
    [InlineData("وقال المصدر، الذي طلب عدم ذكر اسمه، إن [الاجتماع أجل]{IQ class=source}.")]
    // a cue in a relative clause reports for the noun before it, up to the comma that closes the clause; the main
    // verb's complement comes after
    [InlineData("وأعلنت [الهيئة]{ORG p:hay'a}، التي تقول [إنها مستقلة]{IQ by=p:hay'a cue=قال}، أن [الانتخابات ستجري في موعدها]{IQ by=p:hay'a cue=أعلن}.")]
    // a relative clause's cue with a quotation reports for the mention before الذي
    [InlineData("ودانت الوزارة الهجوم على لسان المتحدث باسمها [أحمد الخطيب]{PER p:khatib}، الذي دعا إلى «[الحذر من الفتنة]{DQ by=p:khatib cue=دعا}».")]
    // a relative clause closed by a comma reports nothing after it (الذي فضّل عدم ذكر اسمه، إنّ…)
    [InlineData("وقال المصدر، الذي فضل عدم ذكر اسمه، إن «[الرتل تعرض لانفجار عبوة]{DQ class=source cue=قال}».")]
    public void Ends_a_clause_where_another_report_begins(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // أنْ after قبل is the infinitive particle, not a complementizer
    [InlineData("ونفت [الوزارة]{ORG p:ministry} وجود خلافات، قبل أن تعود لتصحح الخبر.")]
    // so after يجب and ضرورة
    [InlineData("وأكد [الجبوري]{PER p:jabouri} ضرورة أن تلتزم الأطراف بالهدنة.")]
    // things that point out without speaking (تشير التقارير إلى أنّ)
    [InlineData("وتشير التقارير إلى أن الأسعار سترتفع.")]
    // a cue after a preposition is a verbal noun (مع توقع أن)
    [InlineData("وارتفعت الأسعار مع توقع أن يزداد الطلب.")]
    // يُذكر أنّ ("it is worth noting") has no speaker and is no cue
    [InlineData("يذكر أن المعبر أغلق مرتين هذا العام.")]
    // a verb of saying with no complement clause and no quotation is no quote
    [InlineData("وأعلن [الجيش]{ORG p:army} مقتل ثلاثة مسلحين في اشتباك ليلي.")]
    public void Does_not_take_other_uses_of_an_for_reports(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // بحسب X at the end: the sentence before it is the report
    [InlineData("[انسحبت القوات من القرية فجرا]{IQ class=security-sources cue=بحسب}، بحسب مصادر أمنية.")]
    // بحسب بيان لـX: the body that issued the statement is the source, and «وذكر البيان» after it goes on with it
    [InlineData("[قتل ثلاثة جنود في كمين شمالي العاصمة]{IQ by=p:cell cue=بحسب}، بحسب بيان [لخلية الإعلام]{ORG p:cell}. وذكر البيان أن [المسلحين فروا إلى البساتين]{IQ by=p:cell}.")]
    // بحسب X فإنّ: the clause after فإنّ
    [InlineData("وبحسب [الجبوري]{PER p:jabouri} فإن [المشروع سينجز خلال عامين]{IQ by=p:jabouri cue=بحسب}.")]
    // بحسب X opening the sentence: the report follows the comma
    [InlineData("وبحسب مصادر مطلعة، [سيزور الوفد العاصمة الأسبوع المقبل]{IQ class=informed-sources}.")]
    // a parenthetical attribution covers its whole sentence
    [InlineData("[وباتت القوات، بحسب مصادر محلية، تسيطر على نصف البلدة]{IQ class=local-sources}.")]
    // وفقاً لـ X names an outlet: speaker and outlet
    [InlineData("[ارتفع عدد الضحايا إلى عشرين]{IQ by=kb:ina via=kb:ina cue=وفق}، وفقا لـ[وكالة الأنباء العراقية]{ORG kb:ina MED}.")]
    // بحسب with no speaker after it (بحسب القانون) attributes nothing
    [InlineData("وستجري الانتخابات في موعدها بحسب القانون النافذ.")]
    public void Reads_attributions(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // نقلت X عن Y: Y speaks, X carried it
    [InlineData("ونقلت [وكالة فرانس برس]{ORG kb:afp MED} عن مصدر أمني أن [المسلحين انسحبوا من القرية]{IQ class=security-source via=kb:afp cue=نقل}.")]
    // نقلت X عن Y قوله: «…»
    [InlineData("ونقلت [رويترز]{ORG kb:reuters MED} عن [الجبوري]{PER p:jabouri} قوله: «[لن نقبل بأقل من الانسحاب الكامل]{DQ by=p:jabouri via=kb:reuters}».")]
    // نقلاً عن inside the subject window: the source after عن speaks, the subject relayed it
    [InlineData("وقالت [وكالة الأنباء العراقية]{ORG kb:ina MED} نقلا عن مصدر أمني إن [الطريق أعيد فتحه]{IQ class=security-source via=kb:ina}.")]
    // an attribution after a quote in its sentence names the outlet that carried it
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[العمل سيستمر حتى الصيف]{DQ by=p:jabouri via=kb:ina}» وفقا لـ[وكالة الأنباء العراقية]{ORG kb:ina MED}.")]
    public void Reads_relayed_reports(string marked) => QuoteMarkup.Check(marked);
}
