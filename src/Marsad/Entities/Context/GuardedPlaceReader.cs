using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads a listed one-word place name that the matcher does not fire on alone because it is also a common word
/// (kb/ambiguous-tokens.tsv, aliases marked ~: القائم 'the existing', الدورة 'the session', حرير 'silk') where its
/// context makes it the place:
/// <list type="bullet">
/// <item>right after the word for its kind (منطقة الدورة، مدينة القائم): a place word is followed by a place name;</item>
/// <item>coordinated with a listed place, after it (عين الأسد وحرير) or before it (القائم والقيارة): a list of places
/// holds places. The homograph القائم بالأعمال 'chargé d'affaires' goes on with a preposition, so a word followed by
/// one is not read as a place.</item>
/// </list>
/// The mention links to the one knowledge-base place of that name; a name shared by several entries is left alone.
/// </summary>
internal static class GuardedPlaceReader
{
    /// <summary>The cue of a place read from its coordination with a listed place (after its kind word, the word as printed is the cue).</summary>
    const string CoordinationCue = "coordinated place";

    /// <summary>The cue of a place its printed diacritics name (عمّان).</summary>
    const string DiacriticCue = "diacritics";

    /// <summary>The coordinating conjunction و, the only proclitic a coordinated place carries.</summary>
    const string And = "و";

    public static void Read(TokenFacts f, KnowledgeBase kb, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i < f.Count; i++)
        {
            // One frozen look-up per word; only guarded names are looked up in the knowledge base.
            if (!f.IsWord(i) || !kb.IsGuardedWord(f.KeySpan(i)) || index.Covering(i) is not null || f.Stop(i) != WordClass.None)
            {
                continue;
            }

            // عمّان، عُمان: the printed diacritic names one of the places folding made one word.
            var span = f.Span(i);
            var printed = f.Doc.Text[f.StartAfter(i, -1)..span.End];
            if (f.Lexicon.DiacriticName(printed) is { } id && kb.Get(KnowledgeBase.IdPrefix + id) is { } marked)
            {
                found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), span.End), marked.Kind, MentionSource.Context, marked.EntityId, DiacriticCue));
                continue;
            }

            if (Place(kb, f.Key(i)) is not { } entry)
            {
                continue;
            }

            string? cue = null;
            if (i > 0 && !f.HasClitics(i) && f.IsWord(i - 1) && f.Sentence(i - 1) == f.Sentence(i)
                && f.Lexicon.Descriptor(f.Key(i - 1)) == DescriptorClass.Place)
            {
                cue = f.Doc[f.Span(i - 1)];
            }
            else if (!PrepositionFollows(f, i) && (AfterListedPlace(f, index, i) || BeforeListedPlace(f, index, i)))
            {
                cue = CoordinationCue;
            }

            if (cue is not null)
            {
                found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), f.Span(i).End), entry.Kind, MentionSource.Context, entry.EntityId, cue));
            }
        }
    }

    /// <summary>The one knowledge-base entry named by the folded word, when it is a place.</summary>
    static KbEntry? Place(KnowledgeBase kb, string key)
    {
        KbEntry? place = null;
        foreach (var entry in kb.FindByName(key))
        {
            if (place is not null || entry.Kind is not (EntityKind.GeoPolitical or EntityKind.Location))
            {
                return null;
            }

            place = entry;
        }

        return place;
    }

    /// <summary>و + the word right after a listed place's last word (عين الأسد وحرير).</summary>
    static bool AfterListedPlace(TokenFacts f, MentionIndex index, int i) =>
        i > 0 && f.Clitics(i).SequenceEqual(And) && f.Sentence(i - 1) == f.Sentence(i)
        && index.Covering(i - 1) is { Kind: EntityKind.GeoPolitical or EntityKind.Location } place && place.Span.End == f.Span(i - 1).End;

    /// <summary>The word right before و + a listed place (القائم والقيارة).</summary>
    static bool BeforeListedPlace(TokenFacts f, MentionIndex index, int i) =>
        i + 1 < f.Count && f.IsWord(i + 1) && f.Clitics(i + 1).SequenceEqual(And) && f.Sentence(i + 1) == f.Sentence(i)
        && index.StartingAt(i + 1) is { Kind: EntityKind.GeoPolitical or EntityKind.Location };

    static bool PrepositionFollows(TokenFacts f, int i) =>
        i + 1 < f.Count && f.IsWord(i + 1) && f.Sentence(i + 1) == f.Sentence(i) && f.Clitics(i + 1) is [.., 'ب' or 'ل' or 'ك'];
}
