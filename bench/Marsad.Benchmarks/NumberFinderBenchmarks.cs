using BenchmarkDotNet.Attributes;
using Marsad.Documents;
using Marsad.Numbers;

namespace Marsad.Benchmarks;

/// <summary>Number finding in tokenized, sentence-split articles; one operation is one article.</summary>
[MemoryDiagnoser]
public class NumberFinderBenchmarks
{
    readonly NumberFinder _finder = new();
    Document[] _docs = [];

    [GlobalSetup]
    public void Setup() => _docs = BenchmarkCorpus.Split();

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Articles)]
    public int Find()
    {
        var numbers = 0;
        foreach (var doc in _docs)
        {
            numbers += _finder.Run(doc).Numbers.Length;
        }

        return numbers;
    }
}
