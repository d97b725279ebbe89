using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// «بعد يومين من مقتل …»، «ويأتي الهجوم بعد يوم من بيان …»: a happening named after «بعد + duration + من» took place
/// that long before the day of the clause that names it (docs/events.md, "When"); so did an earlier event a
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

    // A duration takes at most this many words: نحو ثلاثة أيام.
    const int Reach = 4;

    /// <summary>
    /// <paramref name="day"/> moved back by the draft's offset phrase: by days (precision Day), or by whole months with
    /// only the month known («بعد نحو ثمانية أشهر من»); null without an offset phrase.
    /// </summary>
    public static (DateOnly Date, DateOnly? End, DatePrecision Precision, string Rule)? MoveBack(SentenceView view, EventDraft draft, DateOnly day)
    {
        var offset = Before(view, draft.Primary.Start) is { IsZero: false } before ? before
            : draft.CueBackground ? Trailing(view, draft.Primary.End) : default;
        if (offset.Months > 0)
        {
            var month = day.AddMonths(-offset.Months);
            var first = new DateOnly(month.Year, month.Month, 1);
            return (first, first.AddMonths(1).AddDays(-1), DatePrecision.Month, MonthsBefore);
        }

        return offset.Days > 0 ? (day.AddDays(-offset.Days), null, DatePrecision.Day, DaysBefore) : null;
    }

    /// <summary>«بعد + duration + من» right before the trigger.</summary>
    static Duration Before(SentenceView view, int trigger)
    {
        var tokens = view.Tokens;
        if (trigger - 2 < view.First || tokens[trigger - 1].Base != "من")
        {
            return default;
        }

        for (var k = trigger - 2; k >= view.First && k >= trigger - 1 - Reach; k--)
        {
            if (tokens[k].Base == "بعد")
            {
                return Read(view, k + 1, trigger - 1);
            }
        }

        return default;
    }

    /// <summary>True when the words from <paramref name="from"/> up to <paramref name="end"/> name a duration (أسبوع واحد، نحو ثلاثة أيام).</summary>
    public static bool IsDuration(SentenceView view, int from, int end) => end > from && !Read(view, from, end).IsZero;

    /// <summary>«قبل ذلك ب + duration» anywhere after the trigger in its sentence.</summary>
    static Duration Trailing(SentenceView view, int from)
    {
        var tokens = view.Tokens;
        for (var k = from; k + 2 < view.End; k++)
        {
            if (tokens[k].Base == "قبل" && tokens[k + 1].Base is "ذلك" or "ذاك" && tokens[k + 2].Prefix.Contains('ب', StringComparison.Ordinal))
            {
                return Read(view, k + 2, Math.Min(view.End, k + 2 + Reach));
            }
        }

        return default;
    }

    /// <summary>A span of time in whole days or whole months (a month is no fixed number of days).</summary>
    readonly record struct Duration(int Days, int Months)
    {
        public bool IsZero => Days == 0 && Months == 0;
    }

    /// <summary>
    /// The duration the words from <paramref name="from"/> up to <paramref name="end"/> name, hedges (نحو، واحد)
    /// skipped; zero when another word stands there or a count has no unit.
    /// </summary>
    static Duration Read(SentenceView view, int from, int end)
    {
        var tokens = view.Tokens;
        var (days, months, count) = (0, 0, 1);
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
                    days = 1;
                    break;
                case "يومين":
                    (days, count) = (1, 2);
                    break;
                case "اسبوع" or "اسابيع":
                    days = 7;
                    break;
                case "اسبوعين":
                    (days, count) = (7, 2);
                    break;
                case "شهر" or "اشهر" or "شهور" or "شهرا":
                    months = 1;
                    break;
                case "شهرين":
                    (months, count) = (1, 2);
                    break;
                case "واحد" or "نحو" or "قرابه" or "حوالي":
                    break;
                default:
                    return new Duration(days * count, months * count);
            }
        }

        return new Duration(days * count, months * count);
    }
}
