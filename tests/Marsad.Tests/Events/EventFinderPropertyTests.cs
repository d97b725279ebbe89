using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Marsad.Tests.Events;

/// <summary>Random input never crashes the inferrer or the event finder, and their layers keep the invariants.</summary>
public class EventFinderPropertyTests
{
    // Trigger, cue, casualty and unit words mixed with noise, so that the rules actually fire on odd input.
    static readonly string[] Pieces =
    [
        "قصف", "استهدف", "هجوم", "هجمات", "صاروخية", "عبوة", "ناسفة", "زيارة", "إلى", "على", "مع", "بين", "طالب", "رفض",
        "هدد", "ستوجه", "ضربات", "في حال", "لم", "لن", "عدم", "نفت", "مسؤوليتها", "عن", "منذ", "عقب", "كان", "قد", "مقتل",
        "إصابة", "جرحى", "قتلى", "طفلة", "آخرين", "لقي", "حتفه", "مسلحون", "مجهولون", "الفصائل", "المسلحة", "أعلن", "سحب",
        "القوات", "الأمريكية", "انسحبت", "بيان", "اليوم", "الخميس", "أمس", "الأربعاء", "3-4-2021", "يناير", "2020", "8",
        "مداها", "كيلومتر", "4500", "2500", "إلى", "ألف", "قطعة", "من", "السلاح", "نحو", "أكثر", "15", "صاروخ",
        "و", "ب", "ل", "ال", "x", "٤", "،", "؛", ".", ":", "«", "»", "\u200F", "\uD83D", "😀", " ", "  ", "\n", "[", "]{",
    ];

    static Arbitrary<string> Sentences() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Join(' ', parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Random_text_never_breaks_the_event_stages() =>
        Prop.ForAll(Sentences(), text =>
        {
            // Run checks DocumentInvariants before and after the finder (events, quantities, inferred evidence).
            var dated = EventDocuments.Run(text);
            var undated = EventDocuments.Run(text, dated: false);
            return dated.Events.All(e => e.Span.End <= dated.Text.Length) && undated.Quantities.All(q => q.Span.End <= undated.Text.Length);
        });
}
