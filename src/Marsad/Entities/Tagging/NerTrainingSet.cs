namespace Marsad.Entities.Tagging;

/// <summary>
/// Training sentences turned into weight-row indices, with the resources their features read. Training-split
/// gazetteer features are computed jackknife-style (each block of sentences sees a gazetteer built from the
/// other blocks), so the learner sees gazetteer hits as reliable as they will be on unseen text.
/// </summary>
internal sealed class NerTrainingSet
{
    readonly NerTrainingOptions _options;
    readonly NerFeatureExtractor _extractor;
    readonly Dictionary<ulong, int> _rows;
    readonly IGazetteerFeatures[] _heldOutGazetteers;
    readonly NerResources _resources;

    NerTrainingSet(
        NerTrainingOptions options, NerLabelSet labels, NerFeatureExtractor extractor, Dictionary<ulong, int> rows,
        List<EncodedSentence> sentences, NerResources resources)
    {
        _options = options;
        Labels = labels;
        _extractor = extractor;
        _rows = rows;
        Sentences = sentences;
        _resources = resources;
        _heldOutGazetteers = [.. resources.Gazetteers, .. options.ExternalGazetteers];
    }

    public NerLabelSet Labels { get; }

    public List<EncodedSentence> Sentences { get; }

    public int Rows => _rows.Count;

    /// <summary>
    /// Encodes <paramref name="train"/> (annotated, non-empty sentences). Two-pass training adds, per sentence index,
    /// the first pass's news gazetteer (<paramref name="extraGazetteers"/>) and document-context keys (<paramref name="extraKeys"/>).
    /// </summary>
    public static NerTrainingSet Build(
        List<NerSentence> train, NerTrainingOptions options, Func<int, IGazetteerFeatures?>? extraGazetteers = null, IReadOnlyList<ulong[][]>? extraKeys = null)
    {
        if (train.Count == 0)
        {
            throw new ArgumentException("No annotated sentences to train on.", nameof(train));
        }

        var labels = NerLabelSet.FromSentences(train);
        var useGazetteer = (options.Features & NerFeatures.Gazetteers) != 0;
        var triggers = (options.Features & NerFeatures.Triggers) != 0 ? NerTriggerWords.FromData() : null;
        var gazetteer = useGazetteer ? TrainingGazetteer.Build(train) : null;
        var clusters = (options.Features & NerFeatures.Clusters) != 0 ? options.Clusters : null;
        var lists = (options.Features & NerFeatures.NameLists) != 0 ? ListGazetteer.FromData() : null;
        IGazetteerFeatures[] shared = lists is null ? [.. options.ExternalGazetteers] : [lists, .. options.ExternalGazetteers];
        var vocabulary = options.MinWordCount > 1 ? NerVocabulary.Build(train, options.MinWordCount) : null;
        var extractor = new NerFeatureExtractor(options.Features, clusters, triggers, vocabulary);
        var folds = useGazetteer ? Math.Min(Math.Max(1, options.GazetteerFolds), train.Count) : 1;
        var foldGazetteers = new IGazetteerFeatures[folds][];
        for (var f = 0; f < folds; f++)
        {
            var own = folds == 1 ? gazetteer : TrainingGazetteer.Build(train.Where((_, i) => FoldOf(i, train.Count, folds) != f));
            foldGazetteers[f] = own is null ? shared : [own, .. shared];
        }

        var raw = new List<(ulong[] Keys, int[] Offsets)>(train.Count);
        var counts = new Dictionary<ulong, int>();
        for (var i = 0; i < train.Count; i++)
        {
            var gazetteers = foldGazetteers[FoldOf(i, train.Count, folds)];
            var news = extraGazetteers?.Invoke(i);
            var extracted = Extract(extractor, train[i].Tokens, news is null ? gazetteers : [.. gazetteers, news], extraKeys?[i]);
            raw.Add(extracted);
            foreach (var k in extracted.Keys)
            {
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }

        // Rows follow first appearance, which the data order fixes: part of bit-for-bit reproducibility.
        var rows = new Dictionary<ulong, int>();
        foreach (var (keys, _) in raw)
        {
            foreach (var k in keys)
            {
                if (counts[k] >= options.MinFeatureCount)
                {
                    rows.TryAdd(k, rows.Count);
                }
            }
        }

        var encoded = train.Select((s, i) => Encode(raw[i].Keys, raw[i].Offsets, rows, s.Tags!, labels)).ToList();
        return new NerTrainingSet(options, labels, extractor, rows, encoded, new NerResources(clusters, gazetteer, lists, triggers, Vocabulary: vocabulary));
    }

    /// <summary>Encodes an annotated sentence that was not trained on, seeing the full training gazetteer as a tagger would.</summary>
    public EncodedSentence EncodeHeldOut(NerSentence sentence, IGazetteerFeatures? news = null, ulong[][]? extraKeys = null)
    {
        var (keys, offsets) = Extract(_extractor, sentence.Tokens, news is null ? _heldOutGazetteers : [.. _heldOutGazetteers, news], extraKeys);
        return Encode(keys, offsets, _rows, sentence.Tags!, Labels);
    }

    /// <summary>The model for learned weights (row-major, one row per feature key), without all-zero rows.</summary>
    public NerModel ToModel(float[] weights, float[] transitions, TaggedCorpusGazetteer? news = null, NerModel? firstPass = null)
    {
        var labels = Labels.Count;
        var keys = new List<ulong>(_rows.Count);
        var kept = new List<float>(_rows.Count * labels);
        foreach (var (key, row) in _rows)
        {
            var w = weights.AsSpan(row * labels, labels);
            if (w.ContainsAnyExcept(0f))
            {
                keys.Add(key);
                kept.AddRange(w);
            }
        }

        return new NerModel(Labels, [.. keys], [.. kept], transitions, _options.Features, _resources with { News = news },
            [.. _options.ExternalGazetteers.Select(g => g.Name)], firstPass, Math.Max(0, _options.ContextWindow));
    }

    static int FoldOf(int sentence, int count, int folds) => (int)((long)sentence * folds / count);

    static (ulong[] Keys, int[] Offsets) Extract(
        NerFeatureExtractor extractor, IReadOnlyList<string> tokens, IReadOnlyList<IGazetteerFeatures> gazetteers, ulong[][]? extra = null)
    {
        var keys = new List<ulong>(tokens.Count * 64);
        var offsets = new List<int>(tokens.Count + 1);
        extractor.Extract(tokens, gazetteers, keys, offsets, extra);
        return ([.. keys], [.. offsets]);
    }

    static EncodedSentence Encode(ulong[] keys, int[] offsets, Dictionary<ulong, int> rows, IReadOnlyList<string> tags, NerLabelSet labels)
    {
        var kept = new List<int>(keys.Length);
        var keptOffsets = new int[offsets.Length];
        for (var i = 0; i + 1 < offsets.Length; i++)
        {
            keptOffsets[i] = kept.Count;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (rows.TryGetValue(keys[k], out var row))
                {
                    kept.Add(row);
                }
            }
        }

        keptOffsets[^1] = kept.Count;
        return new EncodedSentence([.. kept], keptOffsets, [.. tags.Select(labels.IndexOf)]);
    }
}
