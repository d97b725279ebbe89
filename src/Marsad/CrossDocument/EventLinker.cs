using System.Collections.Immutable;
using System.Globalization;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// Event coreference across articles. Each report is compared with the clusters that share a blocking key
/// (category with month, place, trigger or a named actor) and joins the best one whose evidence reaches
/// <see cref="MergeThreshold"/>; otherwise it starts a cluster. Hard rules keep similar events apart: another
/// category, another polarity (negated), date windows that do not meet (a visit in November 2020 and one in April
/// 2021; two attacks on one base a week apart), places that do not contain each other for material events (the
/// IED in بابل and the one in الديوانية), and different ordinals (round 3 and round 4). Soft evidence adds up:
/// a precise shared date, the same specific place, shared participants, the same named-event trigger, the
/// sentence's words. The figures of each report stay with the report (the store keeps them per event), so a
/// merged event shows where sources disagree instead of averaging.
/// </summary>
public sealed class EventLinker(PlaceTree places, WordLists words)
{
    readonly EventBlockingKeys _keys = new(places);

    public const double MergeThreshold = 0.5;

    /// <summary>Two single-day dates at most this far apart can be one event (outlets disagree by a day: Tuesday or Wednesday).</summary>
    public const int DayTolerance = 1;

    /// <summary>The same day from both reports (with a date of their own).</summary>
    public const double SameDay = 0.3;

    /// <summary>Single days one apart.</summary>
    public const double NextDay = 0.2;

    /// <summary>Windows that overlap without pinning a day (article dates, months).</summary>
    public const double WindowsMeet = 0.1;

    /// <summary>The same place below country level.</summary>
    public const double SamePlace = 0.3;

    /// <summary>The same country, or one place inside the other.</summary>
    public const double RelatedPlace = 0.1;

    /// <summary>Places apart for a talk, statement or demand: venues are often misread, so only a small penalty.</summary>
    public const double PlaceApartVerbal = -0.1;

    /// <summary>First shared participant, then <see cref="MoreParticipants"/> each up to <see cref="MaxParticipants"/>.</summary>
    public const double SharedParticipant = 0.25;

    public const double MoreParticipants = 0.05;

    public const double MaxParticipants = 0.35;

    /// <summary>Both name their listed actors and none is shared.</summary>
    public const double ParticipantsApart = -0.15;

    /// <summary>A person or organisation named in both sentences (not as actor).</summary>
    public const double SharedNamed = 0.1;

    /// <summary>
    /// The same multi-word trigger: a named event (الحوار الاستراتيجي، صفقة التبادل). With windows that meet (+0.1)
    /// it decides alone: a named event recurs in rounds weeks or months apart, which the date and ordinal rules keep apart.
    /// </summary>
    public const double SameNamedTrigger = 0.4;

    /// <summary>The same one-word trigger (زيارة، هجوم): common, so little evidence.</summary>
    public const double SameTrigger = 0.05;

    /// <summary>Weight of the overlap coefficient of the sentences' content terms.</summary>
    public const double TermsWeight = 0.3;

    /// <summary>
    /// Every content term of the shorter sentence is in the other, and there are at least
    /// <see cref="MinSameSentenceTerms"/>: the sentence is repeated word for word (a wire copy, a syndicated report).
    /// With windows that meet and the wording weight it decides alone; the hard rules still apply.
    /// </summary>
    public const double SameSentence = 0.1;

    /// <summary>Shorter sentences (a bare «the attack was condemned») recur across unrelated reports.</summary>
    public const int MinSameSentenceTerms = 6;

    /// <summary>The same ordinal (the third round) in both.</summary>
    public const double SameOrdinal = 0.2;

    /// <summary>
    /// One side numbers the occurrence (the fourth round) and the other never did: an article previewing the next
    /// round names the last one without a number, so an unconfirmed ordinal counts a little against.
    /// </summary>
    public const double OrdinalUnconfirmed = -0.1;

