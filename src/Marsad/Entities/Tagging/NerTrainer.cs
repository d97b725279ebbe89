using System.Diagnostics;

namespace Marsad.Entities.Tagging;

/// <summary>
/// Trains a <see cref="NerModel"/> from IOB2-annotated sentences. One pass: feature resources (training-split
/// gazetteer, name lists, trigger words, clusters), then an averaged perceptron or a CRF. Two passes (stacking,
/// Wolpert 1992): first-pass models trained on all blocks of the data but one tag the held-out block and the
/// unlabeled text, so the second pass learns from document-context and label-prior features exactly as noisy
/// as they will be on new text. Deterministic: the same data, options and seed give the same model bit for bit.
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, NerTrainingOptions options, Action<NerTrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var train = sentences.Where(s => s.Tags is not null && s.Count > 0).ToList();
        if (!options.TwoPass)
        {
            var set = NerTrainingSet.Build(train, options);
            var dev = options.Dev?.Where(s => s.Tags is not null).ToList() ?? [];
            var (w, t) = OnePassLearner.Fit(set, options, dev, [.. dev.Select(s => set.EncodeHeldOut(s))], "single pass", clock, progress);
            return set.ToModel(w, t);
        }

        // The first pass only has to be a decent, fast reader of context: the perceptron, whatever the second pass uses.
        var first = options with { Learner = NerLearner.Perceptron, ContextWindow = -1, Unlabeled = null, Dev = null };
        var folds = Math.Clamp(options.StackFolds, 2, train.Count);
        var firstPaths = new int[train.Count][];
        var foldNews = new TaggedCorpusGazetteer?[folds];
        for (var f = 0; f < folds; f++)
        {
            var (lo, hi) = (train.Count * f / folds, train.Count * (f + 1) / folds);
            var phase = $"first pass, fold {f + 1}/{folds}";
            var model = Train([.. train.Take(lo), .. train.Skip(hi)], first, p => progress?.Invoke(p with { Phase = phase }));
            var tagger = new NerTagger(model, options.ExternalGazetteers);
            var held = tagger.TagDocumentIndices(train.GetRange(lo, hi - lo).Select(s => s.Tokens).ToList());
            held.CopyTo(firstPaths, lo);
            foldNews[f] = options.Unlabeled is null ? null : TaggedCorpusGazetteer.Build(tagger, options.Unlabeled);
        }

        var firstPass = Train(train, first, p => progress?.Invoke(p with { Phase = "first pass, all data" }));
        var firstTagger = new NerTagger(firstPass, options.ExternalGazetteers);
        var news = options.Unlabeled is null ? null : TaggedCorpusGazetteer.Build(firstTagger, options.Unlabeled);
        var window = Math.Max(0, options.ContextWindow);
        var trainContext = options.ContextWindow >= 0 ? NerTagger.DocumentContext(train.Select(s => s.Tokens).ToList(), firstPaths, window) : null;
        var second = NerTrainingSet.Build(train, options, i => foldNews[(int)((long)i * folds / train.Count)], trainContext);

        var devSentences = options.Dev?.Where(s => s.Tags is not null).ToList() ?? [];
        var devTokens = devSentences.Select(s => s.Tokens).ToList();
        var devContext = options.ContextWindow >= 0 && devSentences.Count > 0
            ? NerTagger.DocumentContext(devTokens, firstTagger.TagDocumentIndices(devTokens), window)
            : null;
        var devEncoded = devSentences.Select((s, i) => second.EncodeHeldOut(s, news, devContext?[i])).ToList();
        var (weights, transitions) = OnePassLearner.Fit(second, options, devSentences, devEncoded, "second pass", clock, progress);
        return second.ToModel(weights, transitions, news, firstPass);
    }
}
