using Marsad.Arabic;
using Marsad.Cleaning;
using Marsad.Inputs;

namespace Marsad.Evaluation;

/// <summary>
/// Scores cleaning against the boilerplate gold pages of eval/pages (trafilatura's with/without snippets, format in
/// eval/pages/README.md): a kept <c>with</c> snippet is a true positive, a lost one a false negative, a leaked
/// <c>without</c> snippet a false positive. Snippets are compared folded.
/// </summary>
public static class CleaningScorer
{
    public sealed record PageScore(string Page, int TruePositives, int TrueNegatives, IReadOnlyList<string> Missing, IReadOnlyList<string> Leaked);

    /// <summary>The gold pages of a folder, by name (without extension), in order.</summary>
    public static IEnumerable<string> Pages(string folder) =>
        Directory.GetFiles(folder, "*.gold").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal);

    public static PageScore Score(string folder, string name, InputReader reader, PageCleaner cleaner)
    {
        var page = Directory.GetFiles(folder, name + ".*").Single(p => !p.EndsWith(".gold", StringComparison.Ordinal));
        var read = reader.Read(page, File.ReadAllBytes(page));
        var articles = cleaner.CleanAll(read.Pages);
        var clean = ArabicFolding.Fold(string.Join("\n\n", articles.Select(a => a.Text)));
        int tp = 0, tn = 0;
        var missing = new List<string>();
        var leaked = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, name + ".gold")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw new FormatException($"{name}.gold: a line needs 'with' or 'without', a tab, and a snippet: {line}");
            }

            var (kind, snippet) = (line[..tab], line[(tab + 1)..]);
            var found = clean.Contains(ArabicFolding.Fold(snippet), StringComparison.Ordinal);
            switch (kind, found)
            {
                case ("with", true): tp++; break;
                case ("with", false): missing.Add(snippet); break;
                case ("without", true): leaked.Add(snippet); break;
                case ("without", false): tn++; break;
                default: throw new FormatException($"{name}.gold: unknown kind '{kind}'");
            }
        }

        return new PageScore(name, tp, tn, missing, leaked);
    }

    /// <summary>Precision, recall and accuracy over all pages of a folder, keyed as eval/baseline.json pins them.</summary>
    public static (IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<PageScore> Pages) ScoreAll(string folder, InputReader reader, PageCleaner cleaner)
    {
        var pages = Pages(folder).Select(n => Score(folder, n, reader, cleaner)).ToList();
        var tp = pages.Sum(p => p.TruePositives);
        var tn = pages.Sum(p => p.TrueNegatives);
        var fp = pages.Sum(p => p.Leaked.Count);
        var fn = pages.Sum(p => p.Missing.Count);
        var all = Math.Max(1, tp + tn + fp + fn);
        return (new Dictionary<string, double>
        {
            ["precision"] = tp / (double)Math.Max(1, tp + fp),
            ["recall"] = tp / (double)Math.Max(1, tp + fn),
            ["accuracy"] = (tp + tn) / (double)all,
        }, pages);
    }
}
