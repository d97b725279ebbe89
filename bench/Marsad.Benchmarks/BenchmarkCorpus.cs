using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Numbers;
using Marsad.Sentences;
using Marsad.Tokenization;

namespace Marsad.Benchmarks;

/// <summary>
/// The fixed benchmark sample: the articles under <c>corpus/</c> (invented news copy written for Marsad, about
/// 2,500 UTF-16 characters or 4.5 KB of UTF-8 each), as documents at each stage of the text layer.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>How many articles <c>corpus/</c> holds; benchmarks divide by it (OperationsPerInvoke) to report one article.</summary>
    public const int Articles = 3;

    /// <summary>The raw article texts, in file-name order.</summary>
    public static ImmutableArray<string> Texts { get; } = Load();

    /// <summary>Fresh documents with only text.</summary>
    public static Document[] Plain() => [.. Texts.Select((t, i) => new Document($"bench-{i}", new ArticleSource("corpus", i), t))];

    /// <summary>Documents with tokens.</summary>
    public static Document[] Tokenized() => [.. Plain().Select(new Tokenizer().Run)];

    /// <summary>Documents with tokens and sentences.</summary>
    public static Document[] Split() => [.. Tokenized().Select(new SentenceSplitter().Run)];

    /// <summary>Documents with tokens, sentences and numbers.</summary>
    public static Document[] Full() => [.. Split().Select(new NumberFinder().Run)];

    static ImmutableArray<string> Load()
    {
        var assembly = typeof(BenchmarkCorpus).Assembly;
        ImmutableArray<string> texts = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("corpus/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return reader.ReadToEnd();
            })];
        return texts.Length == Articles
            ? texts
            : throw new InvalidOperationException($"corpus/ holds {texts.Length} articles; set BenchmarkCorpus.Articles to match.");
    }
}
