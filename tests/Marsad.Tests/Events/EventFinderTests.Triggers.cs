using Marsad.Documents;
using static Marsad.Tests.Events.EventDocuments;

namespace Marsad.Tests.Events;

/// <summary>
/// Behaviour of <see cref="Marsad.Events.EventFinder"/>: one row per trigger rule (data/events/triggers.tsv), each with
/// the category and mode it codes. Fixture sentences are written for these tests; people and events are invented.
/// </summary>
public partial class EventFinderTests
{
    [Theory]
    // ASSAULT: a verb of attack, the weapon from the clause (صواريخ → heavy-weapons).
    [InlineData("قصفت فصائل مسلحة معسكرا في المدينة بصواريخ قصيرة المدى.", "قصفت", "heavy-weapons")]
    // ASSAULT: استهدف with a drone named after it (بطائرة مسيرة → drone).
    [InlineData("استهدف مجهولون مقرا حزبيا بطائرة مسيرة مساء الأربعاء.", "استهدف", "drone")]
    // ASSAULT: a roadside bomb (عبوة ناسفة → explosives).
    [InlineData("انفجرت عبوة ناسفة على طريق رئيسي جنوب العاصمة.", "انفجرت", "explosives")]
    // ASSAULT: the event noun هجوم with رصاص in its clause (firearms).
    [InlineData("أسفر هجوم بالرصاص على نقطة تفتيش عن سقوط جرحى.", "هجوم", "firearms")]
    // ASSAULT: غارة is aerial by itself.
    [InlineData("نفذت طائرات حربية غارة على مخزن للأسلحة.", "غارة", "aerial")]
    // ASSAULT: ضربة جوية, the two-word trigger wins over ضربة.
    [InlineData("دمرت ضربة جوية مستودعا للذخيرة قرب الحدود.", "ضربة جوية", "aerial")]
    // ASSAULT: اغتيال is targeted.
    [InlineData("أثار اغتيال ناشط مدني موجة غضب واسعة.", "اغتيال", "targeted")]
    // ASSAULT: اشتباكات are firearms by default.
    [InlineData("اندلعت اشتباكات عنيفة بين عشيرتين في ريف المحافظة.", "اشتباكات", "firearms")]
    // ASSAULT: صواريخ كاتيوشا.
    [InlineData("سمع دوي صواريخ كاتيوشا قرب مجمع حكومي فجر اليوم.", "صواريخ كاتيوشا", "heavy-weapons")]
    // ASSAULT: سقوط with rockets after it is an attack whose launcher is unseen.
    [InlineData("أصيب حارسان جراء سقوط ثلاثة صواريخ على معسكر قرب المدينة.", "سقوط", "heavy-weapons")]
    // ASSAULT: the verb سقط with shells after it.
    [InlineData("سقطت قذيفتان قرب مبنى المحافظة مساء أمس.", "سقطت", "heavy-weapons")]
    // ASSAULT: a verb after the preposition lam (لسحب) is found by its stem; here بقصف.
    [InlineData("ردت القوات بقصف مدفعي على مواقع المهاجمين.", "بقصف", "heavy-weapons")]
    public void Codes_assault_triggers_with_their_weapon_mode(string text, string trigger, string mode)
    {
        var doc = Run(text);
        var e = Assert.Single(doc.Events, x => x.Category == EventCategory.Assault);
        Assert.Equal(trigger, TriggerOf(doc, e));
        Assert.Contains(mode, e.Modes);
    }

