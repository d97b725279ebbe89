using Marsad.Documents;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>Actors and recipients: one row per rule of docs/events.md, "Who did it to whom".</summary>
public partial class EventFinderTests
{
    [Theory]
    // Verb-subject-object: the subject right after the verb is the actor, the next party the recipient.
    [InlineData("هاجمت [كتائب حزب الله]{ORG kataib-hezbollah} [القوات العراقية]{ORG iraqi-army} ليلا.", "kb:kataib-hezbollah", "kb:iraqi-army")]
    // Subject-verb-object (after أن): the party just before the verb is the actor.
    [InlineData("أكد مصدر أن [كتائب حزب الله]{ORG kataib-hezbollah} هاجمت [القوات العراقية]{ORG iraqi-army} ليلا.", "kb:kataib-hezbollah", "kb:iraqi-army")]
    // A recipient after على: "X قصف على Y".
    [InlineData("شن [الجيش التركي]{ORG turkish-army} قصفا على [حزب العمال الكردستاني]{ORG pkk} في الجبال.", "kb:turkish-army", "kb:pkk")]
    // The genitive after an event noun is its agent, the party after على its target.
    [InlineData("أدى هجوم [داعش]{ORG isis} على [الجيش العراقي]{ORG iraqi-army} إلى خسائر.", "kb:isis", "kb:iraqi-army")]
    // The agent of a passive (على يد) is the actor.
    [InlineData("جاء اغتيال [المحافظ]{PER governor-x} على يد [خلية مسلحة]{ORG cell-x} صادما.", "kb:cell-x", "kb:governor-x")]
    // An attacked base stands for the forces at it (forces-at:).
    [InlineData("استهدفت [كتائب حزب الله]{ORG kataib-hezbollah} [قاعدة عين الأسد]{LOC ain-al-asad} بصواريخ.", "kb:kataib-hezbollah", "forces-at:kb:ain-al-asad")]
    public void Reads_actor_and_recipient_in_either_word_order(string text, string actor, string recipient)
    {
        var e = Assert.Single(Run(text).Events, x => x.Category == EventCategory.Assault);
        Assert.Equal<string>([actor], e.Actors);
        Assert.Equal<string>([recipient], e.Recipients);
    }

    [Fact]
    public void Visit_noun_makes_the_visitor_actor_and_the_host_recipient()
    {
        // "زيارة X إلى Y": visitor = actor, host = recipient (PLOVER: visits are not reciprocal).
        var e = Single("وصفت وسائل الإعلام زيارة [قاآني]{PER qaani} إلى [بغداد]{GPE baghdad} بالمفاجئة.", EventCategory.Consult);
        Assert.Equal<string>(["kb:qaani"], e.Actors);
        Assert.Equal<string>(["kb:baghdad"], e.Recipients);
        Assert.Contains("visit", e.Modes);
    }

    [Fact]
    public void Visit_verb_makes_the_subject_actor_and_the_object_recipient()
    {
        // زار X Y: visitor X, host Y.
        var e = Single("زار [السوداني]{PER sudani} [طهران]{GPE tehran} الأسبوع الماضي.", EventCategory.Consult);
        Assert.Equal<string>(["kb:sudani"], e.Actors);
        Assert.Equal<string>(["kb:tehran"], e.Recipients);
    }

    [Fact]
    public void Host_verb_turns_the_roles_around()
    {
        // استقبل X Y: Y is the visitor (actor), X the host (recipient).
        var e = Single("استقبل [السوداني]{PER sudani} [وزير الخارجية التركي]{PER turkish-fm} في مكتبه.", EventCategory.Consult);
        Assert.Equal<string>(["kb:turkish-fm"], e.Actors);
        Assert.Equal<string>(["kb:sudani"], e.Recipients);
    }

    [Fact]
    public void Reciprocal_meeting_lists_every_party_as_actor()
    {
        // PLOVER: reciprocal CONSULT has all parties in actor; بين X و Y and مع Z add parties.
        var e = Single("جرت محادثات بين [العراق]{GPE iraq} و[الكويت]{GPE kuwait} حول الحدود.", EventCategory.Consult);
        Assert.Equal<string>(["kb:iraq", "kb:kuwait"], e.Actors);
        Assert.Empty(e.Recipients);
        var met = Single("التقى [السوداني]{PER sudani} مع [بارزاني]{PER barzani} لبحث الرواتب.", EventCategory.Consult);
        Assert.Equal<string>(["kb:sudani", "kb:barzani"], met.Actors);
    }

    [Theory]
    // Unnamed actors get a source class from the table.
    [InlineData("أطلق مسلحون مجهولون النار على دورية للشرطة.", "unidentified-gunmen")]
    [InlineData("قصفت الفصائل المسلحة مواقع قرب الحدود.", "armed-factions")]
    [InlineData("هاجمت الميليشيات الموالية لإيران قافلة إمداد.", "iran-aligned-militias")]
    public void Codes_unnamed_actors_as_source_classes(string text, string actor)
    {
        var e = Assert.Single(Run(text).Events, x => x.Category == EventCategory.Assault);
        Assert.Equal<string>([actor], e.Actors);
    }

    [Fact]
    public void A_mention_over_a_source_class_phrase_wins()
    {
        // القوات الأمريكية is us-forces unless the recogniser tied it to an entity.
        var e = Single("قصفت [القوات الأمريكية]{ORG us-army} موقعا للمسلحين.", EventCategory.Assault);
        Assert.Equal<string>(["kb:us-army"], e.Actors);
        var unnamed = Single("قصفت القوات الأمريكية موقعا للمسلحين.", EventCategory.Assault);
        Assert.Equal<string>(["us-forces"], unnamed.Actors);
    }

    [Fact]
    public void Subject_of_undergo_is_the_target()
    {
        // تعرّض لـ "was subjected to": the subject is the recipient of the attacks.
        var e = Single("تعرضت [السفارة الأمريكية]{ORG us-embassy} لهجوم صاروخي.", EventCategory.Assault);
        Assert.Empty(e.Actors);
        Assert.Equal<string>(["kb:us-embassy"], e.Recipients);
    }

    [Fact]
    public void A_verb_without_its_own_subject_shares_the_sentence_subject()
    {
        // وقال X … وهدد: the second verb's subject is X.
        var e = Single("قال [الخزعلي]{PER khazali} إن صبرهم نفد وهدد بالرد.", EventCategory.Threaten);
        Assert.Equal<string>(["kb:khazali"], e.Actors);
    }
}
