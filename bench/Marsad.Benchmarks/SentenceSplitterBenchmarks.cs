using BenchmarkDotNet.Attributes;
using Marsad.Documents;
using Marsad.Sentences;

namespace Marsad.Benchmarks;

/// <summary>Sentence splitting of already tokenized articles; one operation is one article.</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    readonly SentenceSplitter _splitter = new();
    Document[] _docs = [];

    [GlobalSetup]
    public void Setup() => _docs = BenchmarkCorpus.Tokenized();

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Articles)]
    public int Split()
    {
        var sentences = 0;
        foreach (var doc in _docs)
        {
            sentences += _splitter.Run(doc).Sentences.Length;
        }

        return sentences;
    }
}