    [Theory]
    // CONSULT: زيارة is a visit (mode visit, context diplomatic).
    [InlineData("بدأ وزير الطاقة زيارة رسمية تستمر يومين.", EventCategory.Consult, "زيارة", "visit")]
    // CONSULT: التقى is a meeting, no mode.
    [InlineData("التقى المحافظ وجهاء العشائر في ديوانه.", EventCategory.Consult, "التقى", null)]
    // CONSULT: اتصال هاتفي is phone.
    [InlineData("بحث الرئيسان في اتصال هاتفي ملف المياه.", EventCategory.Consult, "اتصال هاتفي", "phone")]
    // CONSULT: talks held remotely (عبر تقنية الفيديو) are phone.
    [InlineData("عقدت اللجنتان اجتماعا عبر تقنية الفيديو لمناقشة الموازنة.", EventCategory.Consult, "اجتماعا", "phone")]
    // REQUEST: طالب.
    [InlineData("طالب المعتصمون بإقالة مدير الدائرة.", EventCategory.Request, "طالب", null)]
    // REQUEST: دعا (a defective verb listed by its forms) asking for calm (change).
    [InlineData("دعا رجل الدين أنصاره إلى الهدوء وضبط النفس.", EventCategory.Request, "دعا", "change")]
    // REQUEST: حث.
    [InlineData("حثت المنظمة الأطراف على فتح الممرات.", EventCategory.Request, "حثت", null)]
    // ACCUSE: اتهم is allege.
    [InlineData("اتهم النائب الوزارة بإهدار المال العام.", EventCategory.Accuse, "اتهم", "allege")]
    // ACCUSE: أدان is disapprove.
    [InlineData("أدانت النقابة الاعتداء على الصحفيين.", EventCategory.Accuse, "أدانت", "disapprove")]
    // ACCUSE: شجب is disapprove.
    [InlineData("شجب الاتحاد قرار رفع الأسعار.", EventCategory.Accuse, "شجب", "disapprove")]
    // ACCUSE: انتقد is disapprove.
    [InlineData("انتقد الخبير أداء الحكومة في ملف الكهرباء.", EventCategory.Accuse, "انتقد", "disapprove")]
    // REJECT: رفض, asked to meet (meet).
    [InlineData("رفض زعيم الكتلة اجتماعا مع خصومه.", EventCategory.Reject, "رفض", "meet")]
    // THREATEN: هدد with violence as content (استهداف).
    [InlineData("هدد قائد الفصيل باستهداف المصالح الأجنبية.", EventCategory.Threaten, "هدد", "violence")]
    // THREATEN: توعد.
    [InlineData("توعد المتحدث برد قاس على أي اعتداء.", EventCategory.Threaten, "توعد", "violence")]
    // THREATEN: لوح بـ, content expulsion (طرد).
    [InlineData("لوح البرلمان بطرد السفير.", EventCategory.Threaten, "لوح", "expel")]
    // THREATEN: حذر needs من after it.
    [InlineData("حذر الجيش من عواقب أي هجوم على حدوده.", EventCategory.Threaten, "حذر", "violence")]
    // MOBILIZE: an armed parade.
    [InlineData("نظمت جماعة مسلحة استعراضا عسكريا في شارع رئيسي.", EventCategory.Mobilize, "استعراضا عسكريا", "militia")]
    // MOBILIZE: a convoy of fighters.
    [InlineData("جابت قافلة من المسلحين شوارع البلدة.", EventCategory.Mobilize, "قافلة", "militia")]
    // MOBILIZE: deployment of troops.
    [InlineData("أعلنت الوزارة نشر قوات إضافية على الحدود.", EventCategory.Mobilize, "نشر قوات", "troops")]
    // RETREAT: a withdrawal carried out (past verb).
    [InlineData("انسحبت الوحدات من التلال بعد ظهر الثلاثاء.", EventCategory.Retreat, "انسحبت", "withdraw")]
    // CONCEDE: a withdrawal announced (أعلن … خفض عدد القوات).
    [InlineData("أعلنت الحكومة خفض عدد القوات في القاعدة.", EventCategory.Concede, "خفض عدد القوات", "withdraw")]
    // RETREAT: a withdrawal announced as completed (اكتمال) was carried out.
    [InlineData("أعلنت الحكومة اكتمال خفض عدد القوات في القاعدة.", EventCategory.Retreat, "خفض عدد القوات", "withdraw")]
    // CONCEDE: a withdrawal in the future (ستخرج القوات).
    [InlineData("ستخرج القوات من المدينة مطلع الشهر المقبل.", EventCategory.Concede, "ستخرج", "withdraw")]
    // RETREAT: releasing prisoners (أفرج).
    [InlineData("أفرجت السلطات عن عشرين معتقلا صباح الأحد.", EventCategory.Retreat, "أفرجت", "release")]
    // RETREAT: a prisoner exchange carried out.
    [InlineData("جرت عملية تبادل الأسرى في مطار المدينة.", EventCategory.Retreat, "تبادل الأسرى", "release")]
    // RETREAT: a ceasefire (هدنة).
    [InlineData("صمدت الهدنة في الجبهة الشمالية ليومين.", EventCategory.Retreat, "الهدنة", "ceasefire")]
    // ACCUSE: دان without its hamza (ودانت).
    [InlineData("ودانت الوزارة الهجوم على المستشفى.", EventCategory.Accuse, "ودانت", "disapprove")]
    // SUPPORT: رحب (welcoming a decision).
    [InlineData("رحبت الجامعة العربية بقرار تمديد الهدنة.", EventCategory.Support, "رحبت", null)]
    // SUPPORT: أشاد (praise).
    [InlineData("أشاد الوزير بأداء القوات في العملية.", EventCategory.Support, "أشاد", null)]
    // SUPPORT: أيد (endorse).
    [InlineData("أيد المجلس خطة المبعوث الجديدة.", EventCategory.Support, "أيد", null)]
    // AID: relief sent (مساعدات).
    [InlineData("وصلت إلى المطار طائرة تحمل مساعدات طبية.", EventCategory.Aid, "مساعدات", null)]
    // AID: supplying (زود).
    [InlineData("زودت الحكومة المستشفيات بمولدات كهربائية.", EventCategory.Aid, "زودت", null)]
    // COOPERATE: security coordination.
    [InlineData("اتفق الجانبان على تعزيز التنسيق الأمني على الحدود.", EventCategory.Cooperate, "التنسيق الأمني", null)]
    // AGREE: اتفق.
    [InlineData("اتفق الطرفان على وقف إطلاق النار.", EventCategory.Agree, "اتفق", null)]
    // AGREE: signing.
    [InlineData("شهد الحفل توقيع مذكرة تفاهم في مجال النقل.", EventCategory.Agree, "توقيع", null)]
    // SANCTION: فرض عقوبات.
    [InlineData("قررت الدولة فرض عقوبات على شركات الشحن.", EventCategory.Sanction, "فرض عقوبات", null)]
    // COERCE: arrests.
    [InlineData("نفذت القوات حملة اعتقالات في الحي.", EventCategory.Coerce, "اعتقالات", "arrest")]
    // COERCE: closing a crossing.
    [InlineData("أغلقت السلطات المعبر الحدودي أمام الشاحنات.", EventCategory.Coerce, "أغلقت", "restrict")]
    // COERCE: a curfew.
    [InlineData("فرضت قيادة الشرطة حظر التجوال في القضاء.", EventCategory.Coerce, "حظر التجوال", "curfew")]
    // PROTEST: a demonstration.
    [InlineData("خرجت تظاهرة حاشدة أمام مبنى المحافظة.", EventCategory.Protest, "تظاهرة", "demo")]
    // PROTEST: a sit-in.
    [InlineData("اعتصم الخريجون أمام الوزارة للمطالبة بالتعيين.", EventCategory.Protest, "اعتصم", "demo")]
    // PROTEST: a strike.
    [InlineData("دخل إضراب المعلمين يومه الثالث.", EventCategory.Protest, "إضراب", "strike")]
    // PROTEST: protesters gathering (تجمع + the protesters named after it).
    [InlineData("تجمع مئات المحتجين أمام مبنى المحافظة صباحاً.", EventCategory.Protest, "تجمع", "demo")]
    // PROTEST: protesters burning offices (vandalize).
    [InlineData("أحرق محتجون غاضبون مقر الحزب في المدينة.", EventCategory.Protest, "أحرق", "vandalize")]
    // ASSAULT: tear gas against a crowd (crowd-control).
    [InlineData("أطلقت قوات الأمن الغاز المسيل للدموع على المحتجين قرب الجسر.", EventCategory.Assault, "الغاز المسيل للدموع", "crowd-control")]
    // ACCUSE: the participle after a denial (نفى … متهماً جهات …) makes the accusation.
    [InlineData("نفى القيادي أي دور لجماعته، متهماً جهات خارجية بالوقوف خلف الحادث.", EventCategory.Accuse, "متهماً", "allege")]
    // MOBILIZE: انتشرت with armed men named after it is a deployment.
    [InlineData("انتشرت عشرات العربات تقل مسلحين قرب الجسر فجر اليوم.", EventCategory.Mobilize, "انتشرت", "troops")]
    // REQUEST: the participle after a statement (… داعياً الحكومة إلى …).
    [InlineData("انتقد النائب القرار، داعياً الحكومة إلى مراجعته فوراً.", EventCategory.Request, "داعياً", null)]
    // REQUEST: the vote keeps its على in reach across a clause with a date (punctuation and date words do not count).
    [InlineData("صوّت المجلس النيابي، في جلسة طارئة عقدت اليوم الخميس، على قرار بإنهاء المهمة.", EventCategory.Request, "صوّت", "change")]
    // SANCTION: a ban on dealings in dollars is an economic sanction, not COERCE's ban.
    [InlineData("فرضت الوزارة حظراً على التعاملات بالدولار مع ثلاثة مصارف.", EventCategory.Sanction, "حظراً", null)]
    // COERCE: any other ban stays COERCE (restrict).
    [InlineData("حظرت السلطات التجمعات في الساحات العامة.", EventCategory.Coerce, "حظرت", "restrict")]
    // PROTEST: protesters taking to the streets (خرج + the protesters).
    [InlineData("خرج آلاف المحتجين إلى الشوارع في المدينة مساء أمس.", EventCategory.Protest, "خرج", "demo")]
    // AID: planes sent laden with medicine.
    [InlineData("أرسلت الحكومة طائرتين محملتين بالأدوية إلى المدينة المنكوبة.", EventCategory.Aid, "أرسلت", null)]
    // CONSULT: بحث X مع Y, talks.
    [InlineData("بحث وزير الخارجية مع نظيره الأردني ملف المياه.", EventCategory.Consult, "بحث", null)]
    // ACCUSE: summoning an ambassador is a diplomatic accusation.
    [InlineData("استدعت الوزارة السفير التركي احتجاجاً على القصف.", EventCategory.Accuse, "استدعت", "disapprove")]
    // ACCUSE: a note of protest, not a street protest.
    [InlineData("سلّمت الخارجية القائم بالأعمال مذكرة احتجاج رسمية.", EventCategory.Accuse, "مذكرة احتجاج", "disapprove")]
    // MOBILIZE: نشر with personnel after it is a deployment.
    [InlineData("قررت قيادة الشرطة نشر ألف عنصر إضافي حول الملعب.", EventCategory.Mobilize, "نشر", "troops")]
    // MOBILIZE: a reinforced presence of forces.
    [InlineData("أعلن الجيش تعزيز انتشاره في القرى الحدودية.", EventCategory.Mobilize, "تعزيز انتشاره", "troops")]
    // THREATEN: the participle as a circumstantial, after a statement.
    [InlineData("قال القائد إن العمليات ستستمر، ملوحاً بعملية برية واسعة.", EventCategory.Threaten, "ملوحاً", null)]
    // REQUEST: the parliament vote (no VOTE in PLOVER) is REQUEST, mode change.
    [InlineData("صوت المجلس على قرار يلزم الحكومة بإعادة النازحين.", EventCategory.Request, "صوت", "change")]
    // CONSULT: the singular مرة with an ordinal is one happening (للمرة الثانية).
    [InlineData("زار المبعوث العاصمة للمرة الثانية هذا الشهر.", EventCategory.Consult, "زار", "visit")]
    // CONSULT: the masdar استقبال with its possessive (خلال استقباله): the host receives a guest.
    [InlineData("صرح الرئيس خلال استقباله وزير الخارجية الأردني أمس بأن الحدود آمنة.", EventCategory.Consult, "استقباله", "visit")]
    // RETREAT: handing a camp over (سلّم + معسكر) is a withdrawal; the same verb's disarming row is tried first and fails.
    [InlineData("سلّمت القوات الأجنبية أمس معسكر التدريب إلى الجيش.", EventCategory.Retreat, "سلّمت", "withdraw")]
    // RETREAT: the same verb with weapons after it is disarming.
    [InlineData("سلّم مسلحون السلاح إلى الشرطة في القضاء.", EventCategory.Retreat, "سلّم", "disarm")]
    // THREATEN: the idiom «سيدفع الثمن» (will pay the price).
    [InlineData("قال القائد إن من يعتدي على الحدود سيدفع الثمن غاليا.", EventCategory.Threaten, "سيدفع الثمن", "violence")]
    // THREATEN: «هدفاً مشروعاً» (a legitimate target).
    [InlineData("أعلنت الجماعة أن القوات الأجنبية ستبقى هدفاً مشروعاً لها.", EventCategory.Threaten, "هدفاً مشروعاً", "violence")]
    public void Codes_each_category_from_its_trigger(string text, EventCategory category, string trigger, string? mode)
    {
        var doc = Run(text);
        var e = Assert.Single(doc.Events, x => x.Category == category);
        Assert.Equal(trigger, TriggerOf(doc, e));
        if (mode is not null)
        {
            Assert.Contains(mode, e.Modes);
        }
    }

