using Marsad.Documents;
using Marsad.Events;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>When and where: dates in the clause, the sentence or the article; the most specific place.</summary>
public partial class EventFinderTests
{
    [Fact]
    public void Date_in_the_sentence_dates_the_event()
    {
        // A resolved date in the same clause wins, with its precision and the rule that chose it.
        var e = Single("تظاهر محتجون أمام مبنى البلدية يوم الثلاثاء.", EventCategory.Protest);
        Assert.Equal(new DateOnly(2022, 11, 15), e.Date);
        Assert.Equal(DatePrecision.Day, e.DatePrecision);
        Assert.Equal("date-in-clause", e.DateRule);
    }

    [Fact]
    public void Without_a_date_the_event_takes_the_article_date()
    {
        var e = Single("اعتقلت الشرطة سبعة مشتبه بهم في السوق.", EventCategory.Coerce);
        Assert.Equal(Anchor, e.Date);
        Assert.Equal("article-date", e.DateRule);
        Assert.Equal(EventFlags.None, e.Flags);
    }

    [Fact]
    public void Clause_date_beats_a_nearer_date_of_another_clause()
    {
        // The clause break فيما separates the arrest (Monday) from the protest that followed (today).
        var doc = Run("اعتقلت الشرطة الناشط يوم الاثنين، فيما تظاهر أنصاره اليوم أمام المحكمة.");
        var arrest = Assert.Single(doc.Events, e => e.Category == EventCategory.Coerce);
        var protest = Assert.Single(doc.Events, e => e.Category == EventCategory.Protest);
        Assert.Equal(new DateOnly(2022, 11, 14), arrest.Date);
        Assert.Equal(Anchor, protest.Date);
    }

    [Fact]
    public void A_month_or_year_keeps_its_range_and_precision()
    {
        var e = Single("تعرض الخط الناقل لثلاثة تفجيرات خلال أيلول 2022.", EventCategory.Assault);
        Assert.Equal(new DateOnly(2022, 9, 1), e.Date);
        Assert.Equal(new DateOnly(2022, 9, 30), e.DateEnd);
        Assert.Equal(DatePrecision.Month, e.DatePrecision);
    }

    [Fact]
    public void An_article_without_any_date_leaves_the_event_undated()
    {
        var doc = Run("اعتقلت الشرطة سبعة مشتبه بهم في السوق.", dated: false);
        var e = Assert.Single(doc.Events);
        Assert.Null(e.Date);
        Assert.Equal(DatePrecision.Unresolved, e.DatePrecision);
        Assert.Equal("no-date", e.DateRule);
    }

    [Fact]
    public void Place_is_the_most_specific_knowledge_base_place()
    {
        // A base over its governorate over the country (depth in data/kb parent chains).
        var e = Single("سقطت قذائف على [قاعدة عين الأسد]{LOC ain-al-asad} في [الأنبار]{GPE anbar} غرب [العراق]{GPE iraq}.", EventCategory.Assault);
        Assert.Equal("kb:ain-al-asad", e.PlaceId);
        var city = Single("انفجرت عبوة ناسفة في [البصرة]{GPE basra} جنوب [العراق]{GPE iraq}.", EventCategory.Assault);
        Assert.Equal("kb:basra", city.PlaceId);
    }

    [Fact]
    public void An_actor_country_is_not_the_place()
    {
        // واشنطن/إيران as the one who acts is a party, not where it happened.
        var e = Single("قصفت [إيران]{GPE iran} مواقع في [أربيل]{GPE erbil}.", EventCategory.Assault);
        Assert.Equal<string>(["kb:iran"], e.Actors);
        Assert.Equal("kb:erbil", e.PlaceId);
        Assert.NotNull(e.PlaceSpan);
    }

    [Fact]
    public void Background_threshold_is_named_and_used()
    {
        // Ended more than BackgroundDays before the article: reported history.
        Assert.Equal(30, EventDating.BackgroundDays);
        var old = Single("قصفت طائرات مسيرة المطار في 2 أيلول 2022.", EventCategory.Assault);
        Assert.True(old.Flags.HasFlag(EventFlags.Background));
        var recent = Single("قصفت طائرات مسيرة المطار في 10 تشرين الثاني 2022.", EventCategory.Assault);
        Assert.False(recent.Flags.HasFlag(EventFlags.Background));
    }

    [Fact]
    public void Event_dated_after_the_article_is_future()
    {
        var e = Single("تعقد اللجنتان اجتماعا في 25 تشرين الثاني 2022.", EventCategory.Consult);
        Assert.True(e.Flags.HasFlag(EventFlags.Future));
    }

    [Fact]
    public void A_date_in_the_trigger_nouns_relative_clause_dates_it()
    {
        // «الهجوم الذي استهدف المعسكر يوم الاثنين»: the relative clause describes the attack, so Monday dates it,
        // not the day the inquiry was ordered (أمس), which stands nearer to the noun.
        var doc = Run("أمر الوزير أمس بفتح تحقيق في الهجوم الذي استهدف المعسكر يوم الاثنين.");
        var attack = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(new DateOnly(2022, 11, 14), attack.Date);
    }

