using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Marks the tokens of whole utterances in direct quotes (قال: «…»، قال إن «…») — docs/events.md, "Narrative context".
/// What a speaker says happened is his claim, which the quote layer carries with its speaker: a trigger there codes
/// no event (only the speech acts the words themselves perform — a threat, a demand, a refusal, a condemnation, a
/// welcome), and it does not make a later definite noun
/// given information. A quoted fragment woven into the narrator's sentence (إن أربيل «قد تطلب …») is narration.
/// </summary>
internal static class QuotedClaims
{
    /// <summary>One flag per token: true inside a quoted whole utterance.</summary>
    public static bool[] Mark(Document doc)
    {
        var marks = new bool[doc.Tokens.Length];
        foreach (var q in doc.Quotes)
        {
            if (!q.Direct || !WholeUtterance(doc.Text, q.Content))
            {
                continue;
            }

            for (var t = FirstTokenFrom(doc, q.Content.Start); t < doc.Tokens.Length && doc.Tokens[t].Span.End <= q.Content.End; t++)
            {
                marks[t] = true;
            }
        }

        return marks;
    }

    /// <summary>The first token starting at or after <paramref name="position"/> (tokens are in text order).</summary>
    static int FirstTokenFrom(Document doc, int position)
    {
        int lo = 0, hi = doc.Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (doc.Tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>True when the quote opens after a colon, or after إن/أن/بأن, bare or with a pronoun (the whole clause is the speaker's words).</summary>
    static bool WholeUtterance(string text, TextSpan content)
    {
        var k = content.Start - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || char.IsPunctuation(text[k])) && text[k] != ':')
        {
            k--;
        }

        if (k < 0 || text[k] == ':')
        {
            return true;
        }

        var end = k + 1;
        while (k >= 0 && !char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        var word = text.AsSpan(k + 1, end - k - 1);
        // With a pronoun (بأنه «…»، إنها «…») the quote is still the complement clause.
        return word is "إن" or "أن" or "ان" or "بأن" or "بان" or "وإن" or "وأن"
            or "إنه" or "أنه" or "بأنه" or "إنها" or "أنها" or "بأنها" or "إنهم" or "أنهم" or "بأنهم";
    }

    /// <summary>
    /// Speech acts a speaker performs by the quoted words themselves (نطالب، نرفض، ندين، نحذر): events even inside a
    /// quoted whole utterance, unlike the happenings the speaker reports there.
    /// </summary>
    public static bool Performative(EventCategory category) =>
        category is EventCategory.Threaten or EventCategory.Request or EventCategory.Reject or EventCategory.Accuse
            or EventCategory.Support;
}