    [Fact]
    public void Vote_is_coded_as_request_in_the_legislative_context()
    {
        // PLOVER has no VOTE: a parliament vote is REQUEST / change / legislative (docs/events.md).
        var e = Single("صوت [البرلمان]{ORG iraqi-parliament} على مشروع قانون الموازنة.", EventCategory.Request);
        Assert.Equal<string>(["change"], e.Modes);
        Assert.Contains("legislative", e.Contexts);
        Assert.Equal<string>(["kb:iraqi-parliament"], e.Actors);
    }

    [Fact]
    public void Statement_needs_a_statement_context_and_no_other_event()
    {
        // أعلن in a statement (بيان) is a STATEMENT; without one it is no event; with another event the other wins.
        Assert.Contains(Run("أعلنت الشركة في بيان أرباحها السنوية.").Events, e => e.Category == EventCategory.Statement);
        Assert.Empty(Run("أعلنت الشركة أرباحها السنوية.").Events);
        var withEvent = Run("أعلنت الشرطة في بيان اعتقال ثلاثة مهربين.");
        Assert.DoesNotContain(withEvent.Events, e => e.Category == EventCategory.Statement);
        Assert.Contains(withEvent.Events, e => e.Category == EventCategory.Coerce);
    }

    [Theory]
    // A trigger word inside a name is part of the name (الحشد الشعبي is no mobilisation).
    [InlineData("قال [الحشد الشعبي]{ORG pmf} إن الوضع مستقر.")]
    // حشد before شعبي is blocked even without a mention.
    [InlineData("قال قائد في الحشد الشعبي إن الوضع مستقر.")]
    // The nuclear deal is a name, not an agreement.
    [InlineData("تحدث الوزير عن الاتفاق النووي مع الصحفيين.")]
    // A noun that shares a stem with an event noun (المفاوض "the negotiator") is no event.
    [InlineData("وصل المفاوض إلى العاصمة صباحا.")]
    // The adjective مسلحة does not become gunmen and طالب with the article is a student.
    [InlineData("كرم المعهد الطالب الأول في دفعته.")]
    // سقوط without a projectile is a fall, not an attack.
    [InlineData("تحدث الكاتب عن سقوط النظام السابق في كتابه.")]
    // بحث without مع is a search or research.
    [InlineData("بحث الطالب في أرشيف المكتبة طويلاً.")]
    // مساعد before a title is an assistant, not aid.
    [InlineData("قال مساعد وزير المالية إن الموازنة تأخرت.")]
    // زيارة الأربعين is the pilgrimage.
    [InlineData("تستعد المحافظة لاستقبال الزوار في زيارة الأربعين.")]
    // A source asking for anonymity makes no demand.
    [InlineData("قال مسؤول طلب عدم الكشف عن اسمه إن الموازنة تأخرت.")]
    // استقبال of pilgrims or the displaced is no meeting of parties.
    [InlineData("أكملت المحافظة استعداداتها لاستقبال النازحين في المخيمات.")]
    // قتلة (killers, a noun in ة) is not the verb قتله (he killed him) that folding makes it look like.
    [InlineData("تحدث الناشط طويلاً عن قتلة المتظاهرين.")]
    // A device defused before it could explode (فككتها قبل أن تنفجر) did not go off.
    [InlineData("عثرت قوة أمنية على عبوة قرب السوق وفككتها قبل أن تنفجر.")]
    // A tally of attacks (أكثر من 160 هجوماً) is a pattern, not one happening.
    [InlineData("تبنت الجماعة أكثر من 160 هجوماً منذ مطلع العام.")]
    // A count of times (أكثر من خمس مرات) makes a pattern, not one visit.
    [InlineData("زار المبعوث العاصمة أكثر من خمس مرات خلال عام.")]
    // «سيدفع ثمن الوقود» pays for the fuel: the construct state has no article, so it is not the idiom «الثمن».
    [InlineData("قال الوزير إن العراق سيدفع ثمن الشحنة بالدينار.")]
    // سلّم with neither weapons nor a camp after it is handing something over, no event.
    [InlineData("سلّم السفير رسالة خطية إلى رئيس البرلمان.")]
    // أرسل without relief goods is no aid (a letter), and خرج without protesters no protest.
    [InlineData("أرسل الوزير رسالة إلى نظيره وخرج من المبنى بعد الظهر.")]
    // A meeting of one government's council is its own business, not a consultation between parties.
    [InlineData("ناقش الوزراء الموازنة خلال اجتماع مجلس الوزراء الأسبوعي.")]
    // Definite الحشد alone is the PMF's short name, not massing (قادة الحشد).
    [InlineData("تحدث قادة الحشد عن الموازنة الجديدة.")]
    // انتشر without armed men is spreading (a disease).
    [InlineData("انتشر المرض في القرى الجنوبية.")]
    // تجمع without protesters is no protest (water gathering).
    [InlineData("تجمعت مياه الأمطار في الشوارع المنخفضة.")]
    // نشر with an object pronoun (بيان نشرته) has its object already: the fighters named later are not deployed.
    [InlineData("قالت الجماعة في بيان نشرته على قناتها إن مقاتليها مستعدون.")]
    // نشر without personnel after it is publishing.
    [InlineData("نشرت الصحيفة تقريراً مطولاً عن الموازنة.")]
    // The plural هجمات tells a pattern, not one happening.
    [InlineData("تتعرض الطرق الصحراوية لهجمات متقطعة منذ سنوات.")]
    public void Ignores_words_that_only_look_like_triggers(string text) =>
        Assert.Empty(Run(text).Events);

