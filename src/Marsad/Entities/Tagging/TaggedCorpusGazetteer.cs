namespace Marsad.Entities.Tagging;

/// <summary>
/// Label priors from unlabeled text: a first-pass tagger reads the whole news corpus, and every word (by stem)
/// gets a category naming the entity type it was mostly tagged with across all its occurrences, graded by
/// share and frequency. Context seen anywhere in the corpus (الرئيس X، X الفرنسي) thus reaches the word
/// wherever it appears. Stored as hashed stems, like the other gazetteers.
/// </summary>
internal sealed class TaggedCorpusGazetteer : IGazetteerFeatures
{
    // Shares of a word's occurrences tagged as one entity type: graded high, middle, low; below low, no entry.
    const double High = 0.5;
    const double Middle = 0.2;
    const double Low = 0.05;

    // Occurrence counts separating a word seen a handful of times from one seen often.
    const int Often = 10;
    const int Several = 3;

    readonly PhraseTable _table;

    TaggedCorpusGazetteer(PhraseTable table) => _table = table;

    public string Name => "news";

    public int Count => _table.Count;

    public void FindMatches(IReadOnlyList<string> folded, IReadOnlyList<string> stems, ICollection<GazetteerMatch> matches) =>
        _table.FindMatches(folded, stems, matches);

    /// <summary>Tags every sentence of <paramref name="text"/> with <paramref name="tagger"/> and keeps each word's type shares.</summary>
    public static TaggedCorpusGazetteer Build(NerTagger tagger, IReadOnlyList<IReadOnlyList<string>> text)
    {
        var labels = tagger.Model.Labels;
        var types = labels.Types.Count + 1;
        var counts = new Dictionary<ulong, int[]>();
        var path = new int[256];
        foreach (var sentence in text)
        {
            if (path.Length < sentence.Count)
            {
                path = new int[sentence.Count * 2];
            }

            tagger.TagIndices(sentence, path.AsSpan(0, sentence.Count));
            for (var i = 0; i < sentence.Count; i++)
            {
                var stem = FeatureHash.Of(NerWordForms.Of(sentence[i]).Stem);
                if (!counts.TryGetValue(stem, out var c))
                {
                    counts[stem] = c = new int[types];
                }

                c[path[i] == NerLabelSet.Outside ? 0 : 1 + ((path[i] - 1) / 2)]++;
            }
        }

        // One entry per word: the entity type it was tagged with most (ties go to the first type).
        var table = new PhraseTable();
        foreach (var (stem, c) in counts.OrderBy(p => p.Key))
        {
            var best = 1;
            for (var t = 2; t < types; t++)
            {
                best = c[t] > c[best] ? t : best;
            }

            var total = c.Sum();
            var share = (double)c[best] / total;
            if (share >= Low)
            {
                var grade = share >= High ? "high" : share >= Middle ? "middle" : "low";
                var frequency = total >= Often ? "often" : total >= Several ? "several" : "few";
                table.AddKey(stem, [], $"{labels.Types[best - 1]}:{grade}:{frequency}");
            }
        }

        return new TaggedCorpusGazetteer(table);
    }

    public void Write(BinaryWriter writer) => _table.Write(writer);

    public static TaggedCorpusGazetteer Read(BinaryReader reader) => new(PhraseTable.Read(reader));
}
