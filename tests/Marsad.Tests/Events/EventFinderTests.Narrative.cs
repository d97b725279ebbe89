using Marsad.Documents;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>What a sentence leaves to the sentences before it: the day and the place (NarrativeContext).</summary>
public partial class EventFinderTests
{
    [Fact]
    public void A_sentence_without_a_date_continues_the_day_of_the_event_before_it()
    {
        // The lead dates the arrival (yesterday, Wednesday 16 Nov); the meeting after it is told on that day.
        var doc = Run("وصل [قاآني]{PER qaani} إلى [بغداد]{GPE baghdad} أمس الأربعاء في زيارة رسمية.\nوالتقى [قاآني]{PER qaani} رئيس الوزراء [مصطفى الكاظمي]{PER kadhimi} في مكتبه.");
        var meetings = doc.Events.Where(e => e.Category == EventCategory.Consult).ToList();
        Assert.True(meetings.Count == 2, string.Join("; ", doc.Events.Select(e => $"{e.Category} {doc[e.Trigger]} {e.Date} {e.DateRule}")));
        Assert.Equal(new DateOnly(2022, 11, 16), meetings[1].Date);
        Assert.Equal("narrative-day", meetings[1].DateRule);
        // …and, a meeting being a happening with a place, in the place of the event before it.
        Assert.Equal("kb:baghdad", meetings[1].PlaceId);
    }

    [Fact]
    public void Only_a_day_carries_over_to_the_next_sentence()
    {
        // خلال أيلول dates its own clause; the arrest after it is not "in September" but on the article's day.
        var doc = Run("تعرض الخط الناقل لتفجيرات خلال أيلول 2022.\nواعتقلت الشرطة سبعة مشتبه بهم في السوق.");
        var arrest = Assert.Single(doc.Events, e => e.Category == EventCategory.Coerce);
        Assert.Equal(Anchor, arrest.Date);
        Assert.Equal("article-date", arrest.DateRule);
    }

    [Fact]
    public void A_statement_does_not_take_the_place_of_the_event_before_it()
    {
        // A demand is made wherever its speaker is: the attack's town is not its place.
        var doc = Run("انفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.\nوطالب النائب الحكومة بمحاسبة المقصرين.");
        var demand = Assert.Single(doc.Events, e => e.Category == EventCategory.Request);
        Assert.Null(demand.PlaceId);
    }

    [Fact]
    public void A_fronted_place_is_where_not_who()
    {
        // وفي الموصل، انفجرت …: the place before the verb is the setting, never its subject.
        var doc = Run("انفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.\nوفي [الموصل]{GPE mosul}، انفجرت عبوة ناسفة ثانية أمس الأربعاء.");
        var second = doc.Events.Where(e => e.Category == EventCategory.Assault).Last();
        Assert.Equal("kb:mosul", second.PlaceId);
        Assert.DoesNotContain("kb:mosul", second.Actors);
    }

    [Fact]
    public void A_headline_sets_no_place_for_the_body()
    {
        // The first line without a full stop is the headline: its place does not carry into the body's meeting.
        var doc = Run("هجوم في [البصرة]{GPE basra}\nوالتقى [قاآني]{PER qaani} رئيس الوزراء [مصطفى الكاظمي]{PER kadhimi} في مكتبه.");
        var meeting = Assert.Single(doc.Events, e => e.Category == EventCategory.Consult);
        Assert.Null(meeting.PlaceId);
    }

    [Fact]
    public void Quoted_speech_takes_no_day_or_place_from_the_narration()
    {
        // «…» is the speaker's own words: an attack named inside them is not dated by the lead.
        var doc = Run("انفجرت عبوة ناسفة في [البصرة]{GPE basra} أمس الأربعاء.\nوقال المحافظ إن المسلحين «استهدفوا أمن المدينة».", quotes: true);
        Assert.Equal(2, doc.Events.Count(e => e.Category == EventCategory.Assault));
        Assert.All(doc.Events.Where(e => e.Category == EventCategory.Assault && e.Span.Start > doc.Text.IndexOf('\n')),
            e => Assert.NotEqual("narrative-day", e.DateRule));
    }

