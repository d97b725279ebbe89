namespace Marsad.Entities.Tagging;

/// <summary>Settings of one <see cref="NerTrainer.Train"/> run. The defaults train the shipped model.</summary>
public sealed record NerTrainingOptions
{
    public NerLearner Learner { get; init; } = NerLearner.Perceptron;

    /// <summary>Perceptron: passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>CRF: most L-BFGS iterations.</summary>
    public int MaxIterations { get; init; } = 250;

    /// <summary>CRF: L2 penalty λ in λ/2·‖w‖² (a Gaussian prior with variance 1/λ).</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Seed of the perceptron's sentence shuffle. The CRF objective is convex and needs none.</summary>
    public int Seed { get; init; } = 20240401;

    public NerFeatures Features { get; init; } = NerFeatures.All;

    /// <summary>Word clusters learned by <see cref="NerClusterLearner"/>; null trains without cluster features.</summary>
    public NerWordClusters? Clusters { get; init; }

    /// <summary>
    /// Training-split gazetteer features are computed jackknife-style: each of this many contiguous blocks of
    /// the training sentences sees a gazetteer built from the other blocks, as unseen text will. 1 disables it.
    /// </summary>
    public int GazetteerFolds { get; init; } = 5;

    /// <summary>Words seen fewer times than this in training lose their identity features and read as one unknown word.</summary>
    public int MinWordCount { get; init; } = 2;

    /// <summary>Features seen fewer times than this in training are dropped before learning.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// Two-pass tagging: sentences on either side of a sentence whose first-pass tags feed its document-context
    /// features. Negative turns document context off.
    /// </summary>
    public int ContextWindow { get; init; } = 10;

    /// <summary>
    /// Unlabeled tokenized sentences (see <see cref="NerClusterLearner.ReadSentences"/>) for the first pass to tag,
    /// giving every word a label prior. Null turns the priors off. Either this or a context window makes the model two-pass.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? Unlabeled { get; init; }

    /// <summary>Two-pass training: the first pass tags each of this many blocks of the training sentences from a model trained on the others.</summary>
    public int StackFolds { get; init; } = 5;

    /// <summary>Held-out annotated sentences (one document, in order) scored during training; the best-scoring weights are kept.</summary>
    public IReadOnlyList<NerSentence>? Dev { get; init; }

    /// <summary>CRF: score the dev set every this many iterations.</summary>
    public int DevEvery { get; init; } = 10;

    /// <summary>External name lists (e.g. the knowledge base) to learn features from; the tagger needs them too.</summary>
    public IReadOnlyList<IGazetteerFeatures> ExternalGazetteers { get; init; } = [];

    internal bool TwoPass => ContextWindow >= 0 || Unlabeled is not null;
}
