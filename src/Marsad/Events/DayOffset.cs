using System.Collections.Frozen;
using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// «بعد يومين من مقتل …»، «ويأتي الهجوم بعد يوم من بيان …»: a happening named after «بعد + duration + من» took place
/// that many days before the day of the clause that names it (docs/events.md, "When"). Reads the duration in whole
/// days: يوم (واحد)، يومين، أسبوع، أسبوعين، or a count of أيام written in digits or as a word from three to ten.
/// </summary>
internal static class DayOffset
{
    /// <summary>Rule name of a date moved back by such an offset.</summary>
    public const string DaysBefore = "days-before-date";

    // «بعد» stands at most this many words before «من»: بعد نحو ثلاثة أيام من.
    const int Reach = 4;

    static readonly FrozenDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ثلاثه"] = 3, ["اربعه"] = 4, ["خمسه"] = 5, ["سته"] = 6, ["سبعه"] = 7, ["ثمانيه"] = 8, ["تسعه"] = 9, ["عشره"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The days the event's happening lies before the day its clause gives: «بعد يومين من مقتل …» before the trigger,
    /// or, for an earlier event the clause refers back to (رداً على مقتل سليماني … قبل ذلك بخمسة أيام), after it up to
    /// the sentence's end (ذلك opens a clause of its own). 0 when there is no such phrase.
    /// </summary>
    public static int Of(SentenceView view, EventDraft draft) =>
        Before(view, draft.Primary.Start) is > 0 and var before ? before
        : draft.CueBackground ? Trailing(view, draft.Primary.End, view.End)
        : 0;

    /// <summary>«قبل ذلك ب + duration» after the trigger: the happening came that many days before the clause's day.</summary>
    static int Trailing(SentenceView view, int from, int end)
    {
        var tokens = view.Tokens;
        for (var k = from; k + 2 < end; k++)
        {
            if (tokens[k].Base != "قبل" || tokens[k + 1].Base is not ("ذلك" or "ذاك"))
            {
                continue;
            }

            var first = tokens[k + 2];
            if (!first.Prefix.Contains('ب', StringComparison.Ordinal))
            {
                return 0;
            }

            var word = first.Base;
            var days = word switch
            {
                "يوم" => 1,
                "يومين" => 2,
                "اسبوع" => 7,
                "اسبوعين" => 14,
                _ => Counts.TryGetValue(word, out var n) || int.TryParse(word, out n) ? n : 0,
            };

            var unit = k + 3 < end ? tokens[k + 3].Base : string.Empty;
            return days >= 3 && unit is not ("ايام" or "يوما") ? 0 : days;
        }

        return 0;
    }

    /// <summary>The days between the trigger's happening and its clause's day, or 0 when no offset phrase precedes it.</summary>
    static int Before(SentenceView view, int trigger)
    {
        var tokens = view.Tokens;
        if (trigger - 2 < view.First || tokens[trigger - 1].Base != "من")
        {
            return 0;
        }

        var days = 0;
        var count = 0;
        for (var k = trigger - 2; k >= view.First && k >= trigger - 1 - Reach; k--)
        {
            var word = tokens[k].Base;
            switch (word)
            {
                case "بعد":
                    return days * Math.Max(1, count);
                case "يوم":
                    days = Math.Max(days, 1);
                    break;
                case "يومين":
                    days = 2;
                    break;
                case "اسبوع":
                    days = 7;
                    break;
                case "اسبوعين":
                    days = 14;
                    break;
                case "ايام":
                    days = 1;
                    break;
                case "واحد" or "نحو" or "قرابه" or "حوالي":
                    break;
                default:
                    if (Counts.TryGetValue(word, out var n) || int.TryParse(word, out n))
                    {
                        count = n;
                        break;
                    }

                    return 0;
            }
        }

        return 0;
    }
}