    [Fact]
    public void A_supply_convoy_is_no_mobilisation()
    {
        // رتل is a mobilisation only with fighters or arms near it (needs column in triggers.tsv).
        Assert.DoesNotContain(Run("انفجرت عبوة ناسفة على رتل من الشاحنات المدنية.").Events, e => e.Category == EventCategory.Mobilize);
        Assert.Single(Run("جاب رتل من المسلحين شوارع المدينة.").Events, e => e.Category == EventCategory.Mobilize);
    }

    [Fact]
    public void A_threat_is_not_dated_by_the_deadline_it_sets()
    {
        // نهاية العام reaches past the article (17 Nov 2022): it is when the threat would be carried out.
        var threat = Single("هدد الفصيل باستهداف القوات الأجنبية التي تبقى بعد نهاية العام.", EventCategory.Threaten);
        Assert.Equal(Anchor, threat.Date);
    }

    [Fact]
    public void A_background_cue_yields_to_a_date_of_the_same_day()
    {
        // إثر orders the explosion before the injury, but صباح اليوم makes both today's news, not history.
        var doc = Run("أصيب سائق بجروح صباح اليوم الخميس إثر انفجار عبوة ناسفة على الطريق.");
        var attacks = doc.Events.Where(e => e.Category == EventCategory.Assault).ToList();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, a => Assert.False(a.Flags.HasFlag(EventFlags.Background)));
    }

    [Fact]
    public void A_threat_the_quoted_words_make_is_dated_by_the_sentence_that_quotes_them()
    {
        // «سنلاحق المتورطين» performs a threat when it is said: the narrative day (yesterday, from the sentence before),
        // not the article's day.
        var doc = Run("قصفت طائرات مسيرة المعسكر أمس الأربعاء.\nوقال الوزير: «سنلاحق المتورطين أينما كانوا».", quotes: true);
        var threat = Assert.Single(doc.Events, e => e.Category == EventCategory.Threaten);
        Assert.Equal(new DateOnly(2022, 11, 16), threat.Date);
    }

    [Fact]
    public void A_quote_after_bi_annahu_is_the_speakers_whole_utterance()
    {
        // «ووصفه بأنه «عمل جبان يستهدف أمن المدينة»»: what the speaker says the attack does is his claim, no new attack.
        var doc = Run("انفجرت عبوة ناسفة في السوق أمس.\nووصف المحافظ الانفجار بأنه «عمل جبان يستهدف أمن المدينة».", quotes: true);
        Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
    }

    [Fact]
    public void A_meeting_planned_for_today_is_in_the_visits_city()
    {
        // The visit is in Baghdad, an earlier meeting in a house in al-Jadriya; the meeting planned for today (Future,
        // but on the article's day) happens during the visit, so it takes the visit's city.
        var doc = Run("وصل الوزير إلى [بغداد]{GPE baghdad} أمس في زيارة رسمية.\n"
            + "واجتمع الوزير أمس بقادة الأحزاب في [الجادرية]{LOC jadriya}.\n"
            + "ومن المقرر أن يلتقي الوزير اليوم رئيس الوزراء.");
        var planned = doc.Events.Where(e => e.Category == EventCategory.Consult).MaxBy(e => e.Span.Start)!;
        Assert.Equal("kb:baghdad", planned.PlaceId);
    }

    [Fact]
    public void A_headline_cut_by_an_ellipsis_is_still_the_headline()
    {
        // «قرار خفض القوات… ترحيب ورفض» is one headline line; its welcome restates the body's and is dropped there.
        var doc = Run("قرار خفض القوات… ترحيب حكومي ورفض\nرحبت الحكومة أمس بقرار خفض القوات في البلاد.");
        Assert.Single(doc.Events, e => e.Category == EventCategory.Support);
    }
}