    /// <summary>Links every event of an article, in order; <paramref name="global"/> maps the article's entity ids to global ids.</summary>
    public ImmutableArray<(EventSketch Sketch, EventLink Link)> Link(ArticleDigest article, IReadOnlyDictionary<string, string> global, long articleSeq, LinkState state)
    {
        var sketches = EventSketch.Of(article, global, words);
        state.Prefetch(sketches.SelectMany(_keys.Lookup), state.PrefetchClusters);
        var result = ImmutableArray.CreateBuilder<(EventSketch, EventLink)>(sketches.Length);

        // Two events extraction read from one sentence are two events (the attack and the killing it caused).
        var sentences = new HashSet<(string Cluster, int Sentence)>();
        foreach (var s in sketches)
        {
            var best = (Cluster: (EventCluster?)null, Score: double.MinValue, Reasons: "");
            foreach (var id in _keys.Lookup(s).SelectMany(state.Candidates).Distinct(StringComparer.Ordinal))
            {
                if (state.Cluster(id) is not { } c || c.Category != s.Event.Category || c.Negated != s.Negated
                    || sentences.Contains((c.Id, s.Event.Span.Start)))
                {
                    continue;
                }

                var (score, reasons) = Score(s, c);
                if (score >= MergeThreshold && (score > best.Score || (score == best.Score && c.Seq > best.Cluster!.Seq)))
                {
                    best = (c, score, reasons);
                }
            }

            EventCluster cluster;
            EventLink link;
            if (best.Cluster is { } match)
            {
                cluster = Merge(match, s);
                link = new EventLink(s.Event.Id, match.Id, Math.Round(best.Score, 3), best.Reasons);
            }
            else
            {
                cluster = Merge(new EventCluster(s.Event.Id, s.Event.Category, s.Negated, articleSeq) { Window = s.Window }, s);
                link = new EventLink(s.Event.Id, cluster.Id, 1, "new");
            }

            state.Put(cluster);
            sentences.Add((cluster.Id, s.Event.Span.Start));
            foreach (var k in _keys.Stored(s))
            {
                state.AddKey(k, cluster.Id, cluster.Seq);
            }

            result.Add((s, link));
        }

        return result.ToImmutable();
    }

