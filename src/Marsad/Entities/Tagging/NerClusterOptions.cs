namespace Marsad.Entities.Tagging;

/// <summary>
/// Settings of <see cref="NerClusterLearner.Learn"/>: skip-gram embedding size and training, then k-means at
/// several granularities. The defaults made the shipped clusters; see docs/ner.md for the ablation.
/// </summary>
public sealed record NerClusterOptions
{
    /// <summary>Embedding dimensions; a multiple of 8 (one SIMD lane group).</summary>
    public int Dimensions { get; init; } = 96;

    /// <summary>Largest context distance; each position samples a window in [1, Window] (word2vec's dynamic window).</summary>
    public int Window { get; init; } = 5;

    /// <summary>Negative samples per positive pair.</summary>
    public int Negatives { get; init; } = 5;

    public int Epochs { get; init; } = 5;

    /// <summary>Words seen fewer times get no vector (and no cluster): their contexts are too few to place them.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>Frequent-word subsampling threshold (Mikolov et al. 2013): very common words are skipped at random.</summary>
    public double Subsample { get; init; } = 1e-4;

    public float LearningRate { get; init; } = 0.025f;

    /// <summary>Cluster counts, coarse to fine; each level is its own k-means run over the same vectors.</summary>
    public IReadOnlyList<int> Granularities { get; init; } = [64, 256, 1024];

    public int KMeansIterations { get; init; } = 20;

    public int Seed { get; init; } = 20180101;
}
