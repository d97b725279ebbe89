using System.Globalization;
using Marsad.Documents;
using Marsad.Testing;

namespace Marsad.Tests.Events;

/// <summary>Reads tests/Marsad.Tests/Specs/Events.md and checks every example against the event finder.</summary>
public class EventSpecTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Specs", "Events.md");
        string? text = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                text = line[2..];
            }
            else if (line.StartsWith("expect: ", StringComparison.Ordinal) && text is not null)
            {
                data.Add(text, line["expect: ".Length..]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_holds(string text, string expectation)
    {
        var doc = EventDocuments.Run(text);
        var parts = expectation.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var category = Enum.Parse<EventCategory>(parts[0], ignoreCase: true);
        var candidates = doc.Events.Where(e => e.Category == category).ToList();
        Assert.NotEmpty(candidates);
        Assert.Contains(candidates, e => parts.Skip(1).All(p => Holds(doc, e, p)));
    }

    static bool Holds(Document doc, NewsEvent e, string pair)
    {
        var (key, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        return key switch
        {
            "trigger" => doc[e.Trigger] == value,
            "mode" => e.Modes.Contains(value),
            "actor" => e.Actors.Contains(value),
            "recipient" => e.Recipients.Contains(value),
            "place" => e.PlaceId == value,
            "date" => e.Date == DateOnly.Parse(value, CultureInfo.InvariantCulture),
            "flags" => e.Flags == value.Split(',').Aggregate(EventFlags.None, (f, n) => f | Enum.Parse<EventFlags>(n)),
            "dead" => e.Dead == int.Parse(value, CultureInfo.InvariantCulture),
            "injured" => e.Injured == int.Parse(value, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"unknown spec key '{key}'"),
        };
    }
}
