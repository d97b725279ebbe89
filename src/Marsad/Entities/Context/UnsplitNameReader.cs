using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Context;

/// <summary>
/// Listed names behind a proclitic the tokenizer left on a word it does not know (لطهران، لداعش، لحزب الله): the
/// knowledge base's matcher looks past the tokenizer's proclitics only, so these are read here.
/// </summary>
internal sealed class UnsplitNameReader(KnowledgeBase kb)
{
    /// <summary>The cue of a listed name found behind a proclitic the tokenizer left on it.</summary>
    const string UnsplitCue = "proclitic";

    // Shorter words than this (لبن، وعد) are more often a word of their own than a proclitic and a name.
    const int MinUnsplitLength = 4;

    // Only the prepositions: a conjunction read off a word the tokenizer left whole too often leaves a place name
    // that is a word (ورقة 'paper' is not و + الرقة).
    const string UnsplitPrepositions = "بل";

    /// <summary>
    /// A listed name behind a proclitic the tokenizer left on it (لطهران، لداعش، لقسد، لحزب الله): the knowledge base's
    /// matcher looks past the tokenizer's proclitics only. The name must be one the matcher would fire on alone (not
    /// an ambiguous alias) and name a single entry.
    /// </summary>
    public void Read(TokenFacts f, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsWord(i) || f.HasClitics(i) || f.IsDefinite(i) || index.Covering(i) is not null || f.Stop(i) != WordClass.None
                || f.Folded(i).Length < MinUnsplitLength || !UnsplitPrepositions.Contains(f.Folded(i)[0], StringComparison.Ordinal))
            {
                continue;
            }

            var cursor = 0;
            while (f.NextForm(i, ref cursor, out var form, out var stripped))
            {
                if (stripped <= 0 || !kb.NameTokens.Contains(new string(form)) || f.Lexicon.StopClass(form) != WordClass.None)
                {
                    continue;
                }

                var text = new string(form);
                // A descriptor (بجبال حمرين) stays outside the name, as in a knowledge-base match.
                if (f.Lexicon.Descriptor(text) is null && UnsplitPhrase(f, index, i, text) is { } phrase)
                {
                    // لحزب الله، لقوات سوريا الديمقراطية: a listed name of several words behind the proclitic.
                    found.Add(phrase with { Span = new TextSpan(f.StartAfter(i, stripped), phrase.Span.End) });
                    break;
                }

                var entries = kb.FindByName(text).Take(2).ToList();
                // A guarded alias stays guarded behind a proclitic too: the guarded words hold every spelling of it, with
                // and without its article (لقاسم is not قضاء القاسم).
                if (entries.Count == 1 && !kb.IsGuardedWord(form))
                {
                    found.Add(new Mention(new TextSpan(f.StartAfter(i, stripped), f.Span(i).End), entries[0].Kind, MentionSource.Context, entries[0].EntityId, UnsplitCue));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The longest listed name of two to <see cref="NameReader.MaxNameTokens"/> words that starts with the stripped
    /// form of token <paramref name="i"/> and goes on with the tokens after it, when it names a single entry.
    /// </summary>
    Mention? UnsplitPhrase(TokenFacts f, MentionIndex index, int i, string first)
    {
        Mention? best = null;
        var name = first;
        for (var j = i + 1; j < f.Count && j - i < NameReader.MaxNameTokens && f.IsWord(j) && f.Sentence(j) == f.Sentence(i)
            && index.Covering(j) is null; j++)
        {
            name += " " + f.Folded(j);
            var entries = kb.FindByName(name).Take(2).ToList();
            if (entries.Count == 1)
            {
                best = new Mention(new TextSpan(f.Span(i).Start, f.Span(j).End), entries[0].Kind, MentionSource.Context, entries[0].EntityId, UnsplitCue);
            }
        }

        return best;
    }
}
