using Marsad.Documents;

namespace Marsad.Events;

/// <summary>Words the trigger table matches by their stem that are not the event noun itself (docs/events.md, "Triggers").</summary>
internal static class TriggerLookalikes
{
    /// <summary>
    /// True when the word is the nisba adjective of the trigger noun (الهجومية "offensive" from هجوم): the light stem
    /// folds ية away, but the adjective describes, it does not name a happening (العمليات العسكرية الهجومية). The
    /// masculine ـي counts only after the article: a definite noun takes no possessive, so الاجتماعي is "social"
    /// (مواقع التواصل الاجتماعي), while a bare اجتماعي may still be "my meeting" in a quote.
    /// </summary>
    public static bool IsNisba(in Token token, string stem)
    {
        var word = token.Base;
        if (!word.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        if (word.Length == stem.Length + 2)
        {
            return word.EndsWith("يه", StringComparison.Ordinal) || word.EndsWith("ية", StringComparison.Ordinal);
        }

        return word.Length == stem.Length + 1 && word[^1] == 'ي' && PhraseIndex<CueRole>.HasArticle(token.Prefix);
    }
}
