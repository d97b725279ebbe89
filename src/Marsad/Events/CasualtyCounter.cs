using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Counts the dead and injured of an assault from the casualty words of its clause (data/events/casualties.tsv):
/// "مقتل 3 جنود" → 3, "5 جرحى" → 5, "لقي 3 أشخاص حتفهم" → 3, "مقتل طفلة" → 1 (a single person noun), "جرح آخرين" →
/// unknown. The numbers used are returned so they are not read again as quantities.
/// </summary>
internal static class CasualtyCounter
{
    // A count follows its casualty word within this many words (مقتل نحو 110، أسفر عن مقتل 3).
    const int CountWindow = 2;

    // لقي … حتفه: the count and its noun sit between, up to this many words.
    const int InsideWindow = 4;

    public static (int? Dead, int? Injured) Count(SentenceView view, int from, int to, HashSet<int> usedNumbers)
    {
        int? dead = null, injured = null;
        var tokens = view.Tokens;
        for (var i = from; i < to; i++)
        {
            var phrase = view.Lexicon.Casualties.Match(tokens, i, to);
            if (phrase is null || phrase.Value.Kind == CasualtyKind.Person)
            {
                continue;
            }

            var word = phrase.Value;
            var end = i + phrase.Length;
            var count = CountOf(view, word, i, end, to, usedNumbers);
            if (count is { } n)
            {
                if (word.Kind == CasualtyKind.Dead)
                {
                    dead = (dead ?? 0) + n;
                }
                else
                {
                    injured = (injured ?? 0) + n;
                }
            }

            i = end - 1;
        }

        return (dead, injured);
    }

    static int? CountOf(SentenceView view, CasualtyWord word, int start, int end, int to, HashSet<int> used)
    {
        if ((word.Order & CountOrder.Before) != 0 && view.NumberEndingAt(start - 1) is { } before && used.Add(before))
        {
            return Whole(view.Doc.Numbers[before].Value);
        }

        if ((word.Order & CountOrder.Inside) != 0 && !HasWordAfter(view, end, to, "حتف"))
        {
            return null;
        }

        if ((word.Order & (CountOrder.After | CountOrder.Inside)) == 0)
        {
            return null;
        }

        for (var k = end; k < to && k < end + CountWindow; k++)
        {
            if (view.NumberStartingAt(k) is { } after)
            {
                return used.Add(after) ? Whole(view.Doc.Numbers[after].Value) : null;
            }
        }

        if (end < to && view.Lexicon.Casualties.Match(view.Tokens, end, to) is { Value.Kind: CasualtyKind.Person } person)
        {
            return person.Value.PersonCount == 0 ? null : person.Value.PersonCount;
        }

        // لقي حتفه with the victim named before: one person.
        return (word.Order & CountOrder.Inside) != 0 && view.Tokens[end].Stem.StartsWith("حتف", StringComparison.Ordinal) ? 1 : null;
    }

    static bool HasWordAfter(SentenceView view, int from, int to, string stemStart)
    {
        for (var k = from; k < to && k < from + InsideWindow; k++)
        {
            if (view.Tokens[k].Stem.StartsWith(stemStart, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    static int? Whole(decimal value) => value is >= 0 and <= int.MaxValue ? (int)value : null;
}
