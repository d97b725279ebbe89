using System.Collections.Immutable;
using System.Globalization;
using Marsad.Documents;
using Marsad.GraphQueries;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>
/// Builds an analyst brief from query results, extractively: every line is fixed English scaffolding around names,
/// values and the articles' own sentences from the store, and cites the articles it rests on — a line with nothing
/// to cite is left out. Sections: actors, camps, timeline of new events, who said what, where outlets disagree,
/// stories. Pure: no I/O; the same input gives the same brief.
/// </summary>
public static partial class BriefBuilder
{
    /// <summary>Citations after one claim: enough to show corroboration without drowning the line.</summary>
    public const int MaxCitationsPerClaim = 5;

    /// <summary>Roles, affiliations and ties named per line; the profile and graph commands show the rest.</summary>
    const int MaxPerLine = 3;

    /// <summary>Members named per camp.</summary>
    const int MaxCampMembers = 8;

    /// <summary>Camps shown (largest first) and rivalries among them (most articles first); `marsad graph` has them all.</summary>
    const int MaxCamps = 12;

    const int MaxRivalries = 12;

    public static Brief Build(BriefInput input)
    {
        var citations = new Citations(input.Articles);
        var sections = ImmutableArray.CreateBuilder<BriefSection>();
        void Add(string heading, string? method, IEnumerable<BriefLine?> lines)
        {
            var kept = lines.OfType<BriefLine>().ToImmutableArray();
            if (kept.Length > 0)
            {
                sections.Add(new BriefSection(heading, method, kept));
            }
        }

        Add("Actors", "The actors named most in the scope, with the roles and affiliations the articles give them.", input.Actors.Select(a => ActorLine(a, input, citations)));
        var camps = CampFinder.Find(input.Graph);
        Add("Camps", "Actors tied by alignment relations (member of, part of, aligned with, leads) or cooperative events outweighing hostile ones; rivalries are hostile events or opposition between two camps.",
            CampLines(camps, citations));
        var events = input.Events.Where(e => !e.Event.BackgroundOnly).OrderBy(e => e.Event.From ?? e.Event.To ?? DateOnly.MaxValue).ThenBy(e => e.Event.Id, StringComparer.Ordinal).ToList();
        Add("Timeline", "Events dated in the scope (mentions of older events as background left out), each report of one event merged.", events.Select(e => EventLine(e, citations)));
        Add("Who said what", "Statements as the articles quote them, the longest version shown; versions of one statement in several outlets are merged.",
            input.Quotes.Where(q => q.Speaker is not null || q.SpeakerClass is not null).Select(q => QuoteLine(q, citations)));
        Add("Where outlets disagree", "Independent reports of one event (copies of an article count once) giving different dates or counts.",
            events.SelectMany(e => DisagreementLines(e, citations)));
        Add("Stories", "Articles grouped into stories by shared events, actors and near-duplicate text.", input.Stories.Select(s => StoryLine(s, citations)));
        return new Brief("Marsad brief", Scope(input.Scope), sections.ToImmutable(), citations.Sources);
    }

    static ImmutableArray<string> Scope(BriefScope scope)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add(scope.From is null && scope.To is null ? "Period: everything in the store" : $"Period: {Day(scope.From) ?? "the start"} to {Day(scope.To) ?? "the end"}");
        if (scope.Actor is { } actor)
        {
            lines.Add($"Actor: {actor.Display}");
        }

        if (scope.Story is { } story)
        {
            lines.Add($"Story: {story.Title ?? story.Id}");
        }

