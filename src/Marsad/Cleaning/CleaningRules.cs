using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Arabic;
using Marsad.Resources;

namespace Marsad.Cleaning;

/// <summary>
/// The cleaning tables of data/cleaning, loaded and indexed once: line rules (furniture phrases and patterns with
/// their reason ids), the words a printed-date line may carry, and the HTML elements and class words that mark
/// furniture. Immutable after construction; adding a site's furniture is an edit of these tables, not of code.
/// </summary>
public sealed class CleaningRules
{
    const string LineRulesTable = "cleaning/line-rules.tsv";
    const string DateLineWordsTable = "cleaning/date-line-words.tsv";
    const string HtmlNoiseTable = "cleaning/html-noise.tsv";

    /// <summary>Far above any linear match on a page line; only a catastrophically backtracking row reaches it.</summary>
    static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    CleaningRules(IReadOnlyList<LineRule> rules, FrozenSet<string> dateLineWords, FrozenDictionary<string, string> noiseElements, FrozenDictionary<string, string> noiseTokens)
    {
        Rules = rules;
        DateLineWords = dateLineWords;
        NoiseElements = noiseElements;
        NoiseTokens = noiseTokens;
        ByKey = rules.Where(r => r.Match == LineMatch.Line)
            .GroupBy(r => r.Pattern)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.Order).ToArray());
        ByFirstWord = rules.Where(r => r.Match == LineMatch.Prefix)
            .GroupBy(r => FirstWord(r.Pattern))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.Order).ToArray());
        Scanned = [.. rules.Where(r => r.Match is LineMatch.Contains or LineMatch.Words or LineMatch.Regex or LineMatch.DateLine).OrderBy(r => r.Order)];
        WordSets = rules.Where(r => r.Match == LineMatch.Words)
            .ToFrozenDictionary(r => r.Order, r => r.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The tables bundled with the engine.</summary>
    public static CleaningRules LoadDefault() => Parse(
        DataFile.ReadTsv(LineRulesTable),
        DataFile.ReadLines(DateLineWordsTable),
        DataFile.ReadTsv(HtmlNoiseTable));

    /// <summary>Builds the rules from table rows (same columns as the bundled tables); throws naming a malformed row.</summary>
    public static CleaningRules Parse(IEnumerable<string[]> lineRuleRows, IEnumerable<string> dateLineWords, IEnumerable<string[]> htmlNoiseRows)
    {
        var rules = new List<LineRule>();
        foreach (var row in lineRuleRows)
        {
            rules.Add(ParseRule(rules.Count, row));
        }

        var elements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var tokens = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in htmlNoiseRows)
        {
            if (row.Length < 3)
            {
                throw new FormatException($"html-noise row '{string.Join('\t', row)}' needs kind, name and reason.");
            }

            (row[0] == "element" ? elements : tokens)[row[1].Trim()] = row[2].Trim();
        }

        return new CleaningRules(
            rules,
            dateLineWords.Select(w => ArabicFolding.Fold(w.Trim())).ToFrozenSet(StringComparer.Ordinal),
            elements.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            tokens.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    internal IReadOnlyList<LineRule> Rules { get; }

    internal FrozenSet<string> DateLineWords { get; }

    /// <summary>HTML element name → reason id.</summary>
    internal FrozenDictionary<string, string> NoiseElements { get; }

    /// <summary>Class/id word → reason id.</summary>
    internal FrozenDictionary<string, string> NoiseTokens { get; }

    internal FrozenDictionary<string, LineRule[]> ByKey { get; }

    internal FrozenDictionary<string, LineRule[]> ByFirstWord { get; }

    internal LineRule[] Scanned { get; }

    internal FrozenDictionary<int, FrozenSet<string>> WordSets { get; }

    internal static string FirstWord(string key)
    {
        var space = key.IndexOf(' ');
        return space < 0 ? key : key[..space];
    }

    static LineRule ParseRule(int order, string[] row)
    {
        if (row.Length < 6)
        {
            throw new FormatException($"line-rules row {order + 1} '{string.Join('\t', row)}' needs id, match, pattern, action, max-words and after.");
        }

        var match = row[1].Trim() switch
        {
            "line" => LineMatch.Line,
            "prefix" => LineMatch.Prefix,
            "contains" => LineMatch.Contains,
            "words" => LineMatch.Words,
            "regex" => LineMatch.Regex,
            "date-line" => LineMatch.DateLine,
            var other => throw new FormatException($"line-rules row {order + 1}: unknown match kind '{other}'."),
        };
        var (action, count) = ParseAction(order, row[3].Trim());
        var pattern = row[2].Trim();
        Regex? expression = null;
        if (match == LineMatch.Regex)
        {
            // Regexes run over folded lines, so a letter that folding removes (أ ة ى …) can never match: refuse the row.
            if (pattern.FirstOrDefault(c => Arabic.ArabicLetters.IsArabicScript(c) && Arabic.ArabicFolding.FoldLetter(c) != c) is var bad and not '\0')
            {
                throw new FormatException($"line-rules row {order + 1}: regex '{pattern}' contains '{bad}', which folded lines never hold; write it folded ({Arabic.ArabicFolding.Fold(bad.ToString())}).");
            }

            // Compiled once per table load; matched only against lines short enough for the row (max-words). The
            // timeout guards against a badly written table row; the matcher treats a timeout as no match.
            expression = new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexTimeout);
        }
        else if (match != LineMatch.DateLine)
        {
            pattern = FoldedLine.Fold(pattern).Key;
        }

        var maxWords = int.Parse(row[4].Trim(), CultureInfo.InvariantCulture);
        var after = row[5].Trim() is "-" or "" ? null : row[5].Trim();
        return new LineRule(order, row[0].Trim(), match, pattern, expression, action, count, maxWords, after);
    }

    static (LineAction Action, int Count) ParseAction(int order, string text)
    {
        var colon = text.IndexOf(':');
        var name = colon < 0 ? text : text[..colon];
        var count = colon < 0 ? 0 : int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture);
        return name switch
        {
            "drop" => (LineAction.Drop, 0),
            "drop+headline" => (LineAction.DropThenHeadline, 1),
            "drop+list" => (LineAction.DropThenList, count),
            "drop-card" => (LineAction.DropCard, count),
            _ => throw new FormatException($"line-rules row {order + 1}: unknown action '{text}'."),
        };
    }
}