    [Theory]
    // The nisba adjective of an event noun describes (العمليات الهجومية), it names no happening.
    [InlineData("يشمل الاتفاق وقف العمليات الهجومية داخل البلاد.", EventCategory.Assault)]
    // The masculine nisba after the article: الاجتماعي is "social", no meeting.
    [InlineData("نشر الوزير صورة الوثيقة على مواقع التواصل الاجتماعي مساء أمس.", EventCategory.Consult)]
    [InlineData("يعاني سكان المخيم من التهميش السياسي والاجتماعي منذ سنوات.", EventCategory.Consult)]
    public void Look_alikes_code_no_event_of_their_category(string text, EventCategory category) =>
        Assert.DoesNotContain(Run(text).Events, e => e.Category == category);

    [Theory]
    // Lifting a restriction one imposed is CONCEDE (CAMEO 081), and the ban it lifts is no new COERCE.
    [InlineData("رفعت السلطات حظر التجول في البصرة صباح اليوم.")]
    [InlineData("أعلنت الحكومة رفع الحظر عن الرحلات الدولية إلى المطار.")]
    public void Lifting_a_ban_concedes_and_imposes_nothing(string text)
    {
        var doc = Run(text);
        Assert.Contains(doc.Events, e => e.Category == EventCategory.Concede);
        Assert.DoesNotContain(doc.Events, e => e.Category == EventCategory.Coerce);
    }

