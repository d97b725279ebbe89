using Marsad.Documents;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>
/// How an article tells its story across sentences: whose place a place is, the day the narrative is in, the headline
/// that restates the lead, and one happening told twice (PlacePicker, NarrativeContext, RepeatMerger).
/// </summary>
public partial class EventFinderTests
{
    [Fact]
    public void A_place_belongs_to_the_trigger_before_it()
    {
        // The zone follows استهداف: it is where the attack was, while the visit is to the city named before زيارة.
        var doc = Run("وصل [قاآني]{PER qaani} إلى [بغداد]{GPE baghdad} أمس الأربعاء في زيارة، بعد يوم من استهداف منزل في [المنطقة الخضراء]{LOC green-zone}.");
        Assert.Equal("kb:baghdad", Assert.Single(doc.Events, e => e.Category == EventCategory.Consult).PlaceId);
        Assert.Equal("kb:green-zone", Assert.Single(doc.Events, e => e.Category == EventCategory.Assault).PlaceId);
    }

    [Fact]
    public void A_meeting_goes_on_where_the_visit_was_not_where_the_attack_was()
    {
        // The lead tells a visit (Baghdad) and the attack it followed (the Green Zone); the meeting after it is in Baghdad.
        var doc = Run("وصل [قاآني]{PER qaani} إلى [بغداد]{GPE baghdad} أمس الأربعاء في زيارة، بعد يوم من استهداف منزل في [المنطقة الخضراء]{LOC green-zone}.\nوالتقى [قاآني]{PER qaani} رئيس الوزراء في مكتبه.");
        var meeting = doc.Events.Where(e => e.Category == EventCategory.Consult).Last();
        Assert.Equal("kb:baghdad", meeting.PlaceId);
    }

    [Fact]
    public void A_place_after_a_compass_word_only_locates_another()
    {
        // غربي القاعدة says where the town lies; the blast was in the town, though a base is the more specific kind.
        var doc = Run("انفجرت عبوة ناسفة أمس الأربعاء على الطريق العام في بلدة [الزهيرات]{GPE zuhairat-town} غربي [قاعدة النخيل]{LOC nakheel-base}.");
        Assert.Equal("kb:zuhairat-town", Assert.Single(doc.Events, e => e.Category == EventCategory.Assault).PlaceId);
    }

    [Fact]
    public void A_place_in_an_attribution_is_where_the_source_sits()
    {
        // بحسب مصادر في القاعدة: the base is where the sources are; the blast was in the town.
        var doc = Run("انفجرت عبوة ناسفة في بلدة [الزهيرات]{GPE zuhairat-town} أمس بحسب مصادر في [قاعدة النخيل]{LOC nakheel-base}.");
        Assert.Equal("kb:zuhairat-town", Assert.Single(doc.Events, e => e.Category == EventCategory.Assault).PlaceId);
    }

    [Fact]
    public void A_place_inside_quoted_speech_is_not_where_the_narrated_event_happened()
    {
        // The country in the speaker's words is his subject; the meeting itself names no place.
        var doc = Run("والتقى [قاآني]{PER qaani} رئيس الوزراء، وقال إن «[العراق]{GPE iraq} بلد شقيق».", quotes: true);
        Assert.Null(Assert.Single(doc.Events, e => e.Category == EventCategory.Consult).PlaceId);
    }

    [Fact]
    public void A_whole_quoted_utterance_is_a_claim_not_a_narrated_event()
    {
        // قال: «…» — what the speaker says happened is his claim, carried by the quote layer with its speaker.
        var claim = Run("وقال المتحدث: «استهدفت قواتنا القاعدة بثلاثة صواريخ».", quotes: true);
        Assert.DoesNotContain(claim.Events, e => e.Category == EventCategory.Assault);
        // …but the threat a quote makes is an event,
        var threat = Run("وقال القيادي: «نحذر من أي تصعيد جديد».", quotes: true);
        Assert.Single(threat.Events, e => e.Category == EventCategory.Threaten);
        // …and so is a demand the speaker performs by speaking,
        var demand = Run("وقال الناطق: «نطالب الجميع بضبط النفس».", quotes: true);
        Assert.Single(demand.Events, e => e.Category == EventCategory.Request);
        // …and a quoted fragment woven into the narrator's sentence is narration.
        var woven = Run("وقال الوزير إن [أربيل]{GPE erbil} «قد تطلب دعماً إضافياً».", quotes: true);
        Assert.Single(woven.Events, e => e.Category == EventCategory.Request);
    }

