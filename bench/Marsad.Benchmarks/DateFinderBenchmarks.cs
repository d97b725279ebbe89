using BenchmarkDotNet.Attributes;
using Marsad.Dates;

namespace Marsad.Benchmarks;

/// <summary>
/// The date finder over one Arabic news article at a time (texts written for Marsad in corpus/dates/, about 4 KB
/// of UTF-8 each, dense with dates), single thread. Articles per second = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class DateFinderBenchmarks
{
    static readonly DateOnly Anchor = new(2021, 4, 8);

    readonly DateFinder _finder = DateFinder.CreateDefault();
    string _text = "";

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Articles() =>
        Directory.GetFiles(CorpusFolder(), "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(CorpusFolder(), Article));

    [Benchmark]
    public int FindDates() => _finder.Find(_text, Anchor).Length;

    [Benchmark]
    public bool ParsePublicationDate() => PublicationDateParser.TryParse(_text, out _, out _);

    /// <summary>corpus/dates in the source tree: found by walking up from the binary to the folder holding Marsad.slnx.</summary>
    static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "Marsad.Benchmarks", "corpus", "dates");
            }
        }

        throw new DirectoryNotFoundException("Cannot find Marsad.slnx above " + AppContext.BaseDirectory);
    }
}
