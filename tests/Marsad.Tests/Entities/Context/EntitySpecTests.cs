using Marsad.Documents;
using Marsad.Evaluation;
using Marsad.Testing;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Entities.Context;

/// <summary>Reads tests/Marsad.Tests/Specs/Entities.md and checks every example against the entity recogniser.</summary>
public class EntitySpecTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Specs", "Entities.md");
        string? text = null;
        var checks = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("same: ", StringComparison.Ordinal) || line.StartsWith("apart: ", StringComparison.Ordinal))
            {
                checks.Add(line);
                continue;
            }

            if (text is not null)
            {
                data.Add(text, string.Join('\n', checks), Path.GetFileName(path));
                text = null;
                checks.Clear();
            }

            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                text = line[2..];
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_holds(string marked, string checks, string file)
    {
        var (text, gold) = Marks(marked);
        var doc = Run(text);
        var named = doc.Mentions.Where(m => m.Cue != "role").ToList();
        Assert.True(
            gold.Select(g => (g.Span, g.Kind)).SequenceEqual(named.Select(m => (m.Span, m.Kind))),
            $"{file}: expected {Show(text, gold.Select(g => (g.Span, g.Kind)))} but found {Show(text, named.Select(m => (m.Span, m.Kind)))}");
        foreach (var (g, m) in gold.Zip(named))
        {
            if (g.Id is not null)
            {
                Assert.Equal("kb:" + g.Id, m.EntityId);
            }
        }

        foreach (var check in checks.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var same = check.StartsWith("same: ", StringComparison.Ordinal);
            var ids = check[(check.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split('|').Select(s => IdOf(doc, s)).ToList();
            Assert.True(same ? ids.Distinct().Count() == 1 : ids.Distinct().Count() == ids.Count, $"{file}: {check} does not hold: {string.Join(", ", ids)}");
        }
    }

    /// <summary>The markup <c>[words]{KIND id?}</c> removed, with each mark's span, kind and optional knowledge-base id.</summary>
    static (string Text, List<(TextSpan Span, EntityKind Kind, string? Id)> Marks) Marks(string marked)
    {
        var (text, entities) = GoldReader.StripMarkup(marked.Replace("{PER ", "{PER}{", StringComparison.Ordinal)
            .Replace("{ORG ", "{ORG}{", StringComparison.Ordinal).Replace("{GPE ", "{GPE}{", StringComparison.Ordinal)
            .Replace("{LOC ", "{LOC}{", StringComparison.Ordinal));

        // "{KIND}{id}": the id block is left in the text by StripMarkup; take it out and shift the spans after it.
        var marks = new List<(TextSpan, EntityKind, string?)>();
        var shift = 0;
        var clean = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var e in entities)
        {
            var start = e.Span.Start - shift;
            string? id = null;
            var after = e.Span.End;
            clean.Append(text, at, after - at);
            at = after;
            if (at < text.Length && text[at] == '{')
            {
                var close = text.IndexOf('}', at);
                id = text[(at + 1)..close];
                shift += close + 1 - at;
                at = close + 1;
            }

            marks.Add((new TextSpan(start, start + e.Span.Length), e.Kind, id));
        }

        clean.Append(text, at, text.Length - at);
        return (clean.ToString(), marks);
    }

    static string IdOf(Documents.Document doc, string surface) =>
        surface.StartsWith("kb:", StringComparison.Ordinal) ? surface
        : doc.Mentions.First(m => doc[m.Span] == surface).EntityId ?? "(none)";

    static string Show(string text, IEnumerable<(TextSpan Span, EntityKind Kind)> marks) =>
        string.Join(" ", marks.Select(m => $"[{text[m.Span.Start..m.Span.End]}]{{{m.Kind}}}"));
}
