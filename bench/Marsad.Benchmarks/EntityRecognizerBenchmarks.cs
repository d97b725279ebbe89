using BenchmarkDotNet.Attributes;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Relations;

namespace Marsad.Benchmarks;

/// <summary>
/// The entity recogniser (knowledge base + context rules + coreference) and the relation finder over one article at
/// a time, single thread, and the whole per-article analyze path (every default stage) for comparison. Articles: the
/// three of corpus/ (about 4.5 KB of UTF-8 each) and the two of corpus/entities (about 3 KB each, invented news copy
/// written for Marsad that is dense with titles, names and relations). Articles per second = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class EntityRecognizerBenchmarks
{
    readonly EntityRecognizer _recognizer = EntityRecognizer.CreateDefault();
    readonly RelationFinder _relations = RelationFinder.CreateDefault();
    readonly DocumentPipeline _analyze = new(Engine.DefaultStages());
    readonly DocumentPipeline _beforeEntities = new(Engine.DefaultStages().TakeWhile(s => s is not EntityRecognizer));
    Document _plain = null!;
    Document _prepared = null!;
    Document _recognized = null!;

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Articles() =>
        Directory.GetFiles(CorpusFolder(), "*.txt").Select(f => Path.GetFileName(f))
            .Concat(Directory.GetFiles(Path.Combine(CorpusFolder(), "entities"), "*.txt").Select(f => "entities/" + Path.GetFileName(f)))
            .Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder(), Article));
        _plain = new Document("bench", new ArticleSource("bench", 0, Published: new DateOnly(2022, 6, 1)), text);
        _prepared = _beforeEntities.Run(_plain);
        _recognized = _recognizer.Run(_prepared);
    }

    [Benchmark]
    public int RecognizeEntities() => _recognizer.Run(_prepared).Mentions.Length;

    [Benchmark]
    public int FindRelations() => _relations.Run(_recognized).Relations.Length;

    /// <summary>Every default stage from plain text (what `analyze` runs per article after cleaning).</summary>
    [Benchmark(Baseline = true)]
    public int WholeAnalyzePath() => _analyze.Run(_plain).Mentions.Length;

    /// <summary>corpus/ in the source tree: found by walking up from the binary to the folder holding Marsad.slnx.</summary>
    static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "Marsad.Benchmarks", "corpus");
            }
        }

        throw new DirectoryNotFoundException("Cannot find Marsad.slnx above " + AppContext.BaseDirectory);
    }
}
