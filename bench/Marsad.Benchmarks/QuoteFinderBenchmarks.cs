using BenchmarkDotNet.Attributes;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Entities.Knowledge;
using Marsad.Quotes;

namespace Marsad.Benchmarks;

/// <summary>
/// The quote finder alone over the fixed sample (corpus/, about 4.5 KB of UTF-8 each, seven reported statements per
/// article), prepared in setup with tokens, sentences, dates and the knowledge-base mentions (longest first, no
/// overlaps, as the recogniser leaves them). One operation is one article. Target: ≥ 10,000 articles/s per core.
/// </summary>
[MemoryDiagnoser]
public class QuoteFinderBenchmarks
{
    readonly QuoteFinder _finder = QuoteFinder.CreateDefault();
    Document[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeBase.LoadDefault();
        var dates = DateFinder.CreateDefault();
        _docs = [.. BenchmarkCorpus.Split().Select(d => WithMentions(dates.Run(d), kb))];
    }

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Articles)]
    public int Find()
    {
        var quotes = 0;
        foreach (var doc in _docs)
        {
            quotes += _finder.Run(doc).Quotes.Length;
        }

        return quotes;
    }

    /// <summary>The gazetteer's candidates reduced to a sorted, non-overlapping layer, with their entities.</summary>
    public static Document WithMentions(Document doc, KnowledgeBase kb)
    {
        var mentions = new List<Mention>();
        var end = -1;
        foreach (var m in kb.Matcher.FindAll(doc).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (m.Span.Start >= end)
            {
                mentions.Add(m);
                end = m.Span.End;
            }
        }

        var entities = mentions.Select(m => m.EntityId!).Distinct(StringComparer.Ordinal).Select(id => kb.ToEntity(kb.Get(id)!));
        return doc with { Mentions = [.. mentions], Entities = [.. entities] };
    }
}
