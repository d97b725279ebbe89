using System.Globalization;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

public static partial class BriefBuilder
{
    /// <summary>Participants named per side of an event line.</summary>
    const int MaxParticipants = 4;

    /// <summary>Flags under which a report does not say the event happened as stated.</summary>
    const EventFlags Modal = EventFlags.Negated | EventFlags.Conditional | EventFlags.Future | EventFlags.Denied;

    /// <summary>"2021-04-07: A met or held talks with B in C (2 reports, 2 independent outlets): «sentence» [1][2]".</summary>
    static BriefLine? EventLine(EventDetail detail, Citations citations)
    {
        var e = detail.Event;
        var line = new LineBuilder(citations).Value(e.Date ?? "undated").Text(": ");
        var actors = e.Actors.Take(MaxParticipants).ToList();
        var recipients = e.Recipients.Take(MaxParticipants).ToList();

        // A report flagged negated, future, conditional or denied does not state that the event took place; when
        // every report is so flagged the line names the event without a past-tense verb and says how it was reported.
        var modal = detail.Reports.Length > 0 && detail.Reports.All(r => (r.Flags & Modal) != 0);
        if (!modal && actors.Count > 0 && recipients.Count > 0)
        {
            line.Names(actors).Text($" {CategoryPhrases.Verb(e.Category)} ").Names(recipients);
        }
        else
        {
            line.Text(Capitalised(CategoryPhrases.Noun(e.Category)));
            if (actors.Count > 0)
            {
                line.Text(" by ").Names(actors);
            }

            if (recipients.Count > 0)
            {
                line.Text(e.Category is EventCategory.Consult or EventCategory.Agree or EventCategory.Cooperate ? " with " : ", directed at ").Names(recipients);
            }
        }

        if (e.Place is { } place)
        {
            line.Text(" in ").Name(place);
        }

        if (modal)
        {
            var flags = detail.Reports.Aggregate(EventFlags.None, (all, r) => all | (r.Flags & Modal));
            line.Text($", reported as {string.Join("/", FactNames.Of(flags))}");
        }

        Count(line, detail.Reports, r => r.Dead, "killed");
        Count(line, detail.Reports, r => r.Injured, "injured");
        line.Text($" ({e.Reports} report(s), {e.IndependentOutlets} independent outlet(s)): ").Excerpt(e.Sentence);
        line.Cite(e.Articles, MaxCitationsPerClaim);
        return line.Build();
    }

    /// <summary>A count every report agrees on; differing counts are left to "Where outlets disagree".</summary>
    static void Count(LineBuilder line, IReadOnlyList<EventReport> reports, Func<EventReport, int?> count, string what)
    {
        var values = reports.Select(count).OfType<int>().Distinct().ToList();
        if (values.Count == 1)
        {
            line.Text(", ").Value(values[0].ToString(CultureInfo.InvariantCulture)).Text($" {what}");
        }
        else if (values.Count > 1)
        {
            line.Text($", number {what} differs between reports");
        }
    }

    /// <summary>
    /// One line per quantity independent sources disagree on: the date (as the store found it: dates taken from an
    /// article's own publication date are not a source's claim and are left out there), the dead and the injured
    /// (read from every report, since one article may give the count in a later report of the event than its
    /// first). Each value comes with the outlets giving it and citations of their articles.
    /// </summary>
    static IEnumerable<BriefLine?> DisagreementLines(EventDetail detail, Citations citations)
    {
        var storeDates = detail.Disagreements.FirstOrDefault(d => d.StartsWith("date:", StringComparison.Ordinal));
        var kinds = new (string What, Func<EventReport, string?> Value)[]
        {
            ("date", r => storeDates is not null && r.Date is { } d && Lists(storeDates, d) ? d : null),
            ("number killed", r => r.Dead?.ToString(CultureInfo.InvariantCulture)),
            ("number injured", r => r.Injured?.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var (what, value) in kinds)
        {
            var groups = detail.Reports.Where(r => value(r) is not null && citations.IsKnown(r.Article.Id))
                .GroupBy(r => value(r)!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var families = groups.SelectMany(g => g.Select(Family)).Distinct(StringComparer.Ordinal).Count();
            if (groups.Count < 2 || families < 2)
            {
                continue;
            }

            var e = detail.Event;
            var line = new LineBuilder(citations).Text($"Reports disagree on the {what} of ").Text(CategoryPhrases.Noun(e.Category));
            if (e.Actors.Length > 0)
            {
                line.Text(" by ").Names([.. e.Actors.Take(2)]);
            }

            if (e.Place is { } place)
            {
                line.Text(" in ").Name(place);
            }

            line.Text(" (").Value(e.Date ?? "undated").Text("): ");
            for (var i = 0; i < groups.Count; i++)
            {
                var outlets = groups[i].Select(r => r.Article.Outlet ?? r.Article.Id).Distinct(StringComparer.Ordinal);
                line.Text(i == 0 ? string.Empty : "; ").Value(groups[i].Key).Text(" according to ").Value(string.Join(", ", outlets));
                line.Cite(groups[i].Select(r => r.Article.Id), MaxCitationsPerClaim);
            }

            yield return line.Build();
        }
    }

    /// <summary>Whether the store's disagreement line lists <paramref name="value"/> (as "kind: v (outlets); v (outlets)").</summary>
    static bool Lists(string line, string value) =>
        line.Contains(": " + value + " (", StringComparison.Ordinal) || line.Contains("; " + value + " (", StringComparison.Ordinal);

    /// <summary>The copy family of a report's article: a syndicated copy repeats its original and is not a second source.</summary>
    static string Family(EventReport r) => r.Article.DuplicateOf ?? r.Article.Id;

    static string Capitalised(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
