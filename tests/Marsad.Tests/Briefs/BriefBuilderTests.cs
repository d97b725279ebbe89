using System.Text.RegularExpressions;
using Marsad.Briefs;
using Marsad.Documents;
using Marsad.Persistence.Graph;
using static Marsad.Tests.Briefs.BriefFacts;

namespace Marsad.Tests.Briefs;

public class BriefBuilderTests
{
    static readonly EventDetail Shelling = Event("a1/ev1", EventCategory.Assault, new DateOnly(2022, 3, 1), [Militia], [Army],
        [Report(A1, 4), Report(A2, 6), Report(A3, 4)]);

    static readonly QuoteSummary Statement = new("a1/q0", Minister, null, "لن نسمح بتكرار الاعتداء",
        [new Evidence("a1", A1.Published, 20, 42, A1.Outlet), new Evidence("a2", A2.Published, 30, 52, A2.Outlet)], [A1.Outlet!, A2.Outlet!], 2, "a1", A1.Published);

    [Fact]
    public void Every_line_cites_at_least_one_source_that_resolves()
    {
        var graph = new ActorGraph([Node(Militia), Node(Army), Node(Minister, EntityKind.Person)],
            [Edge(Minister, Army, EdgeKind.Relation, "member_of", A1), Edge(Militia, Army, EdgeKind.Interaction, "ASSAULT", A1, A2)]);
        var brief = BriefBuilder.Build(Input([Shelling], [Statement], graph));

        Assert.NotEmpty(brief.Lines);
        foreach (var line in brief.Lines)
        {
            var cited = line.Citations.ToList();
            Assert.True(cited.Count > 0, line.PlainText);
            Assert.All(cited, n => Assert.InRange(n, 1, brief.Sources.Length));
        }

        // Sources are numbered in order of first citation and each listed once.
        Assert.Equal(brief.Sources.Length, brief.Sources.Select(s => s.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, brief.Sources.Length), brief.Lines.SelectMany(l => l.Citations).Distinct().Order());
    }

    [Fact]
    public void A_fact_whose_articles_are_unknown_is_left_out()
    {
        var orphan = Event("x9/ev1", EventCategory.Threaten, new DateOnly(2022, 3, 5), [Militia], [Army],
            [Report(new SourceArticle("x9", "مجهول", null, "لا مصدر"), null)]);

        var brief = BriefBuilder.Build(Input([orphan], articles: [A1]));

        Assert.Empty(brief.Lines);
        Assert.Empty(brief.Sources);
    }

    [Fact]
    public void Disagreeing_death_tolls_are_listed_per_outlet_each_with_its_citations()
    {
        var brief = BriefBuilder.Build(Input([Shelling]));

        var section = Assert.Single(brief.Sections, s => s.Heading == "Where outlets disagree");
        var line = Assert.Single(section.Lines).PlainText;
        var n1 = brief.Sources.IndexOf(A1) + 1;
        var n2 = brief.Sources.IndexOf(A2) + 1;
        Assert.Contains($"4 according to {A1.Outlet}", line, StringComparison.Ordinal);
        Assert.Contains($"6 according to {A2.Outlet}", line, StringComparison.Ordinal);
        Assert.Matches($@"4 according to [^;]*\[{n1}\]", line);
        Assert.Matches($@"6 according to [^;]*\[{n2}\]", line);
    }

    [Fact]
    public void A_copy_does_not_count_as_a_second_source_for_a_disagreement()
    {
        // a3 copies a1: the two tolls come from one copy family, so no outlet disagrees with another.
        var copied = Event("a1/ev1", EventCategory.Assault, new DateOnly(2022, 3, 1), [Militia], [Army], [Report(A1, 4), Report(A3, 5)]);

        var brief = BriefBuilder.Build(Input([copied]));

        Assert.DoesNotContain(brief.Sections, s => s.Heading == "Where outlets disagree");
    }

    [Fact]
    public void Timeline_states_a_plain_event_with_a_verb_and_a_future_one_as_reported()
    {
        var planned = Event("a4/ev2", EventCategory.Assault, new DateOnly(2022, 3, 20), [Militia], [Army], [Report(A4, null, EventFlags.Future)]);

        var brief = BriefBuilder.Build(Input([Shelling, planned]));

        var timeline = Assert.Single(brief.Sections, s => s.Heading == "Timeline").Lines.Select(l => l.PlainText).ToList();
        Assert.Equal(2, timeline.Count);
        Assert.StartsWith("2022-03-01: كتائب الاختبار (Test Brigades) attacked الجيش التجريبي (Test Army)", timeline[0], StringComparison.Ordinal);

        // A future attack is not stated as done: no past-tense verb, and the flag is said.
        Assert.DoesNotContain("attacked", timeline[1], StringComparison.Ordinal);
        Assert.Contains("reported as future", timeline[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Background_only_events_stay_out_of_the_timeline()
    {
        var old = Event("a4/ev3", EventCategory.Assault, new DateOnly(2020, 1, 3), [Army], [Militia], [Report(A4, null, EventFlags.Background)], backgroundOnly: true);

        var brief = BriefBuilder.Build(Input([old]));

        Assert.DoesNotContain(brief.Sections, s => s.Heading == "Timeline");
    }

    [Fact]
    public void Quotes_show_the_speaker_the_articles_own_words_and_their_corroboration()
    {
        var brief = BriefBuilder.Build(Input(quotes: [Statement]));

        var line = Assert.Single(Assert.Single(brief.Sections, s => s.Heading == "Who said what").Lines);
        Assert.Contains(line.Runs, r => r.Kind == RunKind.Excerpt && r.Text == Statement.Text);
        Assert.Contains("سالم الوردي said", line.PlainText, StringComparison.Ordinal);
        Assert.Contains("reported by 2 independent outlets", line.PlainText, StringComparison.Ordinal);
        Assert.Equal(2, line.Citations.Count());
    }

    [Fact]
    public void Citations_resolve_to_outlet_date_title_and_id()
    {
        var brief = BriefBuilder.Build(Input([Shelling]));

        var markdown = MarkdownBriefWriter.Write(brief);
        foreach (Match m in Regex.Matches(markdown, @"\[(\d+)\]"))
        {
            var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var source = brief.Sources[n - 1];
            Assert.Contains($"- [{n}] {source.Outlet}, {source.Published:yyyy-MM-dd}, «{source.Title}», {source.Id}", markdown, StringComparison.Ordinal);
        }
    }
}
