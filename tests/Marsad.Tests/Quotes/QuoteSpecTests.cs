using Marsad.Testing;

namespace Marsad.Tests.Quotes;

/// <summary>Runs every example of Specs/Quotes.md (a ```quote block is one article in inline markup).</summary>
public class QuoteSpecTests
{
    const string Fence = "```";

    public static TheoryData<string, string> Examples()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Specs", "Quotes.md");
        var data = new TheoryData<string, string>();
        var heading = "";
        List<string>? block = null;
        var count = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (block is null && line.StartsWith("## ", StringComparison.Ordinal))
            {
                (heading, count) = (line[3..], 0);
            }
            else if (block is null && line == Fence + "quote")
            {
                block = [];
            }
            else if (block is not null && line == Fence)
            {
                data.Add($"{heading} #{++count}", string.Join("\n", block));
                block = null;
            }
            else
            {
                block?.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reads_as_marked(string name, string marked)
    {
        Assert.False(string.IsNullOrEmpty(name));
        QuoteMarkup.Check(marked);
    }

    [Fact]
    public void The_spec_has_examples() => Assert.True(Examples().Count >= 10);
}
