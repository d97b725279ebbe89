using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// «بعد يومين من مقتل …»، «ويأتي الهجوم بعد يوم من بيان …»: a happening named after «بعد + duration + من» took place
/// that many days before the day of the clause that names it (docs/events.md, "When"); so did an earlier event a
/// clause refers back to when «قبل ذلك ب + duration» follows it (رداً على مقتل سليماني … قبل ذلك بخمسة أيام). The
/// duration is يوم، يومين، أسبوع، أسبوعين, or a count of أيام read by the number layer (ثلاثة، 4، بخمسة); or months
/// (شهر، شهرين، ثمانية أشهر), which move the date by whole months and leave only the month known.
/// </summary>
internal static class DayOffset
{
    /// <summary>Rule name of a date moved back by such an offset.</summary>
    public const string DaysBefore = "days-before-date";

    /// <summary>Rule name of a date moved back by whole months («بعد نحو ثمانية أشهر من تصويت …»).</summary>
    public const string MonthsBefore = "months-before-date";

    /// <summary>A count of days marks a month in <see cref="Of"/>'s result: a month is this many "days" or more.</summary>
    public const int MonthUnit = 1000;

    // A duration takes at most this many words: نحو ثلاثة أيام.
    const int Reach = 4;

    /// <summary>
    /// The days the draft's happening lies before the day its clause gives, or 0 without an offset phrase; months come
    /// as multiples of <see cref="MonthUnit"/>.
    /// </summary>
    public static int Of(SentenceView view, EventDraft draft) =>
        Before(view, draft.Primary.Start) is > 0 and var before ? before
        : draft.CueBackground ? Trailing(view, draft.Primary.End) : 0;

    /// <summary>«بعد + duration + من» right before the trigger.</summary>
    static int Before(SentenceView view, int trigger)
    {
        var tokens = view.Tokens;
        if (trigger - 2 < view.First || tokens[trigger - 1].Base != "من")
        {
            return 0;
        }

        for (var k = trigger - 2; k >= view.First && k >= trigger - 1 - Reach; k--)
        {
            if (tokens[k].Base == "بعد")
            {
                return Days(view, k + 1, trigger - 1);
            }
        }

        return 0;
    }

    /// <summary>True when the words from <paramref name="from"/> up to <paramref name="end"/> name a duration (أسبوع واحد، نحو ثلاثة أيام).</summary>
    public static bool IsDuration(SentenceView view, int from, int end) => end > from && Days(view, from, end) > 0;

    /// <summary>«قبل ذلك ب + duration» anywhere after the trigger in its sentence.</summary>
    static int Trailing(SentenceView view, int from)
    {
        var tokens = view.Tokens;
        for (var k = from; k + 2 < view.End; k++)
        {
            if (tokens[k].Base == "قبل" && tokens[k + 1].Base is "ذلك" or "ذاك" && tokens[k + 2].Prefix.Contains('ب', StringComparison.Ordinal))
            {
                return Days(view, k + 2, Math.Min(view.End, k + 2 + Reach));
            }
        }

        return 0;
    }

    /// <summary>
    /// The days the words from <paramref name="from"/> up to <paramref name="end"/> name, hedges (نحو، واحد) skipped;
    /// 0 when another word stands there or a count has no unit of days.
    /// </summary>
    static int Days(SentenceView view, int from, int end)
    {
        var tokens = view.Tokens;
        var (unit, count) = (0, 1);
        for (var k = from; k < end; k++)
        {
            if (view.NumberStartingAt(k) is { } n)
            {
                count = (int)view.Doc.Numbers[n].Value;
                continue;
            }

            switch (tokens[k].Base)
            {
                case "يوم" or "ايام" or "يوما":
                    unit = 1;
                    break;
                case "يومين":
                    (unit, count) = (1, 2);
                    break;
                case "اسبوع" or "اسابيع":
                    unit = 7;
                    break;
                case "اسبوعين":
                    (unit, count) = (7, 2);
                    break;
                case "شهر" or "اشهر" or "شهور" or "شهرا":
                    unit = MonthUnit;
                    break;
                case "شهرين":
                    (unit, count) = (MonthUnit, 2);
                    break;
                case "واحد" or "نحو" or "قرابه" or "حوالي":
                    break;
                default:
                    return unit * count;
            }
        }

        return unit * count;
    }
}
