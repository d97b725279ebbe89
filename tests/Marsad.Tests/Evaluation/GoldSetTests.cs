using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Arabic;
using Marsad.Evaluation;
using Marsad.Testing;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// Integrity of the hand-annotated gold set in eval/gold (format and coding rules in eval/README.md): every file
/// parses, and every fact listed beside an article points into that article's own text, so that a miss reported by
/// <c>marsad eval</c> is the extractor's and never an annotation typo.
/// </summary>
public class GoldSetTests
{
    /// <summary>The CI slice: ten articles copied verbatim from the main files.</summary>
    const int SmokeSize = 10;

    /// <summary>An event the article recalls from more than a month before its date is history (eval/README.md).</summary>
    const int BackgroundAgeDays = 30;

    static readonly string[] Flags = ["negated", "conditional", "future", "denied", "background"];

    static readonly string[] Media = ["tweet", "statement", "interview", "letter", "broadcast", "speech"];

    /// <summary>A word: letters (tatweel included), digits and the diacritics written on them.</summary>
    static readonly Regex WordPattern = new(@"[\p{L}\p{Nd}\p{Mn}]+", RegexOptions.Compiled);

    static readonly string[] SourceClasses =
    [
        "government-sources", "security-sources", "diplomatic-sources", "informed-sources", "western-diplomat",
        "senior-iraqi-officer", "us-officials", "iraqi-officials", "observers", "experts", "activists",
        "eyewitnesses", "decision-makers", "security-source",
    ];

    static string GoldFolder => Path.Combine(SharedData.RepositoryRoot, "eval", "gold");

    public static TheoryData<string> GoldFiles()
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(GoldFolder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(GoldFolder, path));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Every_gold_file_parses_into_articles(string file)
    {
        var articles = GoldReader.ReadFile(Path.Combine(GoldFolder, file)).ToList();
        Assert.NotEmpty(articles);
    }