    [Fact]
    public void A_date_in_another_nouns_relative_clause_does_not_make_a_new_report()
    {
        // The second الهجوم refers back to the first; Sunday dates the elections (الانتخابات التي جرت …), so the
        // clause does not date the attack and gives no reason to read a second happening.
        var doc = Run("استهدف صاروخ المعسكر يوم الاثنين. وربط محللون الهجوم بالانتخابات التي جرت يوم الأحد.");
        var attack = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(new DateOnly(2022, 11, 14), attack.Date);
    }

    [Fact]
    public void The_subject_of_a_light_verb_is_not_the_place()
    {
        // «شنت الولايات المتحدة غارات … في العراق»: the country that launches the strikes is not where they fell.
        var e = Single("شنت [الولايات المتحدة]{GPE usa} ليل الثلاثاء غارات جوية على مواقع في [العراق]{GPE iraq}.", EventCategory.Assault);
        Assert.Equal("kb:iraq", e.PlaceId);
    }

    [Fact]
    public void The_ends_of_a_road_are_not_the_place()
    {
        // «على الطريق الرابط بين بغداد والحلة قرب المسيب»: the road runs between the two cities; the town it passes is
        // where the bomb went off, though the cities are named first and Baghdad is nearer to the trigger.
        var e = Single("انفجرت عبوة ناسفة على الطريق الرابط بين [بغداد]{GPE baghdad} و[الحلة]{GPE hillah} قرب [المسيب]{GPE musayyib}.", EventCategory.Assault);
        Assert.Equal("kb:musayyib", e.PlaceId);
    }

    [Fact]
    public void A_past_verb_is_not_dated_by_the_time_of_what_it_agreed()
    {
        // «اتفق الجانبان … على دراسة … خلال الأسابيع المقبلة»: the coming weeks are the content's time; the agreement,
        // told in the past tense, happened by the article's day.
        var doc = Run("واتفق الجانبان على دراسة إعادة فتح المنفذ خلال الأسابيع المقبلة.", new DateOnly(2025, 3, 15));
        var e = Assert.Single(doc.Events, x => x.Category == EventCategory.Agree);
        Assert.Equal(new DateOnly(2025, 3, 15), e.Date);
        Assert.Null(e.DateEnd);
    }

    [Fact]
    public void The_place_of_a_charge_is_not_the_place_of_the_arrest()
    {
        // «اعتقلت … في البصرة، بتهمة تلقي رشوة … في ميناء الفاو»: after بتهمة the charge's own story begins.
        var e = Single("اعتقلت قوة مساء أمس مدير الشركة في [البصرة]{GPE basra}، بتهمة تلقي رشوة مقابل عقد في [ميناء الفاو الكبير]{LOC grand-faw-port}.", EventCategory.Coerce);
        Assert.Equal("kb:basra", e.PlaceId);
    }

    [Fact]
    public void The_end_a_road_leads_to_is_not_the_place()
    {
        // «قرب الطريق المؤدي إلى أم قصر»: the port is where the road goes, though nearer the trigger; the protest was in the town.
        var e = Single("تظاهر المئات قرب الطريق المؤدي إلى [أم قصر]{GPE umm-qasr} في [الزبير]{GPE zubair}.", EventCategory.Protest);
        Assert.Equal("kb:zubair", e.PlaceId);
    }

    [Fact]
    public void A_retelling_dated_by_its_statement_merges_into_the_happening_and_names_its_town()
    {
        // The strikes of Wednesday are retold in Thursday's statement (بيان صدر اليوم): one happening, dated Wednesday,
        // placed in the town the statement names inside the country the lead named.
        var doc = Run("شنت طائرات حربية أمس غارات على مواقع في [العراق]{GPE iraq}. "
            + "وقال المتحدث في بيان صدر اليوم إن الغارات طالت مواقع في [القائم]{GPE al-qaim}.");
        var strikes = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(new DateOnly(2022, 11, 16), strikes.Date);
        Assert.Equal("kb:al-qaim", strikes.PlaceId);
    }

    [Fact]
    public void The_date_of_a_decision_a_step_carries_out_is_not_the_steps_date()
    {
        // «تنفيذاً لقرار … في 9 أيلول» opens the earlier decision: the withdrawal completed last week is not dated by it.
        var e = Single("أعلنت الوزارة الأسبوع الماضي اكتمال خفض عدد القوات تنفيذاً لقرار أعلنه الوزير في 9 أيلول 2022.", EventCategory.Retreat);
        Assert.NotEqual(new DateOnly(2022, 9, 9), e.Date);
        Assert.Equal(DatePrecision.Week, e.DatePrecision);
    }

    [Fact]
    public void A_happening_some_months_before_is_dated_to_its_month()
    {
        // «بعد نحو ثمانية أشهر من تصويت …»: eight months before the article's November, with only the month known.
        var e = Single("يأتي القرار بعد نحو ثمانية أشهر من تصويت المجلس على قانون الانتخابات.", EventCategory.Request);
        Assert.Equal(new DateOnly(2022, 3, 1), e.Date);
        Assert.Equal(new DateOnly(2022, 3, 31), e.DateEnd);
        Assert.Equal(DatePrecision.Month, e.DatePrecision);
    }

