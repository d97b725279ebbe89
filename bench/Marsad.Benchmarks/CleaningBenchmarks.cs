using BenchmarkDotNet.Attributes;
using Marsad.Cleaning;
using Marsad.Inputs;

namespace Marsad.Benchmarks;

/// <summary>
/// Page cleaning throughput over corpus/pages: text scrapes and HTML pages separately (HTML pays for AngleSharp),
/// plus the input reader (encoding detection, hashing) on the raw bytes.
/// </summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    readonly PageCleaner _cleaner = PageCleaner.CreateDefault();
    readonly InputReader _reader = new();
    List<RawPage> _text = [];
    List<RawPage> _html = [];
    List<(string Path, byte[] Bytes)> _files = [];

    [GlobalSetup]
    public void Load()
    {
        var folder = CorpusFolder();
        _files = [.. Directory.GetFiles(folder).Where(p => !p.EndsWith(".md", StringComparison.Ordinal)).Order().Select(p => (p, File.ReadAllBytes(p)))];
        var pages = _files.SelectMany(f => _reader.Read(f.Path, f.Bytes).Pages).ToList();
        _text = [.. pages.Where(p => p.Format == PageFormat.Text)];
        _html = [.. pages.Where(p => p.Format == PageFormat.Html)];
    }

    /// <summary>One operation = one text page (~4 KB on average).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int CleanTextPage()
    {
        var n = 0;
        foreach (var page in _text)
        {
            n += _cleaner.Clean(page).Count;
        }

        return n;
    }

    /// <summary>One operation = one HTML page.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int CleanHtmlPage()
    {
        var n = 0;
        foreach (var page in _html)
        {
            n += _cleaner.Clean(page).Count;
        }

        return n;
    }

    /// <summary>One operation = one file read (decode, sniff, hash).</summary>
    [Benchmark(OperationsPerInvoke = 9)]
    public int ReadInput()
    {
        var n = 0;
        foreach (var (path, bytes) in _files)
        {
            n += _reader.Read(path, bytes).Pages.Length;
        }

        return n;
    }

    static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "Marsad.Benchmarks", "corpus", "pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("bench/Marsad.Benchmarks/corpus/pages not found above " + AppContext.BaseDirectory);
    }
}