    [Fact]
    public void Article_ids_are_unique_in_the_main_set_and_in_the_smoke_slice()
    {
        foreach (var set in new[] { MainSet(), SmokeSlice() })
        {
            var repeated = set.GroupBy(a => a.Gold.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.Empty(repeated);
        }
    }

    [Fact]
    public void Smoke_slice_is_ten_verbatim_copies_of_main_set_articles()
    {
        var main = MainSet().Select(a => a.Line).ToHashSet(StringComparer.Ordinal);
        var smoke = SmokeSlice();
        Assert.Equal(SmokeSize, smoke.Count);
        Assert.All(smoke, a => Assert.Contains(a.Line, main));
    }

    [Fact]
    public void Every_article_has_one_date_a_story_and_at_least_one_entity()
    {
        Assert.All(MainSet(), a =>
        {
            // A printed date, or else the date the text pins; never both (the scorer counts inferred dates only where no page date exists).
            Assert.True(a.Gold.Published.HasValue ^ a.Gold.InferredPublished.HasValue, $"{a.Gold.Id}: give exactly one of published, inferred_published");
            Assert.False(string.IsNullOrWhiteSpace(Str(a.Raw, "story")), $"{a.Gold.Id}: no story id");
            Assert.NotEmpty(a.Gold.Entities);
        });
    }

    [Fact]
    public void Quote_snippets_and_cues_are_exact_substrings_of_their_text()
    {
        var missing = new List<string>();
        foreach (var a in MainSet())
        {
            foreach (var q in a.Gold.Quotes.Where(q => !a.Gold.Text.Contains(q.Content, StringComparison.Ordinal)))
            {
                missing.Add($"{a.Gold.Id}: quote «{q.Content}»");
            }

            foreach (var cue in Items(a.Raw, "quotes").Select(q => Str(q, "cue")).OfType<string>().Where(c => !a.Gold.Text.Contains(c, StringComparison.Ordinal)))
            {
                missing.Add($"{a.Gold.Id}: cue {cue}");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Names_in_relations_quotes_and_events_are_marked_entities_of_the_article()
    {
        var unmarked = new List<string>();
        foreach (var a in MainSet())
        {
            var names = a.Gold.Relations.SelectMany(r => new[] { r.Subject, r.Object })
                .Concat(a.Gold.Quotes.Select(q => q.Speaker))
                .Concat(a.Gold.Events.Select(e => e.Place))
                .Concat(Items(a.Raw, "quotes").Select(q => Str(q, "via")))
                .Concat(Items(a.Raw, "events").SelectMany(e => Items(e, "actor").Concat(Items(e, "recipient")).Select(n => n.GetString())))
                .OfType<string>();
            unmarked.AddRange(names.Where(n => !IsMarked(n, a.Gold.Entities.Select(e => e.Surface))).Select(n => $"{a.Gold.Id}: {n}"));
        }

        Assert.Empty(unmarked);
    }

    [Fact]
    public void Flags_source_classes_and_media_come_from_the_closed_lists()
    {
        Assert.All(MainSet(), a =>
        {
            Assert.All(a.Gold.Events.SelectMany(e => e.Flags), f => Assert.Contains(f, Flags));
            // A quote is spoken by a named entity or by an unnamed source class, never both and never neither.
            Assert.All(a.Gold.Quotes, q => Assert.True(q.Speaker is null ^ q.SpeakerClass is null, $"{a.Gold.Id}: «{q.Content}»"));
            Assert.All(a.Gold.Quotes.Select(q => q.SpeakerClass).OfType<string>(), c => Assert.Contains(c, SourceClasses));
            Assert.All(Items(a.Raw, "quotes").Select(q => Str(q, "medium")).OfType<string>(), m => Assert.Contains(m, Media));
        });
    }

    [Fact]
    public void Event_dates_are_well_formed_and_agree_with_the_background_and_future_flags()
    {
        var wrong = new List<string>();
        foreach (var a in MainSet())
        {
            var published = a.Gold.Published ?? a.Gold.InferredPublished!.Value;
            var history = published.AddDays(-BackgroundAgeDays);
            foreach (var e in a.Gold.Events.Where(e => e.Date is not null))
            {
                if (Range(e.Date!) is not { } range)
                {
                    wrong.Add($"{a.Gold.Id}: date {e.Date} is not yyyy, yyyy-MM or yyyy-MM-dd");
                    continue;
                }

                var (first, last) = range;

                var background = e.Flags.Contains("background");
                var future = e.Flags.Contains("future");
                if (background && first > history)
                {
                    wrong.Add($"{a.Gold.Id}: {e.Category} {e.Date} is flagged background but is recent");
                }

                if (!background && !future && last <= history)
                {
                    wrong.Add($"{a.Gold.Id}: {e.Category} {e.Date} is history without the background flag");
                }

                if (future ? last < published : first > published)
                {
                    wrong.Add($"{a.Gold.Id}: {e.Category} {e.Date} contradicts the future flag");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Reports_of_one_real_world_event_share_a_cluster_category()
    {
        var events = MainSet().SelectMany(a => a.Gold.Events.Zip(Items(a.Raw, "events"), (e, raw) => (e.Category, Cluster: Str(raw, "cluster"))));
        var mixed = events.GroupBy(e => e.Cluster).Where(g => g.Key is null || g.Select(e => e.Category).Distinct().Count() > 1).Select(g => g.Key ?? "(no cluster)");
        Assert.Empty(mixed);
    }

    [Fact]
    public void A_name_marked_once_is_marked_at_every_occurrence_in_its_article()
    {
        var unmarked = new List<string>();
        foreach (var a in MainSet())
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
                        unmarked.Add($"{a.Gold.Id}: «{text[start..end]}» at {start} (marked elsewhere as {surface})");
                    }
                }
            }
        }

        Assert.Empty(unmarked);
    }

    static List<Annotated> MainSet() => [.. Directory.EnumerateFiles(GoldFolder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(Load)];

    static List<Annotated> SmokeSlice() => [.. Directory.EnumerateFiles(Path.Combine(GoldFolder, "smoke"), "*.jsonl").SelectMany(Load)];

    static IEnumerable<Annotated> Load(string path) =>
        File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l =>
            {
                using var doc = JsonDocument.Parse(l);
                return new Annotated(GoldReader.Parse(l, Path.GetFileName(path)), doc.RootElement.Clone(), l);
            });

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
    static IEnumerable<string> WithoutProclitics(string word)
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

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    /// <summary>A gold article as the reader sees it, with its raw JSON for the fields the reader ignores (story, cluster, cue, via…).</summary>
    sealed record Annotated(GoldArticle Gold, JsonElement Raw, string Line);
}
