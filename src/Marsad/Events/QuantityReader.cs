using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Reads counted things from the numbers of a sentence (data/events/units.tsv): "50 ألف مسلح" (fighters),
/// "52 ألف قطعة من السلاح الخفيف" (weapons), "أكثر من 15 صاروخ" (missiles, approximate), "مداها 700 كيلومتر"
/// (a range in km), "من 4500 إلى 2500 جندي" (troops, from → to as written).
/// </summary>
internal static class QuantityReader
{
    // Words of the counted phrase kept after the unit when they carry the article (السلاح الخفيف).
    const int MaxModifiers = 2;

    public static void Read(SentenceView view, int from, int to, HashSet<int> usedNumbers, List<Quantity> into)
    {
        var tokens = view.Tokens;
        for (var k = from; k < to; k++)
        {
            if (view.NumberStartingAt(k) is not { } first || usedNumbers.Contains(first))
            {
                continue;
            }

            var number = view.Doc.Numbers[first];
            var last = view.TokenAt(number.Span.End - 1);
            int? second = null;
            // A range or a change: "4500 إلى 2500", "بين 10 و20", "من 3 حتى 5".
            if (last + 2 < to && tokens[last + 1].Base is "الي" or "حتي" or "-" or "و" && view.NumberStartingAt(last + 2) is { } next)
            {
                second = next;
                last = view.TokenAt(view.Doc.Numbers[next].Span.End - 1);
            }
            else if (last + 1 < to && tokens[last + 1].Prefix == "و" && view.NumberStartingAt(last + 1) is { } joined && k > from
                && tokens[k - 1].Base == "بين")
            {
                second = joined;
                last = view.TokenAt(view.Doc.Numbers[joined].Span.End - 1);
            }

            if (last + 1 >= to || view.Lexicon.Units.Match(tokens, last + 1, to) is not { } unit)
            {
                continue;
            }

            var unitEnd = last + 1 + unit.Length;
            var whatEnd = unitEnd;
            while (whatEnd < to && whatEnd < unitEnd + MaxModifiers && PhraseIndex<string>.HasArticle(tokens[whatEnd].Prefix))
            {
                whatEnd++;
            }

            var ranged = k > from && (tokens[k - 1].Stem.StartsWith("مدا", StringComparison.Ordinal) || tokens[k - 1].Stem.StartsWith("مدي", StringComparison.Ordinal));
            var what = ranged ? "range" : view.Doc.Text[tokens[last + 1].Span.Start..tokens[whatEnd - 1].Span.End];
            var max = second is { } s ? view.Doc.Numbers[s].Value : (decimal?)null;
            usedNumbers.Add(first);
            if (second is { } used)
            {
                usedNumbers.Add(used);
            }

            into.Add(new Quantity(new TextSpan(number.Span.Start, tokens[whatEnd - 1].Span.End), number.Value, unit.Value, what, max, number.Approximate));
            k = whatEnd - 1;
        }
    }
}
