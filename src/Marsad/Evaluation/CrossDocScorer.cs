using Marsad.Arabic;
using Marsad.CrossDocument;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Evaluation;

/// <summary>
/// Scores cross-document linking on the gold set (eval/README.md: <c>story</c> per article, <c>cluster</c> per
/// event). The analysed gold articles are linked in memory in file order, as a fresh store would link them.
/// Stories: each article's primary story against its gold story. Events: extracted events are aligned with gold
/// events within each article (<see cref="Align"/>), then each gold event takes the cluster of its extracted
/// event.
/// </summary>
public sealed class CrossDocScorer(CrossDocumentLinker linker)
{
    /// <summary>Alignment evidence a gold event needs beyond the category (a compatible date, the place, an actor).</summary>
    public const double MinAlignment = 1;

    public CrossDocScore Score(IReadOnlyList<(GoldArticle Gold, Document Doc)> articles)
    {
        var state = new LinkState();
        var places = new PlaceTree(linker.KnowledgeBase);
        var goldStories = new Dictionary<string, string>(StringComparer.Ordinal);
        var predictedStories = new Dictionary<string, string>(StringComparer.Ordinal);
        var goldEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        var predictedEvents = new Dictionary<string, string>(StringComparer.Ordinal);
        var alignedGold = new Dictionary<string, string>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var (gold, doc) in articles)
        {
            var digest = ArticleDigest.From(doc) with { Outlet = gold.Outlet };
            var links = linker.Link(digest, state);
            if (gold.Story is { } story)
            {
                goldStories[gold.Id] = story;
                predictedStories[gold.Id] = links.Stories.First(s => s.Primary).StoryId;
            }

            var clusterOf = links.Events.ToDictionary(e => e.EventId, e => e.ClusterId, StringComparer.Ordinal);
            var alignment = Align(gold, doc, places);
            for (var i = 0; i < gold.Events.Length; i++)
            {
                if (gold.Events[i].Cluster is not { } cluster)
                {
                    continue;
                }

                var key = $"{gold.Id}#{i}";
                goldEvents[key] = cluster;
                if (alignment.TryGetValue(i, out var predicted))
                {
                    predictedEvents[key] = clusterOf[predicted.Id];
                    alignedGold[key] = cluster;
                }
                else
                {
                    misses.Add($"{gold.Id}: gold event {gold.Events[i].Category} {gold.Events[i].Date} ({cluster}) has no extracted event");
                }
            }
        }

