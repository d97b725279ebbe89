using BenchmarkDotNet.Attributes;
using Marsad.Entities.Tagging;

namespace Marsad.Benchmarks;

/// <summary>
/// Tagging speed of the shipped NER model over the ANERcorp test split (25,008 tokens, read from ../shared at run
/// time; never copied into the repository). Tokens per second = 25,008 / mean time of <see cref="TagTestSplit"/>.
/// <see cref="TagTestSplitColdCache"/> starts from an empty per-word score cache, as a fresh process would.
/// </summary>
[MemoryDiagnoser]
public class NerTaggerBenchmarks
{
    NerModel _model = null!;
    NerTagger _tagger = null!;
    IReadOnlyList<IReadOnlyList<string>> _document = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = NerRecipe.LoadShipped();
        _tagger = new NerTagger(_model);
        _document = [.. LoadTestSplit().Select(s => s.Tokens)];
        _tagger.TagDocument(_document);
    }

    /// <summary>Tokens in the benchmark document, for turning times into tokens per second.</summary>
    public int Tokens => _document.Sum(s => s.Count);

    [Benchmark]
    public string[][] TagTestSplit() => _tagger.TagDocument(_document);

    [Benchmark]
    public string[][] TagTestSplitColdCache() => new NerTagger(_model).TagDocument(_document);

    [Benchmark]
    public NerModel LoadModel() => NerRecipe.LoadShipped();

    static IReadOnlyList<NerSentence> LoadTestSplit()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                var path = Path.Combine(dir.Parent!.FullName, "shared", "corpora", NerRecipe.TestFile);
                using var reader = new StreamReader(path);
                return NerCorpus.Read(reader);
            }
        }

        throw new FileNotFoundException("The NER benchmark reads ../shared/corpora/anercorp; it is not next to this clone.");
    }
}
