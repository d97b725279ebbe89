using BenchmarkDotNet.Attributes;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Numbers;
using Marsad.Sentences;
using Marsad.Tokenization;

namespace Marsad.Benchmarks;

/// <summary>
/// The event stages over one article at a time (corpus/events: invented news copy written for Marsad, about 4 KB of
/// UTF-8, dense with events), single thread: the publication-date inferrer on the undated article and the event
/// finder on the article with tokens, sentences, dates and numbers. Articles per second = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class EventFinderBenchmarks
{
    static readonly DateOnly Anchor = new(2023, 5, 14);

    readonly PublicationDateInferrer _inferrer = PublicationDateInferrer.CreateDefault();
    readonly EventFinder _finder = EventFinder.CreateDefault();
    Document _undated = null!;
    Document _prepared = null!;

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Articles() =>
        Directory.GetFiles(CorpusFolder(), "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder(), Article));
        _undated = new SentenceSplitter().Run(new Tokenizer().Run(new Document("bench", new ArticleSource("bench", 0), text)));
        var dated = _undated with { Source = _undated.Source with { Published = Anchor } };
        _prepared = new NumberFinder(NumberLexicon.Default).Run(DateFinder.CreateDefault().Run(dated));
    }

    [Benchmark]
    public bool InferPublicationDate() => _inferrer.Run(_undated).InferredPublished is not null;

    [Benchmark]
    public int FindEvents() => _finder.Run(_prepared).Events.Length;

    /// <summary>corpus/events in the source tree: found by walking up from the binary to the folder holding Marsad.slnx.</summary>
    static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "Marsad.Benchmarks", "corpus", "events");
            }
        }

        throw new DirectoryNotFoundException("Cannot find Marsad.slnx above " + AppContext.BaseDirectory);
    }
}
