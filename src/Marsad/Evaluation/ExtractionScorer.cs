using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Evaluation;

/// <summary>
/// Compares what the pipeline extracted from a gold article with the annotation. Names are compared folded
/// (ArabicFolding) so spelling variants of one name agree; an entity id stands for every surface the article used
/// for it plus its canonical name and aliases.
/// </summary>
public static class ExtractionScorer
{
    public static void Score(GoldArticle gold, Document doc, ExtractionScore into)
    {
        into.Articles++;
        var named = doc.Mentions.Where(m => m.Cue != "role").ToList();
        ScoreEntities(gold, doc, named, into);
        var names = NamesById(doc);

        var rel = Tally.Match(gold.Relations, doc.Relations, (g, p) =>
            g.Predicate == p.Predicate
            && Names(names, p.SubjectId).Contains(Fold(g.Subject))
            && (g.Object is null || (p.ObjectId is not null && Names(names, p.ObjectId).Contains(Fold(g.Object))))
            && (g.Role is null || (p.Role is not null && Fold(p.Role).Contains(Fold(g.Role), StringComparison.Ordinal))));
        into.Relations.Add(rel);
        Miss(into, gold, rel, "relations");

        var quotes = Tally.Match(gold.Quotes, doc.Quotes, (g, p) => Overlaps(g.Content, doc[p.Content]));
        into.Quotes.Add(quotes);
        foreach (var g in gold.Quotes)
        {
            into.SpeakersTotal++;
            var right = doc.Quotes.Any(p => Overlaps(g.Content, doc[p.Content]) && SpeakerMatches(g, p, names));
            if (right)
            {
                into.SpeakersRight++;
            }
            else
            {
                into.Misses.Add($"{gold.Id}: quote «{Short(g.Content)}» speaker {g.Speaker ?? g.SpeakerClass} not found");
            }
        }

        var events = Tally.Align(gold.Events, doc.Events, (g, p) =>
            g.Category == p.Category
            && (g.Date is null || (p.Date is { } d && Iso(d).StartsWith(g.Date, StringComparison.Ordinal)))
            && (g.Place is null || (p.PlaceId is not null && Names(names, p.PlaceId).Contains(Fold(g.Place)))),
            out var eventFound,
            out var eventUsed);
        into.Events.Add(events);
        Miss(into, gold, events, "events");
        for (var i = 0; i < gold.Events.Length; i++)
        {
            if (!eventFound[i])
            {
                var g = gold.Events[i];
                into.Misses.Add($"{gold.Id}: event missed {g.Category} {g.Date ?? "-"} @{g.Place ?? "-"}{FlagText(g.Flags)}");
            }
        }

        for (var i = 0; i < doc.Events.Length; i++)
        {
            if (!eventUsed[i])
            {
                var p = doc.Events[i];
                var place = p.PlaceSpan is { } ps ? doc[ps] : p.PlaceId ?? "-";
                var date = p.Date is { } d ? Iso(d)[..DateLength(p.DatePrecision)] : "-";
                into.Misses.Add($"{gold.Id}: event spurious {p.Category} {date} @{place} [{p.Flags}] «{doc[p.Trigger]}» in «{Short(doc[p.Span], 90)}»");
            }
        }

        if (gold.InferredPublished is { } inferred)
        {
            into.InferredDatesTotal++;
            if (doc.InferredPublished?.Date == inferred)
            {
                into.InferredDatesRight++;
            }
        }
    }

    static void ScoreEntities(GoldArticle gold, Document doc, List<Mention> named, ExtractionScore into)
    {
        var goldSurfaces = gold.Entities.Select(e => (Fold(e.Surface), e.Kind)).Distinct().ToList();
        var predSurfaces = named.Select(m => (Fold(doc[m.Span]), m.Kind)).Distinct().ToList();
        var bySurface = Tally.Match(goldSurfaces, predSurfaces, (g, p) => g == p);
        into.Entities.Add(bySurface);
        foreach (var (surface, kind) in goldSurfaces.Where(g => !predSurfaces.Contains(g)))
        {
            into.Misses.Add($"{gold.Id}: entity missed {surface} ({kind})");
        }

        foreach (var (surface, kind) in predSurfaces.Where(p => !goldSurfaces.Contains(p)))
        {
            into.Misses.Add($"{gold.Id}: entity spurious {surface} ({kind})");
        }

        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var t = Tally.Match(goldSurfaces.Where(g => g.Kind == kind).ToList(), predSurfaces.Where(p => p.Kind == kind).ToList(), (g, p) => g == p);
            if (!into.EntitiesByKind.TryGetValue(kind, out var sum))
            {
                into.EntitiesByKind[kind] = sum = new Tally();
            }

            sum.Add(t);
        }

        into.EntityMentions.Add(Tally.Match(gold.Entities, named, (g, p) => g.Span == p.Span && g.Kind == p.Kind));
    }

    static bool SpeakerMatches(GoldQuote g, Quote p, Dictionary<string, HashSet<string>> names) =>
        g.Speaker is { } speaker
            ? p.SpeakerId is not null && Names(names, p.SpeakerId).Contains(Fold(speaker))
            : p.SpeakerId is null && string.Equals(p.SpeakerClass, g.SpeakerClass, StringComparison.Ordinal);

    static Dictionary<string, HashSet<string>> NamesById(Document doc)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions.Where(m => m.EntityId is not null))
        {
            Set(names, m.EntityId!).Add(Fold(doc[m.Span]));
        }

        foreach (var e in doc.Entities)
        {
            var set = Set(names, e.Id);
            set.Add(Fold(e.Name));
            foreach (var alias in e.Aliases)
            {
                set.Add(Fold(alias));
            }

            if (e.NameEn is not null)
            {
                set.Add(Fold(e.NameEn));
            }
        }

        return names;
    }

    static HashSet<string> Set(Dictionary<string, HashSet<string>> names, string id)
    {
        if (!names.TryGetValue(id, out var set))
        {
            names[id] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    static IReadOnlySet<string> Names(Dictionary<string, HashSet<string>> names, string id) =>
        names.TryGetValue(id, out var set) ? set : new HashSet<string>([id]);

    static bool Overlaps(string goldSnippet, string predicted)
    {
        var (g, p) = (Fold(goldSnippet), Fold(predicted));
        return p.Contains(g, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal);
    }

    static void Miss(ExtractionScore into, GoldArticle gold, Tally t, string what)
    {
        if (t.FalseNegatives > 0 || t.FalsePositives > 0)
        {
            into.Misses.Add($"{gold.Id}: {what} missed {t.FalseNegatives}, spurious {t.FalsePositives}");
        }
    }

    static string Fold(string s) => ArabicFolding.Fold(s.Trim());

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    static string Short(string s, int max = 40) => s.Length <= max ? s : s[..max] + "…";

    static string FlagText(ImmutableArray<string> flags) => flags.IsDefaultOrEmpty ? "" : $" [{string.Join(',', flags)}]";

    static int DateLength(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => 4,
        DatePrecision.Month => 7,
        _ => 10,
    };
}