    [Theory]
    // A breach names the truce or deal it breaks: no new ceasefire or agreement.
    [InlineData("اتهمت الحكومة المتمردين بخرق الهدنة في المدينة.", EventCategory.Retreat)]
    [InlineData("وانقلبت الجماعة على الحكومة ونقضت اتفاق الشراكة الموقع بين الطرفين.", EventCategory.Agree)]
    public void A_breach_codes_no_new_truce_or_deal(string text, EventCategory category) =>
        Assert.DoesNotContain(Run(text).Events, e => e.Category is var c && (c == category || (category == EventCategory.Retreat && c == EventCategory.Concede)));

    [Theory]
    // Revoking a licence is a restriction (COERCE), not a withdrawal; a vote of no confidence withdraws no one.
    [InlineData("وأعلن المصرف المركزي اليوم سحب إجازة الشركة وتجميد أرصدتها.", EventCategory.Coerce)]
    [InlineData("وصوت المجلس على سحب الثقة من الوزير.", EventCategory.Request)]
    public void Sahb_with_a_licence_or_confidence_is_no_withdrawal(string text, EventCategory category)
    {
        var doc = Run(text);
        Assert.Contains(doc.Events, e => e.Category == category);
        Assert.DoesNotContain(doc.Events, e => e.Category is EventCategory.Retreat or EventCategory.Concede);
    }

