using Marsad.Documents;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>How an event is asserted: one row per flag rule of docs/events.md, "Flags".</summary>
public partial class EventFinderTests
{
    [Theory]
    // Negation: لم before a verb.
    [InlineData("لم تستهدف الطائرات أي منشأة مدنية.", EventCategory.Assault, EventFlags.Negated)]
    // Negation: لن + imperfect is a negated future.
    [InlineData("لن تنسحب القوات من الإقليم.", EventCategory.Concede, EventFlags.Negated | EventFlags.Future)]
    // Negation: عدم right before an event noun.
    [InlineData("أكد المتحدث عدم انسحاب القوات من المعسكر.", EventCategory.Retreat, EventFlags.Negated)]
    // Negation: "لا يوجد … لسحب" (a verb of existence).
    [InlineData("لا يوجد موعد محدد لسحب القوات.", EventCategory.Retreat, EventFlags.Negated)]
    // Negation: نفى that it happened.
    [InlineData("نفت الوزارة وقوع هجوم على المصفى.", EventCategory.Assault, EventFlags.Negated)]
    // Future: the proclitic سـ.
    [InlineData("سيزور الرئيس الفرنسي العاصمة قريبا.", EventCategory.Consult, EventFlags.Future)]
    // Future: المقرر before the verb.
    [InlineData("من المقرر أن يلتقي الوفدان في جنيف.", EventCategory.Consult, EventFlags.Future)]
    // Future: المزمع after the event noun.
    [InlineData("تحدث النائب عن الاجتماع المزمع عقده في أربيل.", EventCategory.Consult, EventFlags.Future)]
    // Future: محتملة "possible" after the event noun.
    [InlineData("تحدث البيان عن زيارة محتملة لوزير الخارجية إلى أنقرة.", EventCategory.Consult, EventFlags.Future)]
    // Conditional: إذا anywhere in the clause.
    [InlineData("قد تندلع اشتباكات إذا فشلت الوساطة.", EventCategory.Assault, EventFlags.Conditional)]
    // Background: عقب before the event noun.
    [InlineData("تصاعد التوتر عقب اغتيال القيادي البارز.", EventCategory.Assault, EventFlags.Background)]
    // Background: منذ before the event noun.
    [InlineData("تراجعت السياحة منذ تفجير الفندق.", EventCategory.Assault, EventFlags.Background)]
    // Background: the pluperfect كان … قد.
    [InlineData("وكان المجلس قد صوت على القانون بالأغلبية.", EventCategory.Request, EventFlags.Background)]
    // Background: سبق أن.
    [InlineData("وسبق أن هاجم التنظيم القرية نفسها.", EventCategory.Assault, EventFlags.Background)]
    public void Reads_the_flag_of_each_cue(string text, EventCategory category, EventFlags expected)
    {
        var e = Assert.Single(Run(text).Events, x => x.Category == category);
        Assert.Equal(expected, e.Flags & expected);
        Assert.Equal(expected, e.Flags);
    }

    [Fact]
    public void After_alone_is_not_background()
    {
        // بعد + an event is a recent sequence (بعد المحادثات), only "بعد يومين من" counts back.
        Assert.False(Single("صدر البيان بعد المحادثات.", EventCategory.Consult).Flags.HasFlag(EventFlags.Background));
        Assert.True(Single("صدر القرار بعد يومين من الهجوم.", EventCategory.Assault).Flags.HasFlag(EventFlags.Background));
    }

    [Fact]
    public void Denial_of_responsibility_flags_the_event_for_the_denier()
    {
        // "نفت X مسؤوليتها عن الهجوم": the assault is Denied and X is the actor it was denied for.
        var e = Single("نفت [كتائب حزب الله]{ORG kataib-hezbollah} مسؤوليتها عن الهجوم على المطار.", EventCategory.Assault);
        Assert.Equal(EventFlags.Denied, e.Flags);
        Assert.Equal<string>(["kb:kataib-hezbollah"], e.Actors);
    }

    [Fact]
    public void Claim_of_responsibility_names_the_actor()
    {
        var e = Single("تبنى [داعش]{ORG isis} مسؤولية التفجير في السوق.", EventCategory.Assault);
        Assert.Equal<string>(["kb:isis"], e.Actors);
        Assert.Equal(EventFlags.None, e.Flags);
    }

    [Fact]
    public void Conditional_future_strike_is_also_a_threat()
    {
        // "ستوجه ضربات … في حال لم …": THREATEN (violence) by the group, the assault Conditional|Future.
        var doc = Run("أكدت [كتائب حزب الله]{ORG kataib-hezbollah} أنها ستوجه ضربات موجعة في حال لم تغادر القوات الأجنبية البلاد.");
        var threat = Assert.Single(doc.Events, e => e.Category == EventCategory.Threaten);
        var assault = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal("ستوجه", TriggerOf(doc, threat));
        Assert.Equal<string>(["violence"], threat.Modes);
        Assert.Equal<string>(["kb:kataib-hezbollah"], threat.Actors);
        Assert.Equal(EventFlags.Conditional | EventFlags.Future, assault.Flags & (EventFlags.Conditional | EventFlags.Future));
        Assert.False(threat.Flags.HasFlag(EventFlags.Conditional));
    }

    [Fact]
    public void What_is_threatened_demanded_or_refused_is_coded_on_the_speech_act()
    {
        // PLOVER codes the threat, the demand, the refusal; what they are about has not happened and is no event of
        // its own. A threatened attack makes the threat one of violence.
        var threat = Run("هدد الفصيل باستهداف السفارة.");
        Assert.Contains("violence", Assert.Single(threat.Events).Modes);
        Assert.Equal(EventCategory.Threaten, Assert.Single(threat.Events).Category);
        var demand = Run("طالب النواب بانسحاب القوات الأجنبية.");
        Assert.Equal(EventCategory.Request, Assert.Single(demand.Events).Category);
        var refusal = Run("رفضت الحكومة انسحاب القوات.");
        Assert.Equal(EventCategory.Reject, Assert.Single(refusal.Events).Category);
    }

    [Fact]
    public void A_denied_part_in_the_attack_marks_the_attack_denied_instead_of_a_second_event()
    {
        // «…، فيما نفت الجماعة أي صلة لها بالهجوم»: the group denies a part in the attack, not that it happened.
        var doc = Run("سقطت صواريخ على المعسكر مساء أمس، فيما نفت الجماعة أي صلة لها بالهجوم.");
        var attack = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.True(attack.Flags.HasFlag(EventFlags.Denied));
        Assert.False(attack.Flags.HasFlag(EventFlags.Negated));
    }
}
