using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Quotes;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads a person's name as the subject right after a verb of saying (قال عباس شومان، وكيل …، إن …; وأكد هشام
/// الزبيدي أن …). In verb–subject order the words after قال are its subject, so a known given name there, followed by
/// more name-like words and closed off by punctuation, a function word or a verb, is a person even with no title
/// around it. The verbs are the finite cue verbs of the quote finder's lexicon (<see cref="QuoteLexicon"/>, with their
/// conjunctions: وقال، ليعلن), so the speaker a quote is given and the person found here are read from the same words.
/// </summary>
internal static class SpeakerNameReader
{
    public static void Read(TokenFacts f, IReadOnlyList<Mention> earlier, List<Mention> found)
    {
        var cues = QuoteLexicon.Default.Cues;
        MentionIndex? index = null;
        List<(int End, string Folded)>? persons = null;
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (!f.IsWord(i) || !cues.TryGetValue(f.Folded(i), out var cue) || cue.Kind != CueKind.Verb)
            {
                continue;
            }

            // Built once, on the first verb of saying: most articles have one, but the per-token loop stays a look-up.
            index ??= new MentionIndex(f.Doc, earlier.Concat(found));
            persons ??= [.. earlier.Concat(found).Where(m => m.Kind == EntityKind.Person).Select(m => (m.Span.End, ArabicFolding.Fold(f.Doc[m.Span])))];
            if (f.Sentence(i + 1) != f.Sentence(i)
                || index.Covering(i + 1) is not null || index.StartingAt(i + 1) is not null)
            {
                continue;
            }

            // Weak evidence (strong: false): the first word must be a known given name or a particle, the name must
            // have two words or more, and a boundary must close it.
            // The first word is a common given name (بيان is a rare one and mostly "statement": وذكر بيان صادر …) or a
            // particle; and a person named earlier whose name ends in these words (إحسان عبد الجبار … وأوضح عبد الجبار)
            // is being referred to by a short form, which coreference links.
            if (NameReader.Forward(f, index, i + 1, strong: false) is var (first, last) && last > first
                && (f.IsCommonName(first) || f.IsParticle(first))
                && !ShortForm(persons, ArabicFolding.Fold(f.Doc.Text[f.Span(first).Start..f.Span(last).End]), f.Span(first).Start))
            {
                var verb = f.Span(i);
                found.Add(new Mention(new TextSpan(f.Span(first).Start, f.Span(last).End), EntityKind.Person, MentionSource.Context, null,
                    f.Doc.Text[verb.Start..verb.End]));
                i = last;
            }
        }
    }

    static bool ShortForm(List<(int End, string Folded)> persons, string name, int start)
    {
        foreach (var (end, folded) in persons)
        {
            if (end <= start && folded.Length > name.Length && folded.EndsWith(" " + name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
