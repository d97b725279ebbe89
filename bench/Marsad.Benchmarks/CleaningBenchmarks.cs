using BenchmarkDotNet.Attributes;
using Marsad.Cleaning;
using Marsad.Inputs;

namespace Marsad.Benchmarks;

/// <summary>
/// Page cleaning throughput over the invented pages of samples/ and eval/pages/ (text scrapes and HTML pages
/// separately: HTML pays for AngleSharp), plus the input reader (encoding detection, hashing) on the raw bytes.
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
        _files = [.. PageFiles().Select(p => (p, File.ReadAllBytes(p)))];
        var pages = _files.SelectMany(f => _reader.Read(f.Path, f.Bytes).Pages).ToList();
        _text = [.. pages.Where(p => p.Format == PageFormat.Text)];
        _html = [.. pages.Where(p => p.Format == PageFormat.Html)];
    }

    /// <summary>One operation = every text page once.</summary>
    [Benchmark]
    public int CleanTextPage()
    {
        var n = 0;
        foreach (var page in _text)
        {
            n += _cleaner.Clean(page).Count;
        }

        return n;
    }

    /// <summary>One operation = every HTML page once.</summary>
    [Benchmark]
    public int CleanHtmlPage()
    {
        var n = 0;
        foreach (var page in _html)
        {
            n += _cleaner.Clean(page).Count;
        }

        return n;
    }

    /// <summary>One operation = every page file read (decode, sniff, hash).</summary>
    [Benchmark]
    public int ReadInput()
    {
        var n = 0;
        foreach (var (path, bytes) in _files)
        {
            n += _reader.Read(path, bytes).Pages.Length;
        }

        return n;
    }

    static IEnumerable<string> PageFiles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return new[] { "samples", Path.Combine("eval", "pages") }
                    .SelectMany(f => Directory.GetFiles(Path.Combine(dir.FullName, f)))
                    .Where(p => Path.GetExtension(p) is ".txt" or ".html" or ".jsonl")
                    .Order(StringComparer.Ordinal);
            }
        }

        throw new DirectoryNotFoundException("Marsad.slnx not found above " + AppContext.BaseDirectory);
    }
}