    [Fact]
    public void A_dated_sentence_without_an_event_sets_the_day_of_the_next_one()
    {
        // فجر الأربعاء dates the operation; the strikes told next are that day's, not the article's (Thursday).
        var doc = Run("نفذت الطائرات فجر الأربعاء عملية واسعة في الجبال.\nواستهدفت الغارات مواقع المسلحين.");
        var strike = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(Anchor.AddDays(-1), strike.Date);
        Assert.Equal("narrative-day", strike.DateRule);
    }

    [Fact]
    public void A_reaction_takes_the_latest_day_the_story_reached()
    {
        // The lead is Wednesday's order; the attack it answers was on Tuesday; the condemnation after both is a reaction
        // of the story's latest day, not of the attack's day.
        var doc = Run("أمر رئيس الوزراء أمس الأربعاء بفتح تحقيق.\nوكان هجوم صاروخي قد استهدف القاعدة مساء الثلاثاء.\nودانت وزارة الخارجية الهجوم.");
        var condemnation = Assert.Single(doc.Events, e => e.Category == EventCategory.Accuse && doc[e.Trigger] == "ودانت");
        Assert.Equal(Anchor.AddDays(-1), condemnation.Date);
    }

    [Theory]
    // بعد يومين من: two days before the clause's own date.
    [InlineData("وكان البرلمان قد صوت في الخامس من أيار 2022 على القرار بعد يومين من اغتيال الناشط.", 2022, 5, 3)]
    // بعد ثلاثة أيام من, with no date in the sentence: three days before the article's day (2022-11-17).
    [InlineData("أعلن الحزب الحداد بعد ثلاثة أيام من اغتيال الناشط.", 2022, 11, 14)]
    public void A_happening_named_after_an_offset_is_dated_back_by_it(string text, int year, int month, int day)
    {
        var doc = Run(text);
        var killing = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(new DateOnly(year, month, day), killing.Date);
    }

    [Fact]
    public void What_an_attack_answers_is_an_earlier_event_dated_by_its_trailing_offset()
    {
        // رداً على مقتل … قبل ذلك بخمسة أيام: the killing answered is its own event, five days before the strike's date.
        var doc = Run("استُهدفت القاعدة في الثامن من أيار 2022 بصواريخ، رداً على مقتل القائد بضربة جوية قبل ذلك بخمسة أيام.");
        var assaults = doc.Events.Where(e => e.Category == EventCategory.Assault).ToList();
        Assert.Equal(2, assaults.Count);
        Assert.Contains(assaults, e => e.Date == new DateOnly(2022, 5, 8));
        Assert.Contains(assaults, e => e.Date == new DateOnly(2022, 5, 3));
    }

    [Fact]
    public void A_lead_without_a_day_takes_the_day_the_next_sentence_gives()
    {
        // The threat is told first and dated in the sentence after it (مساء أمس الأربعاء).
        var doc = Run("هدد [الخزعلي]{PER khazali} القوات الأجنبية بالرد.\nوقال [الخزعلي]{PER khazali} في كلمة مساء أمس الأربعاء إن صبر المقاومة نفد.");
        var threat = Assert.Single(doc.Events, e => e.Category == EventCategory.Threaten);
        Assert.Equal(Anchor.AddDays(-1), threat.Date);
    }

    [Fact]
    public void A_headline_event_the_body_tells_again_is_not_coded_twice()
    {
        // The headline (no full stop) announces the body's attack: one attack. A headline category the body lacks stays.
        var repeated = Run("هجوم على [البصرة]{GPE basra}\nانفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.");
        Assert.Single(repeated.Events, e => e.Category == EventCategory.Assault);
        var distinct = Run("اجتماع أمني في [البصرة]{GPE basra}\nانفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.");
        Assert.Single(distinct.Events, e => e.Category == EventCategory.Consult);
    }

