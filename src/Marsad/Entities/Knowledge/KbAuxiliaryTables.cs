using Marsad.Arabic;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Readers for the two small word lists beside the entity tables: kb/ambiguous-tokens.tsv (single words that
/// are common nouns or given names and must not fire alone) and kb/wikidata-name-tokens.tsv (Wikidata's Arabic
/// spelling of English name tokens, CC0).
/// </summary>
internal static class KbAuxiliaryTables
{
    /// <summary>Spellings mined fewer times than this are too often one-off label errors in Wikidata.</summary>
    public const int MinWikidataCount = 2;

    /// <summary>Folded words, each also without its article (الفتح and فتح are both guarded).</summary>
    public static HashSet<string> ReadStopList(string table, TextReader reader)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(reader))
        {
            if (f.Length != 2 || f[0].Trim().Length == 0 || f[1].Trim().Length == 0)
            {
                throw new KbFormatException(table, line, "a row is: word <TAB> note");
            }

            var folded = ArabicFolding.Fold(f[0].Trim());
            words.Add(folded);
            words.Add(folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : "ال" + folded);
        }

        return words;
    }

    /// <summary>English token → folded Arabic spelling, for rows mined at least <see cref="MinWikidataCount"/> times.</summary>
    public static Dictionary<string, string> ReadSpellings(string table, TextReader reader)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, f) in Rows(reader))
        {
            if (f.Length != 3 || !int.TryParse(f[2], out var count))
            {
                throw new KbFormatException(table, line, "a row is: english_token <TAB> arabic letters <TAB> count");
            }

            if (count >= MinWikidataCount)
            {
                spellings[EnglishNames.Normalize(f[0])] = ArabicFolding.Fold(f[1].Replace(" ", "", StringComparison.Ordinal));
            }
        }

        return spellings;
    }

    static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                yield return (lineNumber, line.Split('\t'));
            }
        }
    }
}
