using System.Text.RegularExpressions;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Tokenization;

/// <summary>
/// Runs the text stages over the real pages in ../shared (the seed articles and a slice of the ANT news corpus)
/// and checks the invariants there: real scrapes hold what hand-written fixtures miss. Skipped when ../shared is absent.
/// </summary>
public partial class SharedTextTests
{
    // Every n-th corpus file: about 150 articles, enough variety, under a second.
    const int CorpusStride = 50;

    [SharedFact]
    public void Text_stages_keep_their_invariants_on_seed_articles()
    {
        var files = Directory.GetFiles(SharedData.Seeds!, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Check(File.ReadAllText(file));
        }
    }

    [SharedFact]
    public void Text_stages_keep_their_invariants_on_corpus_articles()
    {
        var root = Path.Combine(SharedData.Corpora!, "news", "antcorpus-middleeast");
        Assert.True(Directory.Exists(root), $"{root} is missing from ../shared");
        var files = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % CorpusStride == 0).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var match = Body().Match(File.ReadAllText(file));
            Check(match.Success ? match.Groups[1].Value : "");
        }
    }

    static void Check(string text)
    {
        var doc = TestDocuments.Process(text);
        foreach (var sentence in doc.Sentences)
        {
            Assert.False(CharClasses.HasLineBreak(doc.Text, sentence.Span.Start, sentence.Span.End), $"sentence crosses a line: {doc[sentence.Span]}");
        }
    }

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex Body();
}
