namespace Marsad.Tests.Quotes;

/// <summary>Direct quotes: quotation marks of every kind, a cue before or after, the colon, continuations.</summary>
public partial class QuoteFinderTests
{
    [Theory]
    // «…» after a verb, a named subject and a colon (VSO, the usual order)
    [InlineData("وقال [سلمان الجبوري]{PER p:jabouri}: «[الطريق إلى الحل يمر عبر طاولة الحوار]{DQ by=p:jabouri cue=قال}».")]
    // the same without the colon
    [InlineData("وأكد [سلمان الجبوري]{PER p:jabouri} \"[الأزمة ستنتهي قبل نهاية الشهر]{DQ by=p:jabouri cue=أكد}\".")]
    // curly marks “…”, and a feminine verb form (قالت) reported under its lemma
    [InlineData("وقالت [هدى الربيعي]{PER p:rubaie}: “[سنواصل العمل حتى تعود العائلات إلى بيوتها]{DQ by=p:rubaie cue=قال}”.")]
    // curly marks swapped by right-to-left typing ”…“
    [InlineData("وقالت [هدى الربيعي]{PER p:rubaie}: ”[سنواصل العمل حتى تعود العائلات]{DQ by=p:rubaie}“.")]
    // mixed marks in a scrape: a curly opening mark closed by a straight one
    [InlineData("وقالت [هدى الربيعي]{PER p:rubaie}: “[المدارس ستفتح أبوابها الأسبوع المقبل]{DQ by=p:rubaie}\".")]
    // a present-tense cue (يقول)
    [InlineData("ويقول [أحمد الساعدي]{PER p:saadi} \"[لم نر فيضانا مثل هذا من قبل]{DQ by=p:saadi cue=قال}\".")]
    // the quotation opens after إن: Content is the quotation, إن stays outside
    [InlineData("قال [سلمان الجبوري]{PER p:jabouri} إن «[المفاوضات دخلت مرحلة حاسمة]{DQ by=p:jabouri cue=قال}».")]
    // the quotation opens after أنّ with a pronoun suffix
    [InlineData("وأعلنت [هدى الربيعي]{PER p:rubaie} أنها «[لن تقبل بأي تسوية على حساب الضحايا]{DQ by=p:rubaie cue=أعلن}».")]
    // the cue after the quotation: «…»، قال X
    [InlineData("«[لن نتراجع عن مطالبنا مهما حدث]{DQ by=p:jabouri cue=قال}»، قال [الجبوري]{PER p:jabouri}.")]
    // a mixed quote: the quotation opens later inside the reported clause; the quotation alone is the Content
    [InlineData("وأكد [سلمان الجبوري]{PER p:jabouri} أن الحكومة \"[لن تسمح بعودة المسلحين إلى المدينة]{DQ by=p:jabouri}\".")]
    // a partial quote after a cue and a noun (أشار إلى فرصة «…»)
    [InlineData("وأشار [سلمان الجبوري]{PER p:jabouri} إلى ما سماه «[الفرصة الأخيرة لإنقاذ الموسم الزراعي]{DQ by=p:jabouri cue=أشار}».")]
    public void Finds_direct_quotes_after_and_before_their_cue(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a quotation that runs over two sentences is one quote
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[وصلنا إلى اتفاق مبدئي. التفاصيل ستعلن الأسبوع المقبل]{DQ by=p:jabouri}».")]
    // a second quotation right after the first (و«…») continues it: same cue and speaker
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[نريد الأمن أولا]{DQ by=p:jabouri cue=قال}» و«[نريد الخدمات ثانيا]{DQ by=p:jabouri cue=قال}».")]
    // a quotation left open at the end of its paragraph runs to the end of its sentence
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[سنعود إلى بيوتنا مهما طال الزمن]{DQ by=p:jabouri}.\nوفي سياق آخر انطلقت الحملة.")]
    // the cue's sentence ends with a colon and the quotation starts the next line
    [InlineData("وقال [الجبوري]{PER p:jabouri}:\n«[الحكومة ستدفع التعويضات كاملة للمزارعين]{DQ by=p:jabouri cue=قال}».")]
    // a quotation inside the quotation stays part of it
    [InlineData("وقال [الجبوري]{PER p:jabouri}: «[نرفض ما يسمى \"الحل الوسط\" بكل أشكاله]{DQ by=p:jabouri}».")]
    public void Keeps_a_quotation_whole(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // a short quotation after a colon is a quote however short
    [InlineData("وسئل عن الانسحاب فقال [الجبوري]{PER p:jabouri}: «[لا]{DQ by=p:jabouri}».")]
    // words after a cue and a colon without marks are the speaker's own
    [InlineData("وقال [الجبوري]{PER p:jabouri}: [الحكومة ستدفع التعويضات كاملة]{DQ by=p:jabouri cue=قال}.")]
    // a headline: a name, a colon and a quotation, with no verb
    [InlineData("[الجبوري]{PER p:jabouri}: «[لا عودة إلى الوراء]{DQ by=p:jabouri cue=none}»")]
    public void Reads_colon_forms(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // scare quotes: a party name of one word (تحالف «…») is a name, not a quote (MaxTermWords)
    [InlineData("وانتقد [الجبوري]{PER p:jabouri} مواقف تحالف \"الفتح\" الأخيرة.")]
    // a one-word epithet after بـ is a term, even after a cue verb (وصف X بـ«…»)
    [InlineData("ووصف [الجبوري]{PER p:jabouri} المسلحين بـ\"الخارجين\" عن الدولة.")]
    // a quotation of up to three words that no cue governs closely is a term: the clause around it is the
    // (indirect) quote (MaxShortQuoteGap)
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [ما جرى في الجلسة الأخيرة للمجلس \"مجرد خطأ\" لن يتكرر]{IQ by=p:jabouri}.")]
    // a quotation after a name head (عملية «…») is a name however long
    [InlineData("وأعلن [الجيش]{ORG p:army} بدء عملية \"فجر الوادي الأخضر في الجنوب\" لتعقب المسلحين.")]
    // a quotation with no cue anywhere near is not reported speech
    [InlineData("ورفعت في الساحة صور كبيرة وشعارات بينها \"الماء حق لكل الناس في كل القرى\" منذ الصباح.")]
    // كتب عليها is "was written on it": a slogan, not a quote
    [InlineData("وحمل المتظاهرون لافتات كتب عليها \"لا للفساد ولا للمحاصصة في الوزارات\".")]
    // a quotation that is exactly one recognised name is that name (the clause around it is the indirect quote)
    [InlineData("وقال [الجبوري]{PER p:jabouri} إن [\"[هيئة النزاهة الاتحادية العليا]{ORG p:integrity}\" ستحقق]{IQ by=p:jabouri}.")]
    public void Leaves_names_and_scare_quotes_alone(string marked) => QuoteMarkup.Check(marked);

    [Theory]
    // two or three words that a cue governs closely are a partial quote (توعد بـ«…»)
    [InlineData("وكان [الحرس الثوري]{ORG kb:irgc} قد توعد بـ«[انتقام قاس]{DQ by=kb:irgc cue=توعد}» للهجوم.")]
    // so after a verb with an object pronoun and a complementizer (وصفه بأنه «…»)
    [InlineData("ووصفه [عباس موسوي]{PER p:mousavi} بأنه «[خطوة في الاتجاه الصحيح]{DQ by=p:mousavi cue=وصف}».")]
    // a name head with the article (قوات التحالف «…») names nothing: the quotation after it is a quote
    [InlineData("وأبلغ قائد عسكري أمريكي الجانب العراقي بأن قوات التحالف «[ستعيد تموضعها خلال الأيام المقبلة]{DQ class=us-officials cue=أبلغ}».")]
    public void Reads_short_and_partial_quotes(string marked) => QuoteMarkup.Check(marked);

    [Fact]
    public void Content_spans_a_quotation_the_sentence_splitter_cut()
    {
        // Past SentenceSplitter.MaxQuotationChars the splitter stops holding the quotation's stops; the quote still
        // runs from mark to mark.
        var sentence = "الأمطار أغرقت الحقول الواقعة على ضفتي النهر وقطعت الطرق بين القرى. ";
        var body = string.Concat(Enumerable.Repeat(sentence, 8)).TrimEnd();
        var (doc, _) = QuoteMarkup.Run($"وقال [الجبوري]{{PER p:jabouri}}: «{body}» ثم غادر.");
        Assert.True(doc.Sentences.Length > 2, "the splitter should cut inside this long quotation");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(body, doc[quote.Content]);
        Assert.Equal("p:jabouri", quote.SpeakerId);
    }

    [Fact]
    public void Content_excludes_the_marks_and_the_cue_span_excludes_the_conjunction()
    {
        var (doc, _) = QuoteMarkup.Run("وقال [الجبوري]{PER p:jabouri}: «الوضع صعب جدا».");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("الوضع صعب جدا", doc[quote.Content]);
        Assert.Equal("قال", doc[quote.Cue!.Value]);
        Assert.Equal("الجبوري", doc[quote.SpeakerSpan!.Value]);
    }
}
