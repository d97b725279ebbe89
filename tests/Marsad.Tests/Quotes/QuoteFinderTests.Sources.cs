namespace Marsad.Tests.Quotes;

/// <summary>Unnamed speakers: one row per source class of the issue, in the forms case gives them.</summary>
public partial class QuoteFinderTests
{
    [Theory]
    [InlineData("وقالت مصادر حكومية إن [الموازنة جاهزة]{IQ class=government-sources span=\"مصادر حكومية\"}.")]
    [InlineData("وقالت مصادر أمنية عراقية إن [الهجوم أحبط]{IQ class=security-sources span=\"مصادر أمنية\"}.")]
    // an adjective of nationality after the class does not change it
    [InlineData("وقالت مصادر دبلوماسية أميركية إن [المحادثات ستستأنف]{IQ class=diplomatic-sources}.")]
    [InlineData("وقال دبلوماسي غربي إن [العقوبات ستخفف]{IQ class=western-diplomat}.")]
    [InlineData("وقال ضابط عراقي رفيع إن [التعزيزات وصلت]{IQ class=senior-iraqi-officer}.")]
    [InlineData("وقال ضابط رفيع في الجيش العراقي إن [التعزيزات وصلت]{IQ class=senior-iraqi-officer}.")]
    // a senior officer of an operations command (an Iraqi structure)
    [InlineData("وقال ضابط رفيع في قيادة عمليات الأنبار إن [التعزيزات وصلت]{IQ class=senior-iraqi-officer}.")]
    // a source in a police or army command is a security source
    [InlineData("وقال مصدر في قيادة شرطة المحافظة إن [الطريق أعيد فتحه]{IQ class=security-source}.")]
    [InlineData("وقالت مصادر في جهاز المخابرات إن [الخلية فككت]{IQ class=security-sources}.")]
    [InlineData("وقال مسؤولون أميركيون إن [القرار لم يتخذ بعد]{IQ class=us-officials}.")]
    [InlineData("وقال مسؤولون عراقيون إن [الحدود آمنة]{IQ class=iraqi-officials}.")]
    // the genitive plural after عن (نقلت … عن مسؤولين عراقيين)
    [InlineData("ونقلت [رويترز]{ORG kb:reuters MED} عن مسؤولين عراقيين قولهم إن [الحدود آمنة]{IQ class=iraqi-officials}.")]
    [InlineData("ويرى مراقبون أن [التحالف لن يصمد]{IQ class=observers}.")]
    [InlineData("ويرى متابعون للشأن المحلي أن [التحالف لن يصمد]{IQ class=observers}.")]
    [InlineData("وقالت مصادر مطلعة إن [الوزير سيستقيل]{IQ class=informed-sources}.")]
    [InlineData("وقال مصدر أمني إن [الانفجار وقع ليلا]{IQ class=security-source}.")]
    [InlineData("ويرى خبراء أن [الأسعار ستنخفض]{IQ class=experts}.")]
    [InlineData("وقال ناشطون إن [الاحتجاجات ستستمر]{IQ class=activists}.")]
    [InlineData("وقال شهود عيان إن [الطائرة حلقت فوق السوق]{IQ class=eyewitnesses}.")]
    [InlineData("ويرى صناع القرار أن [الوقت غير مناسب]{IQ class=decision-makers}.")]
    // a source class governed by a preposition is an adjunct (مقربة من مصادر)
    [InlineData("وقال [الجبوري]{PER p:jabouri} لمسؤولين محليين إن [الدعم قادم]{IQ by=p:jabouri}.")]
    public void Names_unnamed_speakers_by_class(string marked) => QuoteMarkup.Check(marked);
}