    [Fact]
    public void One_attack_told_again_with_its_toll_is_one_event()
    {
        // وأسفر … عن مقتل retells the blast of the lead: one event, which takes the toll.
        var doc = Run("انفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.\nوأسفر ذلك عن مقتل شخصين.");
        var attack = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(2, attack.Dead);
    }

    [Fact]
    public void Two_reports_dated_only_by_the_article_are_not_merged()
    {
        // Nothing dates either visit: the article's own day does not make them one happening.
        var doc = Run("زار الوزير [البصرة]{GPE basra}.\nوأثارت زيارة الوفد الأجنبي إلى [البصرة]{GPE basra} جدلاً.");
        Assert.Equal(2, doc.Events.Count(e => e.Category == EventCategory.Consult));
    }

    [Fact]
    public void A_definite_noun_repeated_with_a_day_of_its_own_is_a_report_not_an_echo()
    {
        // The first المحادثات is coded; the second names its own day (أمس الأربعاء), so it reports the talks.
        var doc = Run("قال الوزير اليوم الخميس إن المحادثات مفيدة للبلدين.\nوخلال المحادثات التي انطلقت أمس الأربعاء اتفق الجانبان على لجنة.");
        Assert.Contains(doc.Events, e => e.Category == EventCategory.Consult && e.Date == Anchor.AddDays(-1));
    }

    [Fact]
    public void What_follows_wadhalika_is_not_the_content_of_the_verb_before()
    {
        // «هدد … وذلك غداة تصويت …»: the vote is its own happening, not what was threatened.
        var doc = Run("هدد الرئيس بفرض عقوبات على البلاد، وذلك غداة تصويت البرلمان على قرار جديد.");
        Assert.Contains(doc.Events, e => e.Category == EventCategory.Request);
    }

    [Fact]
    public void Two_attacks_in_two_places_stay_two()
    {
        // The second report names another town: another happening, not a repeat.
        var doc = Run("انفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.\nوأسفر هجوم في [الموصل]{GPE mosul} عن مقتل شخصين.");
        Assert.Equal(2, doc.Events.Count(e => e.Category == EventCategory.Assault));
    }

    [Fact]
    public void A_meeting_after_qabla_an_is_another_step_of_the_story()
    {
        // «التقى الوزير رئيس الوزراء، قبل أن يجتمع بقادة الأحزاب»: two meetings with two parties, not one event.
        var doc = Run("التقى الوزير رئيس الوزراء في مكتبه، قبل أن يجتمع بقادة الأحزاب.");
        Assert.Equal(2, doc.Events.Count(e => e.Category == EventCategory.Consult));
    }

    [Fact]
    public void Blasts_witnesses_heard_are_the_attack_already_told()
    {
        // «قال شهود إنهم سمعوا خمسة انفجارات»: the witnesses heard the rockets of the lead, not a second attack.
        var doc = Run("سقطت صواريخ على المعسكر مساء أمس.\nوقال شهود إنهم سمعوا خمسة انفجارات متتالية.");
        Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
    }

    [Fact]
    public void A_meeting_during_a_visit_is_its_own_event()
    {
        // «في زيارة … يلتقي خلالها الرئيس»: the meeting during the visit is a second CONSULT with its own parties.
        var doc = Run("يتوجه الوزير إلى العاصمة يوم الاثنين في زيارة رسمية يلتقي خلالها الرئيس.");
        Assert.Equal(2, doc.Events.Count(e => e.Category == EventCategory.Consult));
    }

    [Fact]
    public void A_negated_meeting_after_a_contrast_is_coded_as_negated_news()
    {
        // «وخلافاً لزيارات سابقة، لم يلتقِ الوزير …»: the earlier visits are only the foil of the contrast (no event), and
        // the jussive يلتقِ (final ي dropped after لم) is today's meeting that did not happen: Negated, not Background.
        var doc = Run("وخلافاً لزيارات سابقة، لم يلتقِ الوزير زعيم المعارضة.");
        var meeting = Assert.Single(doc.Events);
        Assert.Equal(EventCategory.Consult, meeting.Category);
        Assert.True(meeting.Flags.HasFlag(EventFlags.Negated));
        Assert.False(meeting.Flags.HasFlag(EventFlags.Background));
    }
}