        return lines.ToImmutable();
    }

    static BriefLine? ActorLine(ActorBrief a, BriefInput input, Citations citations)
    {
        var line = new LineBuilder(citations).Name(a.Actor.Named)
            .Text($" is named in {a.Actor.Articles} article(s) from {a.Actor.Outlets} outlet(s)");
        foreach (var role in a.Profile.Roles.Where(r => input.Scope.Covers(r.From, r.To) && citations.IsKnown(r.First.ArticleId)).Take(MaxPerLine))
        {
            line.Text("; role ").Value(role.Title);
            if (role.Of is { } of)
            {
                line.Text(" of ").Name(of);
            }

            line.Cite([role.First.ArticleId], 1);
        }

        foreach (var f in a.Profile.Affiliations.Where(f => input.Scope.Covers(f.From, f.To) && citations.IsKnown(f.First.ArticleId)).Take(MaxPerLine))
        {
            line.Text($"; {PredicateWords(f.Predicate, f.Outgoing)} ").Name(f.Other).Cite([f.First.ArticleId], 1);
        }

        var id = a.Actor.Id;
        var events = input.Events.Where(e => !e.Event.BackgroundOnly && e.Event.Actors.Concat(e.Event.Recipients).Any(p => p.Id == id)).ToList();
        if (events.Count > 0)
        {
            line.Text($"; takes part in {events.Count} event(s) of the timeline");
            line.Cite(events.SelectMany(e => e.Event.Articles), MaxCitationsPerClaim);
        }

        var quotes = input.Quotes.Where(q => q.Speaker?.Id == id).ToList();
        if (quotes.Count > 0)
        {
            line.Text($"; quoted in {quotes.Count} statement(s)");
            line.Cite(quotes.SelectMany(q => q.Versions.Select(v => v.ArticleId)), MaxCitationsPerClaim);
        }

        return line.Build();
    }

    static IEnumerable<BriefLine?> CampLines(CampMap map, Citations citations)
    {
        NamedId Named(string id) => map.Nodes.TryGetValue(id, out var n) ? new NamedId(n.Id, n.Name, n.NameEn) : new NamedId(id, id);
        for (var i = 0; i < Math.Min(map.Camps.Length, MaxCamps); i++)
        {
            var camp = map.Camps[i];
            var line = new LineBuilder(citations).Text($"Camp {i + 1}: ").Names([.. camp.Members.Take(MaxCampMembers).Select(Named)]);
            if (camp.Members.Length > MaxCampMembers)
            {
                line.Text($" and {camp.Members.Length - MaxCampMembers} more");
            }

            line.Text(". Ties: ");
            var first = true;
            foreach (var tie in camp.Ties.Where(t => t.Evidence.Any(x => citations.IsKnown(x.ArticleId))).Take(MaxPerLine))
            {
                line.Text(first ? string.Empty : "; ");
                Edge(line, tie, Named);
                first = false;
            }

            yield return line.Build();
        }

        var rivalries = map.Rivalries.Where(r => r.Second < MaxCamps)
            .OrderByDescending(r => r.Edges.Sum(e => e.Articles)).ThenBy(r => r.First).ThenBy(r => r.Second).Take(MaxRivalries);
        foreach (var rivalry in rivalries)
        {
            var line = new LineBuilder(citations).Text($"Camp {rivalry.First + 1} and camp {rivalry.Second + 1} are at odds: ");
            var first = true;
            foreach (var edge in rivalry.Edges.Where(t => t.Evidence.Any(x => citations.IsKnown(x.ArticleId))).Take(MaxPerLine))
            {
                line.Text(first ? string.Empty : "; ");
                Edge(line, edge, Named);
                first = false;
            }

            yield return line.Build();
        }
    }

    /// <summary>"A member of B [1]", "A threatened B [2]", "A holds the role X in B [3]".</summary>
    static void Edge(LineBuilder line, GraphEdge e, Func<string, NamedId> named)
    {
        line.Name(named(e.Source));
        if (e.Kind == EdgeKind.Interaction && Enum.TryParse<EventCategory>(e.Relation, ignoreCase: true, out var category))
        {
            line.Text($" {CategoryPhrases.Verb(category)} ");
        }
        else if (e.Relation == "holds_role" && e.Role is { } role)
        {
            line.Text(" holds the role ").Value(role).Text(" in ");
        }
        else
        {
            line.Text($" {PredicateWords(FactNames.Predicate(e.Relation), outgoing: true)} ");
        }

        line.Name(named(e.Target)).Cite(e.Evidence.Select(x => x.ArticleId), MaxCitationsPerClaim);
    }

    static string PredicateWords(RelationPredicate p, bool outgoing) => (p, outgoing) switch
    {
        (RelationPredicate.MemberOf, true) => "member of",
        (RelationPredicate.MemberOf, false) => "has as member",
        (RelationPredicate.Leads, true) => "leads",
        (RelationPredicate.Leads, false) => "led by",
        (RelationPredicate.SpokespersonOf, true) => "spokesperson of",
        (RelationPredicate.SpokespersonOf, false) => "has as spokesperson",
        (RelationPredicate.PartOf, true) => "part of",
        (RelationPredicate.PartOf, false) => "includes",
        (RelationPredicate.AlignedWith, _) => "aligned with",
        (RelationPredicate.Succeeded, true) => "succeeded",
        (RelationPredicate.Succeeded, false) => "succeeded by",
        (RelationPredicate.Opposes, true) => "opposes",
        (RelationPredicate.Opposes, false) => "opposed by",
        (RelationPredicate.HoldsRole, true) => "holds a role in",
        _ => "has in a role",
    };

    static BriefLine? QuoteLine(QuoteSummary q, Citations citations)
    {
        var line = new LineBuilder(citations);
        if (q.Speaker is { } speaker)
        {
            line.Name(speaker);
        }
        else
        {
            line.Value(q.SpeakerClass!).Text(" (unnamed source)");
        }

        line.Text(" said");
        if (q.First is { } first)
        {
            line.Text(" (first reported ").Value(Day(first)!).Text(")");
        }

        if (q.IndependentOutlets > 1)
        {
            line.Text($", reported by {q.IndependentOutlets} independent outlets");
        }

        line.Text(": ").Excerpt(q.Text).Cite(q.Versions.Select(v => v.ArticleId), MaxCitationsPerClaim);
        return line.Build();
    }

    static BriefLine? StoryLine(StorySummary s, Citations citations)
    {
        var line = new LineBuilder(citations);
        if (s.Title is { Length: > 0 } title)
        {
            line.Excerpt(title);
        }
        else
        {
            line.Text("Untitled story");
        }

        line.Text($" — {s.Articles.Length} article(s) from {s.Outlets} outlet(s)");
        if (s.First is not null || s.Last is not null)
        {
            line.Text(", ").Value(s.First == s.Last ? Day(s.First)! : $"{Day(s.First) ?? "?"} to {Day(s.Last) ?? "?"}");
        }

        line.Cite(s.Articles.Select(m => m.Article.Id), MaxCitationsPerClaim);
        return line.Build();
    }

    internal static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
