using BenchmarkDotNet.Attributes;
using Marsad.Documents;
using Marsad.Numbers;
using Marsad.Pipeline;
using Marsad.Sentences;
using Marsad.Tokenization;

namespace Marsad.Benchmarks;

/// <summary>Tokens, sentences and numbers together, as the per-article path runs them; one operation is one article.</summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    readonly DocumentPipeline _pipeline = new([new Tokenizer(), new SentenceSplitter(), new NumberFinder()]);
    Document[] _docs = [];

    [GlobalSetup]
    public void Setup() => _docs = BenchmarkCorpus.Plain();

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Articles)]
    public int TokensSentencesNumbers()
    {
        var numbers = 0;
        foreach (var doc in _docs)
        {
            numbers += _pipeline.Run(doc).Numbers.Length;
        }

        return numbers;
    }
}
