namespace Marsad.Tests.Quotes;

/// <summary>The medium and the outlet that carried a quote, read from its sentence outside the quoted words.</summary>
public partial class QuoteFinderTests
{
    [Theory]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في تغريدة إن [الحوار مستمر]{IQ medium=tweet}.")]
    [InlineData("وكتب [الجبوري]{PER p:jabouri} على تويتر: «[الحوار مستمر مع الجميع]{DQ medium=tweet}».")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في تدوينة إن [الحوار مستمر]{IQ medium=tweet}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في منشور على صفحته إن [الحوار مستمر]{IQ medium=tweet}.")]
    [InlineData("وأصدرت [الوزارة]{ORG p:ministry} بيانا أكدت فيه أن [الحوار مستمر]{IQ medium=statement}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في مقابلة إن [الحوار مستمر]{IQ medium=interview}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في رسالة إلى البرلمان إن [الحوار مستمر]{IQ medium=letter}.")]
    [InlineData("وأكد [الجبوري]{PER p:jabouri} في مذكرة رسمية أن [الحوار مستمر]{IQ medium=letter}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في حديث تلفزيوني إن [الحوار مستمر]{IQ medium=broadcast}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} لإذاعة محلية إن [الحوار مستمر]{IQ medium=broadcast}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في مؤتمر صحفي إن [الحوار مستمر]{IQ medium=speech}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في كلمة ألقاها أمام الطلبة إن [الحوار مستمر]{IQ medium=speech}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} في خطاب إن [الحوار مستمر]{IQ medium=speech}.")]
    // a tweet beats a statement (بيان على حسابه في تويتر)
    [InlineData("ونشر [الجبوري]{PER p:jabouri} بيانا على تويتر قال فيه إن [الحوار مستمر]{IQ medium=tweet}.")]
    // words inside the quotation are never the medium
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[سنرسل رسالة واضحة في مؤتمر الأسبوع المقبل]{DQ medium=unknown}».")]
    // a continuing quote keeps the medium of the statement it continues
    [InlineData("وقال [الجبوري]{PER p:jabouri} في مؤتمر صحفي إن [الحوار مستمر]{IQ medium=speech}. وأضاف أن [النتائج قريبة]{IQ medium=speech}.")]
    public void Reads_the_medium(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // لـ«…»: the outlet's name as written, and an interview
    [InlineData("وقال [الجبوري]{PER p:jabouri} لـ«الشرق الأوسط» إن [الحوار مستمر]{IQ by=p:jabouri via=\"الشرق الأوسط\" medium=interview}.")]
    [InlineData("وقال [الجبوري]{PER p:jabouri} لـ\"حفريات\" إن [الحوار مستمر]{IQ via=حفريات medium=interview}.")]
    // a knowledge-base mention covering the outlet gives its id
    [InlineData("وقال [الجبوري]{PER p:jabouri} لـ«[فرانس برس]{ORG kb:afp MED}» إن [الحوار مستمر]{IQ via=kb:afp medium=interview}.")]
    // an outlet word with a ل: the channel's name after it; a channel is a broadcast
    [InlineData("وقال [الجبوري]{PER p:jabouri} لقناة السومرية إن [الحوار مستمر]{IQ via=\"قناة السومرية\" medium=broadcast}.")]
    // موقع with a quoted name
    [InlineData("وقال [الجبوري]{PER p:jabouri} لموقع \"إيران وير\" إن [الحوار مستمر]{IQ via=\"إيران وير\"}.")]
    // a Latin-script outlet after لـ
    [InlineData("وقال [الجبوري]{PER p:jabouri} لـ CNN إن [الحوار مستمر]{IQ via=CNN}.")]
    // موقع with plain words is a site, not an outlet
    [InlineData("وقال [الجبوري]{PER p:jabouri} على صفحته بموقع التواصل الاجتماعي إن [الحوار مستمر]{IQ via=none}.")]
    // a speaker that is an outlet carried its own words
    [InlineData("وقالت [وكالة أسوشيتد برس]{ORG kb:ap MED} إن [الاتفاق وقع]{IQ by=kb:ap via=kb:ap}.")]
    // an outlet that relayed words (وفقاً لـ) says nothing of how they were said
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[العمل سيستمر حتى الصيف]{DQ via=kb:ina medium=unknown}» وفقا ل[وكالة الأنباء العراقية]{ORG kb:ina MED}.")]
    // the outlet of an interview carries on to its continuation
    [InlineData("وقال [الجبوري]{PER p:jabouri} لـ«الشرق الأوسط» إن [الحوار مستمر]{IQ via=\"الشرق الأوسط\"}. وأضاف أن [النتائج قريبة]{IQ via=\"الشرق الأوسط\" medium=interview}.")]
    public void Reads_the_outlet(string marked) => QuoteMarkup.Check(marked);
}
