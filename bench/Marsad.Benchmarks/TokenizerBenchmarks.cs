using BenchmarkDotNet.Attributes;
using Marsad.Documents;
using Marsad.Tokenization;

namespace Marsad.Benchmarks;

/// <summary>Tokenizer over the fixed corpus; one operation is one article.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    readonly Tokenizer _tokenizer = new();
    Document[] _docs = [];

    [GlobalSetup]
    public void Setup() => _docs = BenchmarkCorpus.Plain();

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Articles)]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var doc in _docs)
        {
            tokens += _tokenizer.Run(doc).Tokens.Length;
        }

        return tokens;
    }
}
