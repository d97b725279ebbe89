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

        var independent = Independent(detail.Reports);
        Count(line, independent, r => r.Dead, "killed");
        Count(line, independent, r => r.Injured, "injured");
        line.Text($" ({e.Reports} report(s), {e.IndependentOutlets} independent outlet(s)): ").Excerpt(e.Sentence);
        line.Cite(e.Articles, MaxCitationsPerClaim);
        return line.Build();
    }

    /// <summary>A count all independent reports agree on; differing counts are left to "Where outlets disagree".</summary>
    static void Count(LineBuilder line, IReadOnlyList<EventReport> reports, Func<EventReport, int?> count, string what)
    {
        var values = reports.Select(count).OfType<int>().Distinct().ToList();
        if (values.Count == 1)
        {
            line.Text(", ").Value(values[0].ToString(CultureInfo.InvariantCulture)).Text($" {what}");
        }
        else if (values.Count > 1)
        {
            line.Text($", number {what} differs between outlets");
        }
    }

    /// <summary>
    /// One line per kind of disagreement the store found among independent reports (date, dead, injured): each
    /// value with the outlets giving it and citations of their articles. The store's list decides which kinds
    /// disagree (dates taken from the article's own date are not a source's claim and are left out there).
    /// </summary>
    static IEnumerable<BriefLine?> DisagreementLines(EventDetail detail, Citations citations)
    {
        var independent = Independent(detail.Reports);
        foreach (var text in detail.Disagreements)
        {
            var kind = text.Split(':', 2)[0].Trim();
            Func<EventReport, string?>? value = kind switch
            {
                "date" => r => r.Date,
                "dead" => r => r.Dead?.ToString(CultureInfo.InvariantCulture),
                "injured" => r => r.Injured?.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is null)
            {
                continue;
            }

            var groups = independent.Where(r => value(r) is { } v && Lists(text, v))
                .GroupBy(r => value(r)!, StringComparer.Ordinal)
                .Where(g => g.Any(r => citations.IsKnown(r.Article.Id)))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (groups.Count < 2)
            {
                continue;
            }

            var what = kind switch { "date" => "date", "dead" => "number killed", _ => "number injured" };
            var e = detail.Event;
            var line = new LineBuilder(citations).Text($"Outlets disagree on the {what} of ").Text(CategoryPhrases.Noun(e.Category));
            if (e.Actors.Length > 0)
            {
                line.Text(" by ").Names([.. e.Actors.Take(2)]);
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

    /// <summary>One report per copy family: a syndicated copy repeats its original and is not a second source.</summary>
    static List<EventReport> Independent(IEnumerable<EventReport> reports) =>
        [.. reports.GroupBy(r => r.Article.DuplicateOf ?? r.Article.Id, StringComparer.Ordinal).Select(g => g.First())];

    static string Capitalised(string phrase) => phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