        var stories = BCubed.Score(goldStories, predictedStories);
        var score = new CrossDocScore(
            stories,
            BCubed.Score(goldEvents, predictedEvents),
            BCubed.Score(alignedGold, predictedEvents.Where(p => alignedGold.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)),
            goldEvents.Count == 0 ? 0 : (double)alignedGold.Count / goldEvents.Count);
        score.Misses.AddRange(StoryMisses(goldStories, predictedStories));
        score.Misses.AddRange(EventMisses(goldEvents, predictedEvents));
        score.Misses.AddRange(misses);
        return score;
    }

    /// <summary>
    /// Maps gold events to extracted events of the same article: the category must be equal and the dates compatible
    /// (the gold date at its precision meets the extracted event's window) when both are dated; then the place (the
    /// same knowledge-base place or one inside the other), an actor or recipient name, and the background flag add
    /// evidence. Greedy, best pair first; each extracted event serves one gold event; a pair needs
    /// <see cref="MinAlignment"/>.
    /// </summary>
    public Dictionary<int, NewsEvent> Align(GoldArticle gold, Document doc, PlaceTree places)
    {
        var kb = linker.KnowledgeBase;
        var names = NamesById(doc);
        var pairs = new List<(int Gold, NewsEvent Event, double Score)>();
        for (var i = 0; i < gold.Events.Length; i++)
        {
            var g = gold.Events[i];
            foreach (var e in doc.Events)
            {
                if (e.Category != g.Category)
                {
                    continue;
                }

                var score = 0.0;
                var window = DateWindow.Of(e, doc.Anchor);
                if (GoldWindow(g.Date) is { } gw && window.Days is not null)
                {
                    if (!window.Overlaps(gw, window.IsDay && gw.IsDay ? 1 : 0))
                    {
                        continue;
                    }

                    score += 1;
                }

                if (g.Place is { } place && e.PlaceId is { } pid
                    && kb.FindByName(place).Any(k => places.Relate(k.EntityId, pid) != PlaceRelation.Apart))
                {
                    score += 1;
                }

                var goldNames = g.Actors.Concat(g.Recipients).Select(n => ArabicFolding.Fold(n.Trim())).ToHashSet(StringComparer.Ordinal);
                if (e.Actors.Concat(e.Recipients).Any(id => names.TryGetValue(id, out var set) && set.Overlaps(goldNames)))
                {
                    score += 1;
                }

                if (g.Flags.Contains("background") == e.Flags.HasFlag(EventFlags.Background))
                {
                    score += 0.5;
                }

                pairs.Add((i, e, score));
            }
        }

        var result = new Dictionary<int, NewsEvent>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (i, e, score) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Gold).ThenBy(p => p.Event.Span.Start))
        {
            if (score >= MinAlignment && !result.ContainsKey(i) && used.Add(e.Id))
            {
                result[i] = e;
            }
        }

        return result;
    }

    static DateWindow? GoldWindow(string? date)
    {
        if (date is null)
        {
            return null;
        }

        var parts = date.Split('-');
        var year = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return parts.Length switch
        {
            1 => new DateWindow(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            2 => new DateWindow(new DateOnly(year, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), 1), new DateOnly(year, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), 1).AddMonths(1).AddDays(-1)),
            _ => new DateWindow(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    static Dictionary<string, HashSet<string>> NamesById(Document doc)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> Set(string id) => names.TryGetValue(id, out var s) ? s : names[id] = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions.Where(m => m.EntityId is not null))
        {
            Set(m.EntityId!).Add(ArabicFolding.Fold(doc[m.Span].Trim()));
        }

        foreach (var e in doc.Entities)
        {
            var set = Set(e.Id);
            set.Add(ArabicFolding.Fold(e.Name));
            set.UnionWith(e.Aliases.Select(ArabicFolding.Fold));
        }

        return names;
    }

    static IEnumerable<string> StoryMisses(Dictionary<string, string> gold, Dictionary<string, string> predicted)
    {
        foreach (var (a, story) in gold)
        {
            var mates = gold.Where(p => p.Value == story && p.Key != a).Select(p => p.Key);
            foreach (var m in mates.Where(m => string.CompareOrdinal(a, m) < 0 && predicted[m] != predicted[a]))
            {
                yield return $"story {story}: {a} and {m} were put in different stories";
            }

            foreach (var other in predicted.Where(p => p.Value == predicted[a] && gold[p.Key] != story && string.CompareOrdinal(a, p.Key) < 0))
            {
                yield return $"story: {a} ({story}) and {other.Key} ({gold[other.Key]}) were put in one story";
            }
        }
    }

    static IEnumerable<string> EventMisses(Dictionary<string, string> gold, Dictionary<string, string> predicted)
    {
        var aligned = gold.Where(p => predicted.ContainsKey(p.Key)).ToList();
        foreach (var (a, cluster) in aligned)
        {
            foreach (var (b, other) in aligned.Where(p => string.CompareOrdinal(a, p.Key) < 0))
            {
                var same = predicted[a] == predicted[b];
                if (same && other != cluster)
                {
                    yield return $"event: {a} ({cluster}) and {b} ({other}) were merged";
                }
                else if (!same && other == cluster)
                {
                    yield return $"event {cluster}: {a} and {b} were kept apart";
                }
            }
        }
    }
}