    [Fact]
    public void Reinforcements_sent_are_a_mobilisation_and_strengthening_ties_is_not()
    {
        // تعزيزات "reinforcements" is sent troops; تعزيز العلاقات "strengthening ties" shares its light stem.
        Assert.Contains(Run("دفعت القيادة اليوم بتعزيزات من ثلاثة أفواج إلى أطراف المدينة.").Events, e => e.Category == EventCategory.Mobilize);
        Assert.DoesNotContain(Run("أكد الوزيران أهمية تعزيز العلاقات بين البلدين.").Events, e => e.Category == EventCategory.Mobilize);
    }

    [Theory]
    // Forming an inquiry committee is an investigation (ACCUSE); cutting another party's gas supplies is a sanction.
    [InlineData("وأمر المحافظ بتشكيل لجنة تحقيق في الحادث.", EventCategory.Accuse)]
    [InlineData("وخفضت الشركة الموردة إمداداتها من الغاز إلى البلاد بسبب الديون.", EventCategory.Sanction)]
    public void Inquiries_and_cut_supplies_are_coded(string text, EventCategory category) =>
        Assert.Contains(Run(text).Events, e => e.Category == category);

    [Fact]
    public void Cutting_a_road_is_no_sanction() =>
        Assert.DoesNotContain(Run("وقطع المحتجون الطريق الدولي بالإطارات المحترقة.").Events, e => e.Category == EventCategory.Sanction);

