namespace Marsad.Entities.Tagging;

/// <summary>
/// The words (folded forms and stems, as hashes) seen often enough in training to keep their own identity
/// features. Rarer words read as one shared "unknown word" both in training and in tagging, so the tagger
/// learns what an unfamiliar word in a given context tends to be, instead of memorising hapaxes whose
/// weights unseen names could never use (the classic unknown-word treatment of HMM and neural taggers).
/// </summary>
internal sealed class NerVocabulary
{
    /// <summary>The hash every out-of-vocabulary word and stem takes.</summary>
    public static readonly ulong Unknown = FeatureHash.Of("<unk>");

    readonly HashSet<ulong> _known;

    NerVocabulary(HashSet<ulong> known) => _known = known;

    public int Count => _known.Count;

    /// <summary>The hash itself when the word is known, else <see cref="Unknown"/>.</summary>
    public ulong Map(ulong hash) => _known.Contains(hash) ? hash : Unknown;

    /// <summary>Words and stems seen at least <paramref name="minCount"/> times in the sentences.</summary>
    public static NerVocabulary Build(IEnumerable<NerSentence> sentences, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var s in sentences)
        {
            foreach (var token in s.Tokens)
            {
                var forms = NerWordForms.Of(token ?? "");
                var folded = FeatureHash.Of(forms.Folded);
                var stem = FeatureHash.Of(forms.Stem);
                counts[folded] = counts.GetValueOrDefault(folded) + 1;
                if (stem != folded)
                {
                    counts[stem] = counts.GetValueOrDefault(stem) + 1;
                }
            }
        }

        return new NerVocabulary([.. counts.Where(p => p.Value >= minCount).Select(p => p.Key)]);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_known.Count);
        foreach (var h in _known.Order())
        {
            writer.Write(h);
        }
    }

    public static NerVocabulary Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        var known = new HashSet<ulong>(n);
        for (var i = 0; i < n; i++)
        {
            known.Add(reader.ReadUInt64());
        }

        return new NerVocabulary(known);
    }
}
