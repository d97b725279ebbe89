using System.Text.RegularExpressions;
using Marsad.Arabic;
using Marsad.Entities.Knowledge;
using Marsad.Testing;
using Xunit.Abstractions;

namespace Marsad.Tests.Entities.Knowledge;

/// <summary>
/// Breadth of the knowledge base on real 2018 news (ANT corpus, Middle East section, read at run time from
/// ../shared): mentions per 1,000 words over the first 1,000 articles, the most frequent matched entities, and the
/// words after a title that nothing matched (the list used to grow the tables; docs/knowledge-base.md).
/// </summary>
public partial class CorpusBreadthTests(ITestOutputHelper output)
{
    const int Articles = 1000;

    /// <summary>Measured at 60 per 1,000 words (first 1,000 files, sorted); the floor sits below so table edits can move it a little.</summary>
    const double MinMentionsPerThousandWords = 50;

    static readonly string[] TitleWords = ["رييس", "وزير", "الرييس", "المتحدث", "قايد", "زعيم"];

    [SharedFact]
    public void Kb_mentions_per_thousand_words_stay_above_the_floor()
    {
        var folder = Path.Combine(SharedData.Corpora!, "news", "antcorpus-middleeast");
        var files = Directory.GetDirectories(folder).SelectMany(d => Directory.EnumerateFiles(Path.Combine(d, "middleEast"), "*.txt"))
            .Order(StringComparer.Ordinal).Take(Articles).ToList();
        var kb = KnowledgeBase.LoadDefault();
        long words = 0, mentions = 0;
        var byEntity = new Dictionary<string, int>();
        var afterTitle = new Dictionary<string, int>();
        foreach (var file in files)
        {
            var text = TextElement().Match(File.ReadAllText(file)) is { Success: true } m ? m.Groups[1].Value : "";
            var doc = TestTokens.Document(text);
            words += doc.Tokens.Count(t => char.IsLetter(t.Folded[0]));
            var found = kb.Matcher.FindAll(doc);
            mentions += found.Count;
            foreach (var mention in found)
            {
                byEntity[mention.EntityId!] = byEntity.GetValueOrDefault(mention.EntityId!) + 1;
            }

            CountUnmatchedAfterTitles(doc, found, afterTitle);
        }

        var rate = mentions * 1000.0 / Math.Max(1, words);
        output.WriteLine($"{files.Count} articles, {words} words, {mentions} mentions, {rate:F1} per 1,000 words");
        output.WriteLine("top matched: " + string.Join(", ", byEntity.OrderByDescending(p => p.Value).Take(30).Select(p => $"{p.Key} {p.Value}")));
        output.WriteLine("top unmatched after a title: " + string.Join(", ", afterTitle.OrderByDescending(p => p.Value).Take(30).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(rate >= MinMentionsPerThousandWords, $"{rate:F1} knowledge-base mentions per 1,000 words, floor {MinMentionsPerThousandWords}");
    }

    static void CountUnmatchedAfterTitles(Documents.Document doc, List<Documents.Mention> found, Dictionary<string, int> counts)
    {
        var covered = new HashSet<int>();
        foreach (var m in found)
        {
            for (var i = 0; i < doc.Tokens.Length; i++)
            {
                if (m.Span.Overlaps(doc.Tokens[i].Span))
                {
                    covered.Add(i);
                }
            }
        }

        for (var i = 0; i + 1 < doc.Tokens.Length; i++)
        {
            if (Array.IndexOf(TitleWords, doc.Tokens[i].Folded) < 0)
            {
                continue;
            }

            // Skip the title's complement (الوزراء، الخارجية، باسم …) and any nationality adjective to reach the name.
            var j = i + 1;
            while (j < doc.Tokens.Length && j <= i + 3 && (doc.Tokens[j].Folded.StartsWith("ال", StringComparison.Ordinal) || doc.Tokens[j].Folded == "باسم"))
            {
                j++;
            }

            if (j < doc.Tokens.Length && !covered.Contains(j) && doc.Tokens[j].Folded.Length > 2 && ArabicLetters.IsArabicLetter(doc.Tokens[j].Folded[0]))
            {
                var key = doc.Tokens[j].Folded + (j + 1 < doc.Tokens.Length ? " " + doc.Tokens[j + 1].Folded : "");
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
    }

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