    [Fact]
    public void Protesting_to_a_government_is_a_diplomatic_accusation()
    {
        // احتج لدى: a protest lodged with a government is ACCUSE; protesters in the street stay PROTEST.
        Assert.Contains(Run("واحتجت الوزارة لدى السفارة على القرار الأخير.").Events, e => e.Category == EventCategory.Accuse);
        Assert.Contains(Run("احتج المئات أمام مبنى المحافظة على انقطاع الكهرباء.").Events, e => e.Category == EventCategory.Protest);
    }

    [Theory]
    // أغلق الباب أمام is an idiom ("closed the door to"), and an event noun after أي ("any talks") names no happening.
    [InlineData("ويرى محللون أن القرار سيغلق الباب أمام أي مفاوضات قريبة.")]
    public void Idioms_and_any_name_no_happening(string text) => Assert.Empty(Run(text).Events);

    [Fact]
    public void Raising_an_alert_is_no_concession()
    {
        // رفع is also "raise": without a ban, sanctions or a siege after it, it eases nothing.
        Assert.DoesNotContain(Run("رفعت القوات الأمنية حالة التأهب في المدينة.").Events, e => e.Category == EventCategory.Concede);
    }

    [Fact]
    public void A_bare_noun_with_the_possessive_ya_is_still_the_event()
    {
        // Without the article, اجتماعي can be "my meeting": the speaker's own meeting is coded.
        var doc = Run("وقال الوزير: «كان اجتماعي مع السفير أمس مثمراً».");
        Assert.Contains(doc.Events, e => e.Category == EventCategory.Consult);
    }

