using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Benchmarks;

/// <summary>
/// The gazetteer matcher over pre-tokenised articles (tokens are built once in setup with a simple splitter, as
/// the real tokenizer runs before it). Articles come from ../shared (ANT corpus, first 200 Middle East files) when
/// present, else from an invented Arabic paragraph repeated to ~3.5 KB. Target: ≥ 5,000 articles/s per core.
/// </summary>
[MemoryDiagnoser]
public partial class GazetteerBenchmarks
{
    const int Articles = 200;

    GazetteerMatcher _matcher = null!;
    Document[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _matcher = KnowledgeBase.LoadDefault().Matcher;
        _docs = [.. Texts().Select(t => new Document("b", new ArticleSource("b", 0), t) { Tokens = Tokenize(t) })];
    }

    /// <summary>All prepared articles once; divide by <see cref="Articles"/> for the per-article time.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int MatchArticles()
    {
        var n = 0;
        foreach (var doc in _docs)
        {
            n += _matcher.FindAll(doc).Count;
        }

        return n;
    }

    static IEnumerable<string> Texts()
    {
        var corpus = FindCorpus();
        if (corpus is not null)
        {
            return Directory.GetDirectories(corpus).SelectMany(d => Directory.EnumerateFiles(Path.Combine(d, "middleEast"), "*.txt"))
                .Order(StringComparer.Ordinal).Take(Articles)
                .Select(f => TextElement().Match(File.ReadAllText(f)).Groups[1].Value);
        }

        const string Paragraph = "قال رئيس الوزراء محمد شياع السوداني إن الحكومة العراقية ستعمل مع التحالف الدولي وبغداد وأربيل " +
            "على ضبط الحدود، فيما أعلنت كتائب حزب الله أنها لن تستهدف قاعدة عين الأسد، وأكد وزير الخارجية الإيراني عباس عراقجي " +
            "أن طهران تدعم الحوار. وفي دمشق التقى المبعوث الأممي بالمسؤولين السوريين لبحث ملف اللاجئين والمعابر. ";
        var text = string.Concat(Enumerable.Repeat(Paragraph, 3500 / Paragraph.Length + 1));
        return Enumerable.Repeat(text, Articles);
    }

    static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpora", "news", "antcorpus-middleeast");
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Words are letter runs; proclitics are split greedily (و/ف, ب/ل/ك, ال or لل) like the tokenizer would.</summary>
    static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ArabicLetters.IsDiacritic(text[i])))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            var folded = ArabicFolding.Fold(text.AsSpan(start, i - start));
            if (folded.Length > 0)
            {
                var prefix = Prefix(folded);
                tokens.Add(new Token(new TextSpan(start, i), folded, folded[prefix.Length..], prefix));
            }
        }

        return tokens.ToImmutable();
    }

    static string Prefix(string w)
    {
        var n = w.Length > 3 && w[0] is 'و' or 'ف' ? 1 : 0;
        if (w.AsSpan(n).StartsWith("لل") && w.Length - n > 4)
        {
            return w[..(n + 2)];
        }

        n += w.Length - n > 3 && w[n] is 'ب' or 'ل' or 'ك' ? 1 : 0;
        n += w.AsSpan(n).StartsWith("ال") && w.Length - n > 4 ? 2 : 0;
        return w[..n];
    }

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
