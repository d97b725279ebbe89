using Marsad.Cleaning;
using Marsad.Documents;
using Marsad.Storage.Workspace;

namespace Marsad.Web.Tests.Workspace;

public class ReaderRunsTests
{
    const string Text = "عنوان الخبر\n\nقال الوزير إن «الوضع هادئ» اليوم.\n\nفقرة ثانية.";

    static TextSpan Find(string s) => new(Text.IndexOf(s, StringComparison.Ordinal), Text.IndexOf(s, StringComparison.Ordinal) + s.Length);

    [Fact]
    public void Runs_cover_every_character_but_line_breaks_once_in_order()
    {
        var runs = ReaderRuns.Build(Text, [Find("الوزير")], [Find("الوضع هادئ")], [Find("قال")], []);

        Assert.Equal(Text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(runs.Select(r => r.Text)));
        Assert.All(runs, r => Assert.Equal(Text[r.Start..r.End], r.Text));
        Assert.Equal(runs.OrderBy(r => r.Start).Select(r => r.Start), runs.Select(r => r.Start));
    }

    [Fact]
    public void A_run_knows_the_mention_quote_and_trigger_covering_it()
    {
        var runs = ReaderRuns.Build(Text, [Find("الوزير")], [Find("الوضع هادئ")], [Find("قال")], []);

        Assert.Equal(0, Assert.Single(runs, r => r.Text == "الوزير").Mention);
        Assert.Equal(0, Assert.Single(runs, r => r.Text == "الوضع هادئ").Quote);
        Assert.Equal(0, Assert.Single(runs, r => r.Text == "قال").Event);
        Assert.Null(Assert.Single(runs, r => r.Text == " إن «").Mention);
    }

    [Fact]
    public void Blank_lines_become_paragraph_flags()
    {
        var runs = ReaderRuns.Build(Text, [], [], [], []);

        Assert.Equal(["قال الوزير إن «الوضع هادئ» اليوم.", "فقرة ثانية."], runs.Where(r => r.Paragraph).Select(r => r.Text));
        Assert.False(runs[0].Paragraph);
    }

    [Fact]
    public void Removed_furniture_goes_before_the_first_character_that_followed_it_at_a_paragraph_start()
    {
        // Raw page: the title, a removed "read also" line (raw 13..40), then the body; clean text maps past it.
        var map = new OffsetMap([new OffsetSegment(0, 13, 0, 13), new OffsetSegment(13, Text.Length - 13, 41, Text.Length - 13)]);

        var at = ReaderRuns.Placement(Text, map, new TextSpan(13, 40));
        var runs = ReaderRuns.Build(Text, [], [], [], [(at, "اقرأ أيضاً: خبر آخر")]);

        Assert.Equal(Text.IndexOf("قال", StringComparison.Ordinal), at);
        var removed = runs.ToList().FindIndex(r => r.Removed == 0);
        Assert.Equal("عنوان الخبر", runs[removed - 1].Text);
        Assert.StartsWith("قال", runs[removed + 1].Text, StringComparison.Ordinal);
    }
}