    [Fact]
    public void Death_in_an_accident_is_no_assault()
    {
        // suppress-assault: مقتل in a traffic accident is not political violence.
        Assert.Empty(Run("أدى حادث سير إلى مقتل ثلاثة أشخاص على الطريق الدولي.").Events);
    }

    [Fact]
    public void A_definite_noun_repeating_an_event_refers_back_to_it()
    {
        // Given information: the second "المحادثات" refers to the talks already coded.
        var doc = Run("انطلقت محادثات بين الوفدين في الدوحة. وقال مصدر إن المحادثات كانت صعبة.");
        Assert.Single(doc.Events, e => e.Category == EventCategory.Consult);
    }

    [Fact]
    public void A_killing_verb_with_a_resumptive_pronoun_is_the_toll_of_the_happening_before_it()
    {
        // «قُتل فيها محتج»: فيها points back to the protest; the death is its toll, not an attack of its own.
        var doc = Run("خرجت تظاهرة أمام مبنى المحافظة أمس قُتل فيها محتج.");
        Assert.Contains(doc.Events, e => e.Category == EventCategory.Protest);
        Assert.DoesNotContain(doc.Events, e => e.Category == EventCategory.Assault);
    }

    [Fact]
    public void A_killing_and_the_strike_that_did_it_are_one_event()
    {
        // «مقتل القائد في غارة استهدفت موكبه»: في + the strike names the means, and the verb without a conjunction
        // describes the strike (a relative clause on an indefinite noun): one assault, not three.
        var doc = Run("عاد التوتر إثر مقتل القائد في غارة جوية استهدفت موكبه قرب المطار.");
        Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
    }

    [Fact]
    public void A_verb_farther_from_a_background_killing_tells_another_happening()
    {
        // «عقب مقتل القائد في 8 كانون الثاني 2020 إذ قصفت الصواريخ القاعدة»: the verb does not follow the noun, so it is
        // no relative clause on it; the shelling is a happening of its own.
        var doc = Run("جاء الرد عقب مقتل القائد في 8 كانون الثاني 2020 إذ قصفت الصواريخ القاعدة.");
        Assert.Equal(2, doc.Events.Count(e => e.Category == EventCategory.Assault));
    }

    [Fact]
    public void A_definite_attack_noun_as_the_object_of_a_dated_condemnation_refers_back()
    {
        // «ودان الرئيس صباح اليوم الهجوم»: the day is the condemnation's; الهجوم is the attack told before, not a new one.
        var doc = Run("استهدفت طائرة مسيرة المطار مساء أمس.\nودان الرئيس صباح اليوم الهجوم.");
        Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Single(doc.Events, e => e.Category == EventCategory.Accuse);
    }

    [Fact]
    public void A_killing_that_an_earlier_attack_resulted_in_is_its_toll()
    {
        // «بعد يومين من هجوم … أسفر عن مقتل ثلاثة جنود»: the killing is what the background attack caused, not a
        // new attack of the day.
        var doc = Run("أعلنت الجماعة تعليق عملياتها، بعد يومين من هجوم بطائرة مسيرة على قاعدة «الوادي» أسفر عن مقتل ثلاثة جنود.");
        var attack = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault);
        Assert.Equal(Anchor.AddDays(-2), attack.Date);
    }
}
