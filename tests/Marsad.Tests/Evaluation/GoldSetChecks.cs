using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Arabic;
using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The annotation rules of eval/README.md as checks over one annotated set (eval/gold, eval/heldout): each check
/// returns its findings, one line per fault naming the article, so a test can assert that a set has none.
/// </summary>
static class GoldSetChecks
{
    /// <summary>An event the article recalls from more than a month before its date is history (eval/README.md).</summary>
    const int BackgroundAgeDays = 30;

    static readonly string[] Flags = ["negated", "conditional", "future", "denied", "background"];

    static readonly string[] Media = ["tweet", "statement", "interview", "letter", "broadcast", "speech"];

    static readonly string[] SourceClasses =
    [
        "government-sources", "security-sources", "diplomatic-sources", "informed-sources", "western-diplomat",
        "senior-iraqi-officer", "us-officials", "iraqi-officials", "observers", "experts", "activists",
        "eyewitnesses", "decision-makers", "security-source",
    ];

    /// <summary>A word: letters (tatweel included), digits and the diacritics written on them.</summary>
    static readonly Regex WordPattern = new(@"[\p{L}\p{Nd}\p{Mn}]+", RegexOptions.Compiled);

    /// <summary>The articles of the top-level *.jsonl files in a folder; sub-folders (the smoke slice) are other sets.</summary>
    public static List<AnnotatedArticle> Load(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(LoadFile)];

    public static IEnumerable<AnnotatedArticle> LoadFile(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l =>
            {
                using var doc = JsonDocument.Parse(l);
                return new AnnotatedArticle(GoldReader.Parse(l, Path.GetFileName(path)), doc.RootElement.Clone(), l);
            });

    public static IEnumerable<string> RepeatedIds(IEnumerable<AnnotatedArticle> set) =>
        set.GroupBy(a => a.Gold.Id).Where(g => g.Count() > 1).Select(g => g.Key);

    public static IEnumerable<string> MissingDateStoryOrEntity(IEnumerable<AnnotatedArticle> set)
    {
        foreach (var a in set)
        {
            // A printed date, or else the date the text pins; never both (the scorer counts inferred dates only where no page date exists).
            if (a.Gold.Published.HasValue == a.Gold.InferredPublished.HasValue)
            {
                yield return $"{a.Gold.Id}: give exactly one of published, inferred_published";
            }

            if (string.IsNullOrWhiteSpace(Str(a.Raw, "story")))
            {
                yield return $"{a.Gold.Id}: no story id";
            }

            if (a.Gold.Entities.IsEmpty)
            {
                yield return $"{a.Gold.Id}: no marked entity";
            }
        }
    }

    public static IEnumerable<string> SnippetsNotInText(IEnumerable<AnnotatedArticle> set)
    {
        foreach (var a in set)
        {
            foreach (var q in a.Gold.Quotes.Where(q => !a.Gold.Text.Contains(q.Content, StringComparison.Ordinal)))
            {
                yield return $"{a.Gold.Id}: quote «{q.Content}»";
            }

            foreach (var cue in Items(a.Raw, "quotes").Select(q => Str(q, "cue")).OfType<string>().Where(c => !a.Gold.Text.Contains(c, StringComparison.Ordinal)))
            {
                yield return $"{a.Gold.Id}: cue {cue}";
            }
        }
    }

    public static IEnumerable<string> UnmarkedNamesInFacts(IEnumerable<AnnotatedArticle> set)
    {
        foreach (var a in set)
        {
            var names = a.Gold.Relations.SelectMany(r => new[] { r.Subject, r.Object })
                .Concat(a.Gold.Quotes.Select(q => q.Speaker))
                .Concat(a.Gold.Events.Select(e => e.Place))
                .Concat(Items(a.Raw, "quotes").Select(q => Str(q, "via")))
                .Concat(Items(a.Raw, "events").SelectMany(e => Items(e, "actor").Concat(Items(e, "recipient")).Select(n => n.GetString())))
                .OfType<string>();
            foreach (var name in names.Where(n => !IsMarked(n, a.Gold.Entities.Select(e => e.Surface))))
            {
                yield return $"{a.Gold.Id}: {name}";
            }
        }
    }

    public static IEnumerable<string> OutsideClosedLists(IEnumerable<AnnotatedArticle> set)
    {
        foreach (var a in set)
        {
            var words = a.Gold.Events.SelectMany(e => e.Flags).Where(f => !Flags.Contains(f)).Select(f => $"flag {f}")
                .Concat(a.Gold.Quotes.Select(q => q.SpeakerClass).OfType<string>().Where(c => !SourceClasses.Contains(c)).Select(c => $"source class {c}"))
                .Concat(Items(a.Raw, "quotes").Select(q => Str(q, "medium")).OfType<string>().Where(m => !Media.Contains(m)).Select(m => $"medium {m}"));
            foreach (var word in words)
            {
                yield return $"{a.Gold.Id}: {word}";
            }

            // A quote is spoken by a named entity or by an unnamed source class, never both and never neither.
            foreach (var q in a.Gold.Quotes.Where(q => (q.Speaker is null) == (q.SpeakerClass is null)))
            {
                yield return $"{a.Gold.Id}: «{q.Content}» needs a speaker or a class";
            }
        }
    }

