using Marsad.Resources;

namespace Marsad.Entities.Tagging;

/// <summary>
/// The shipped model's recipe, in one place for the CLI (<c>marsad train ner</c>, <c>marsad eval ner</c>) and the
/// tests: which files it is learned from, with which options, where it ships, and how it is scored. Running
/// <see cref="LearnClusters"/> then <see cref="Train"/> on the same corpora reproduces the shipped files.
/// </summary>
public static class NerRecipe
{
    /// <summary>Embedded resource names (paths under <c>data/</c>).</summary>
    public const string ModelData = "models/ner-tagger.v1.bin";
    public const string ScoreData = "models/ner-tagger.v1.score";
    public const string ClustersData = "models/ner-clusters.v1.bin";

    /// <summary>Corpus files, relative to the shared corpora folder.</summary>
    public const string TrainFile = "anercorp/ANERCorp_CamelLab_train.txt";
    public const string TestFile = "anercorp/ANERCorp_CamelLab_test.txt";
    public const string NewsFolder = "news";

    /// <summary>The model embedded in the engine.</summary>
    public static NerModel LoadShipped()
    {
        using var stream = DataFile.Open(ModelData);
        return NerModel.Load(stream);
    }

    /// <summary>The word clusters embedded in the engine (the input of <see cref="Train"/>).</summary>
    public static NerWordClusters LoadShippedClusters()
    {
        using var stream = DataFile.Open(ClustersData);
        return NerWordClusters.Load(stream);
    }

    /// <summary>Step 1 (slow, separate): word clusters from the unlabeled news and the training split's text.</summary>
    public static NerWordClusters LearnClusters(string corpora, Action<string>? progress = null)
    {
        var documents = NerClusterLearner.ReadTrecText(Path.Combine(corpora, NewsFolder)).ToList();
        documents.Add(string.Join("\n", ReadFile(corpora, TrainFile).Select(s => string.Join(" ", s.Tokens))));
        return NerClusterLearner.Learn(documents, new NerClusterOptions(), progress);
    }

    /// <summary>Step 2: the two-pass tagger from the training split, the clusters and the unlabeled news.</summary>
    public static NerModel Train(string corpora, NerWordClusters clusters, Action<NerTrainingProgress>? progress = null)
    {
        var options = new NerTrainingOptions
        {
            Clusters = clusters,
            Unlabeled = NerClusterLearner.ReadSentences(Path.Combine(corpora, NewsFolder)),
        };
        return NerTrainer.Train(ReadFile(corpora, TrainFile), options, progress);
    }

    /// <summary>Scores a model on the test split, read as one document (so two-pass context spans nearby sentences).</summary>
    public static NerScore Evaluate(NerModel model, string corpora)
    {
        var test = ReadFile(corpora, TestFile);
        var tagged = new NerTagger(model).TagDocument([.. test.Select(s => s.Tokens)]);
        return NerEvaluator.Evaluate(test, tagged);
    }

    static IReadOnlyList<NerSentence> ReadFile(string corpora, string file)
    {
        using var reader = new StreamReader(Path.Combine(corpora, file));
        return NerCorpus.Read(reader);
    }
}
