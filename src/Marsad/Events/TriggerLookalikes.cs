using Marsad.Documents;

namespace Marsad.Events;

/// <summary>Words the trigger table matches by their stem that are not the event noun itself (docs/events.md, "Triggers").</summary>
internal static class TriggerLookalikes
{
    /// <summary>
    /// True when the word is the nisba adjective of the trigger noun (الهجومية "offensive" from هجوم): the light stem
    /// folds ية away, but the adjective describes, it does not name a happening (العمليات العسكرية الهجومية).
    /// </summary>
    public static bool IsNisba(in Token token, string stem)
    {
        var word = token.Base;
        return word.Length == stem.Length + 2 && word.StartsWith(stem, StringComparison.Ordinal)
            && (word.EndsWith("يه", StringComparison.Ordinal) || word.EndsWith("ية", StringComparison.Ordinal));
    }
}
