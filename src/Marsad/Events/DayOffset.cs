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

    /// <summary>The days between the trigger's happening and its clause's day, or 0 when no offset phrase precedes it.</summary>
    public static int Before(SentenceView view, int trigger)
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