    public static IEnumerable<string> DatesAgainstFlags(IEnumerable<AnnotatedArticle> set)
    {
        foreach (var a in set)
        {
            var published = a.Gold.Published ?? a.Gold.InferredPublished!.Value;
            var history = published.AddDays(-BackgroundAgeDays);
            foreach (var e in a.Gold.Events.Where(e => e.Date is not null))
            {
                if (Range(e.Date!) is not { } range)
                {
                    yield return $"{a.Gold.Id}: date {e.Date} is not yyyy, yyyy-MM or yyyy-MM-dd";
                    continue;
                }

                var (first, last) = range;

                var background = e.Flags.Contains("background");
                var future = e.Flags.Contains("future");
                if (background && first > history)
                {
                    yield return $"{a.Gold.Id}: {e.Category} {e.Date} is flagged background but is recent";
                }

                if (!background && !future && last <= history)
                {
                    yield return $"{a.Gold.Id}: {e.Category} {e.Date} is history without the background flag";
                }

                if (future ? last < published : first > published)
                {
                    yield return $"{a.Gold.Id}: {e.Category} {e.Date} contradicts the future flag";
                }
            }
        }
    }

    /// <summary>Clusters whose reports carry more than one category, and events with no cluster id.</summary>
    public static IEnumerable<string> MixedClusters(IEnumerable<AnnotatedArticle> set)
    {
        var events = set.SelectMany(a => a.Gold.Events.Zip(Items(a.Raw, "events"), (e, raw) => (e.Category, Cluster: Str(raw, "cluster"))));
        return events.GroupBy(e => e.Cluster).Where(g => g.Key is null || g.Select(e => e.Category).Distinct().Count() > 1).Select(g => g.Key ?? "(no cluster)");
    }

    public static IEnumerable<string> UnmarkedOccurrences(IEnumerable<AnnotatedArticle> set)
    {
        foreach (var a in set)
        {
            var text = a.Gold.Text;
            var words = Words(text).Select(w => (w.Start, w.End, Forms: WithoutProclitics(Fold(text[w.Start..w.End])).ToHashSet(StringComparer.Ordinal))).ToList();
            var allowed = Items(a.Raw, "homographs").Select(h => h.GetString()!).SelectMany(h => Occurrences(text, h)).ToList();
            foreach (var surface in a.Gold.Entities.Select(e => e.Surface).Distinct())
            {
                var parts = Words(surface).Select(w => Fold(surface[w.Start..w.End])).ToList();
                for (var i = 0; i + parts.Count <= words.Count; i++)
                {
                    // The first word may carry a proclitic (و، ف، ب، ل، ك) that the marked surface lacks, or the reverse.
                    var match = parts.Select((p, k) => k == 0 ? words[i].Forms.Overlaps(WithoutProclitics(p)) : words[i + k].Forms.Contains(p)).All(m => m);
                    var (start, end) = (words[i].Start, words[i + parts.Count - 1].End);
                    if (match && !a.Gold.Entities.Any(e => e.Span.Start < end && start < e.Span.End) && !allowed.Any(h => h.Start <= start && end <= h.End))
                    {
                        yield return $"{a.Gold.Id}: «{text[start..end]}» at {start} (marked elsewhere as {surface})";
                    }
                }
            }
        }
    }

    /// <summary>True when the name is one of the marked surfaces, allowing for proclitics the surface carries (لقاسم سليماني).</summary>
    static bool IsMarked(string name, IEnumerable<string> surfaces)
    {
        var folded = Fold(name);
        foreach (var surface in surfaces.Select(Fold))
        {
            var space = surface.IndexOf(' ', StringComparison.Ordinal);
            var (first, rest) = space < 0 ? (surface, string.Empty) : (surface[..space], surface[space..]);
            if (WithoutProclitics(first).Any(f => f + rest == folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A folded word and its forms without a conjunction (و، ف) and a preposition (ب، ل، ك); لل stands for ل + ال.</summary>
    static List<string> WithoutProclitics(string word)
    {
        var stems = new List<string> { word };
        if (word.Length > 2 && word[0] is 'و' or 'ف')
        {
            stems.Add(word[1..]);
        }

        foreach (var stem in stems.ToList())
        {
            if (stem.Length > 3 && stem.StartsWith("لل", StringComparison.Ordinal))
            {
                stems.Add("ال" + stem[2..]);
            }
            else if (stem.Length > 2 && stem[0] is 'ب' or 'ل' or 'ك')
            {
                stems.Add(stem[1..]);
            }
        }

        return stems;
    }

    static IEnumerable<(int Start, int End)> Words(string text) =>
        WordPattern.Matches(text).Select(m => (m.Index, m.Index + m.Length));

    static IEnumerable<(int Start, int End)> Occurrences(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + phrase.Length);
        }
    }

    /// <summary>The first and last day a date of the given precision can mean, or null when it is malformed.</summary>
    static (DateOnly First, DateOnly Last)? Range(string date)
    {
        var format = date.Length switch { 4 => "yyyy", 7 => "yyyy-MM", 10 => "yyyy-MM-dd", _ => null };
        if (format is null || !DateOnly.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }

        var last = date.Length switch { 4 => first.AddYears(1).AddDays(-1), 7 => first.AddMonths(1).AddDays(-1), _ => first };
        return (first, last);
    }

    static string Fold(string s) => ArabicFolding.Fold(s.Trim());

    public static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}

/// <summary>An annotated article as the reader sees it, with its raw JSON for the fields the reader ignores (story, cluster, cue, via…).</summary>
sealed record AnnotatedArticle(GoldArticle Gold, JsonElement Raw, string Line);