    [Fact]
    public void A_happening_with_its_own_date_after_it_is_not_moved_by_the_offset()
    {
        // «بعد أربعة أشهر من اتفاق الطرفين في 2 تموز 2022»: the agreement's own date stands; the duration only orders it.
        var e = Single("تأتي التصريحات بعد أربعة أشهر من اتفاق الطرفين في 2 تموز 2022.", EventCategory.Agree);
        Assert.Equal(new DateOnly(2022, 7, 2), e.Date);
    }

    [Fact]
    public void A_later_clause_keeps_its_date_and_place_to_itself()
    {
        // «…، فيما عقد المحافظ اجتماعاً في البصرة يوم الاثنين»: Monday and Basra are the meeting's; the blast before
        // the clause break is not dated or placed by them.
        var doc = Run("انفجرت عبوة ناسفة على رتل للشاحنات، فيما عقد المحافظ اجتماعا في [البصرة]{GPE basra} يوم الاثنين.");
        var blast = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        var meeting = Assert.Single(doc.Events, e => e.Category == EventCategory.Consult);
        Assert.Null(blast.PlaceId);
        Assert.NotEqual(new DateOnly(2022, 11, 14), blast.Date);
        Assert.Equal(new DateOnly(2022, 11, 14), meeting.Date);
        Assert.Equal("kb:basra", meeting.PlaceId);
    }

    [Fact]
    public void The_subject_of_a_verb_of_saying_is_not_the_place()
    {
        // «وتتهم طهران جماعات معارضة للحكم في إيران بالتحريض على الاحتجاجات»: Tehran accuses, it is not where the protests
        // are, though a capital is more specific than its country.
        var doc = Run("وتتهم [طهران]{GPE tehran} جماعات معارضة للحكم في [إيران]{GPE iran} بالتحريض على الاحتجاجات.");
        var protest = Assert.Single(doc.Events, e => e.Category == EventCategory.Protest);
        Assert.Equal("kb:iran", protest.PlaceId);
    }

    [Fact]
    public void An_earlier_attack_a_week_before_is_its_own_event_dated_back()
    {
        // «بعد أسبوع واحد من هجوم مماثل»: the duration may take two words, and the noun after it is an earlier attack,
        // seven days before the one of the clause (Monday 14 → Monday 7).
        var doc = Run("سقطت صواريخ على المعسكر يوم الاثنين، بعد أسبوع واحد من هجوم مماثل استهدف المعسكر ذاته.");
        var attacks = doc.Events.Where(e => e.Category == EventCategory.Assault).OrderBy(e => e.Date).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Equal(new DateOnly(2022, 11, 7), attacks[0].Date);
        Assert.Equal(new DateOnly(2022, 11, 14), attacks[1].Date);
    }

    [Fact]
    public void A_background_event_named_after_a_duration_is_counted_back_from_the_article()
    {
        // «ويأتي القرار بعد نحو ثلاثة أسابيع من احتجاجات …»: no date of its own, but three weeks before the article.
        var e = Single("ويأتي القرار بعد نحو ثلاثة أسابيع من احتجاجات واسعة في المدينة.", EventCategory.Protest);
        Assert.Equal(Anchor.AddDays(-21), e.Date);
    }

    [Fact]
    public void A_verb_that_goes_on_telling_a_background_event_joins_it()
    {
        // «بعد ثمانية أشهر من تصويت المجلس على قرار يطالب الحكومة …»: the demand is the resolution's, one REQUEST.
        var doc = Run("يأتي الإعلان بعد ثمانية أشهر من تصويت المجلس على قرار يطالب الحكومة بإخراج القوات.");
        Assert.Single(doc.Events, e => e.Category == EventCategory.Request);
    }

    [Fact]
    public void A_deadline_dates_the_withdrawal_not_the_reactions()
    {
        // «سحب القوات بحلول نهاية الشهر» bounds the withdrawal; the welcome of yesterday is yesterday's.
        var doc = Run("قوبل إعلان الحكومة أمس سحب القوات بحلول نهاية الشهر بترحيب واسع.");
        var welcome = Assert.Single(doc.Events, e => e.Category == EventCategory.Support);
        Assert.Equal(new DateOnly(2022, 11, 16), welcome.Date);
    }

    [Fact]
    public void After_an_event_noun_with_its_own_day_names_an_earlier_event()
    {
        // «في ثاني هجوم خلال يومين بعد هجوم الأحد»: Sunday's attack is another happening with its own date.
        var doc = Run("سقطت صواريخ على المعسكر اليوم في ثاني هجوم خلال أيام بعد هجوم الأحد على المطار.");
        var attacks = doc.Events.Where(e => e.Category == EventCategory.Assault).ToList();
        Assert.Equal(2, attacks.Count);
        Assert.Contains(attacks, e => e.Date == new DateOnly(2022, 11, 13));
    }
}