    /// <summary>The evidence that a report is an event already known; <see cref="double.MinValue"/> when a hard rule keeps them apart.</summary>
    public (double Score, string Reasons) Score(EventSketch s, EventCluster c)
    {
        var reasons = new List<string>();
        var score = 0.0;

        if (!s.Window.Overlaps(c.Window, s.Window.IsDay && c.Window.IsDay ? DayTolerance : 0))
        {
            return (double.MinValue, "dates apart");
        }

        if (s.Ordinals.Count > 0 && c.Ordinals.Length > 0 && !c.Ordinals.Any(s.Ordinals.Contains))
        {
            return (double.MinValue, "ordinals differ");
        }

        var ownDate = DateWindow.IsStated(s.Event);
        if (s.Window.IsDay && c.Window.IsDay && ownDate)
        {
            var gap = s.Window.Gap(c.Window) ?? 0;
            score += gap == 0 ? SameDay : NextDay;
            reasons.Add(gap == 0 ? "same day" : "next day");
        }
        else if (s.Window.Days is not null && c.Window.Days is not null)
        {
            score += WindowsMeet;
            reasons.Add("dates meet");
        }

        // Talks between two countries are placed in either by different outlets (in Washington, in Iraq): a named
        // event's place is the parties', not a venue, so a different one says nothing.
        var sameNamed = s.Trigger.Contains(' ', StringComparison.Ordinal) && c.Triggers.Contains(s.Trigger);
        if (s.Place is { } place && c.Places.Length > 0)
        {
            var relations = c.Places.Select(p => places.Relate(place, p)).ToList();
            if (relations.Contains(PlaceRelation.Same))
            {
                score += places.IsTop(place) ? RelatedPlace : SamePlace;
                reasons.Add("same place");
            }
            else if (relations.Contains(PlaceRelation.Contains))
            {
                score += RelatedPlace;
                reasons.Add("place within place");
            }
            else if (IsMaterial(s.Event.Category))
            {
                return (double.MinValue, "places apart");
            }
            else if (!sameNamed)
            {
                score += PlaceApartVerbal;
                reasons.Add("places differ");
            }
        }

        var shared = s.Participants.Count(c.Participants.Contains);
        // One outlet makes the commander the actor, another names him where the parser found no role: a participant
        // named in the other report's sentence is no evidence that the participants differ.
        var crossNamed = s.Named.Any(c.Participants.Contains) || s.Participants.Any(c.Named.Contains);
        if (shared > 0)
        {
            score += Math.Min(MaxParticipants, SharedParticipant + ((shared - 1) * MoreParticipants));
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{shared} shared participant(s)"));
        }
        else if (!crossNamed && Listed(s.Participants).Any() && Listed(c.Participants).Any())
        {
            score += ParticipantsApart;
            reasons.Add("participants differ");
        }

        if (s.Named.Concat(s.Participants).Any(c.Named.Contains) || crossNamed)
        {
            score += SharedNamed;
            reasons.Add("same people named");
        }

        if (s.Trigger.Length > 0 && c.Triggers.Contains(s.Trigger))
        {
            score += sameNamed ? SameNamedTrigger : SameTrigger;
            reasons.Add(sameNamed ? "same named event" : "same trigger");
        }

        if (s.Ordinals.Count > 0 && c.Ordinals.Any(s.Ordinals.Contains))
        {
            score += SameOrdinal;
            reasons.Add("same ordinal");
        }
        else if ((s.Ordinals.Count > 0) != (c.Ordinals.Length > 0))
        {
            score += OrdinalUnconfirmed;
            reasons.Add("ordinal on one side only");
        }

        if (s.Terms.Count > 0 && c.Terms.Length > 0)
        {
            var overlap = (double)c.Terms.Count(s.Terms.Contains) / Math.Min(s.Terms.Count, c.Terms.Length);
            score += TermsWeight * overlap;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"wording {overlap:F2}"));
            if (overlap >= 1 && Math.Min(s.Terms.Count, c.Terms.Length) >= MinSameSentenceTerms)
            {
                score += SameSentence;
                reasons.Add("same sentence");
            }
        }

        return (score, string.Join("; ", reasons));
    }

    /// <summary>Events that happen somewhere (an attack, an arrest, a protest, aid delivered): a different place is a different event.</summary>
    public static bool IsMaterial(EventCategory category) => category is EventCategory.Assault or EventCategory.Coerce
        or EventCategory.Protest or EventCategory.Mobilize or EventCategory.Aid or EventCategory.Retreat;

    static IEnumerable<string> Listed(ImmutableArray<string> participants) =>
        participants.Where(p => !p.StartsWith(EventSketch.ClassPrefix, StringComparison.Ordinal));

    static EventCluster Merge(EventCluster c, EventSketch s) => c with
    {
        Window = c.Reports == 0 ? s.Window : c.Window.Narrower(s.Window),
        Places = s.Place is { } p ? Cap(c.Places, [p], EventCluster.MaxSet) : c.Places,
        Participants = Cap(c.Participants, s.Participants, EventCluster.MaxSet),
        Named = Cap(c.Named, s.Named, EventCluster.MaxSet),
        Triggers = s.Trigger.Length > 0 ? Cap(c.Triggers, [s.Trigger], EventCluster.MaxSet) : c.Triggers,
        Terms = Cap(c.Terms, s.Terms.Order(), EventCluster.MaxTerms),
        Ordinals = Cap(c.Ordinals, s.Ordinals, EventCluster.MaxSet),
        Reports = c.Reports + 1,
        BackgroundOnly = c.BackgroundOnly && s.Background,
    };

    static ImmutableArray<T> Cap<T>(ImmutableArray<T> have, IEnumerable<T> add, int max)
    {
        if (have.Length >= max)
        {
            return have;
        }

        var builder = have.ToBuilder();
        foreach (var a in add)
        {
            if (builder.Count >= max)
            {
                break;
            }

            if (!builder.Contains(a))
            {
                builder.Add(a);
            }
        }

        return builder.Count == have.Length ? have : builder.ToImmutable();
    }
}
