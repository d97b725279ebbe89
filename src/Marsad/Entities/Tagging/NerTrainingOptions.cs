namespace Marsad.Entities.Tagging;

/// <summary>Settings of one <see cref="NerTrainer.Train"/> run. The defaults train the shipped model.</summary>
public sealed record NerTrainingOptions
{
    public NerLearner Learner { get; init; } = NerLearner.Crf;

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

    /// <summary>Features seen fewer times than this in training are dropped before learning.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Held-out annotated sentences scored during training; the best-scoring weights are kept.</summary>
    public IReadOnlyList<NerSentence>? Dev { get; init; }

    /// <summary>CRF: score the dev set every this many iterations.</summary>
    public int DevEvery { get; init; } = 10;

    /// <summary>External name lists (e.g. the knowledge base) to learn features from; the tagger needs them too.</summary>
    public IReadOnlyList<IGazetteerFeatures> ExternalGazetteers { get; init; } = [];
}
