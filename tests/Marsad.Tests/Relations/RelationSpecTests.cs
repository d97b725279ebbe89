using System.Globalization;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Evaluation;
using Marsad.Testing;
using static Marsad.Tests.Entities.Context.RecognizerDocuments;

namespace Marsad.Tests.Relations;

/// <summary>Reads tests/Marsad.Tests/Specs/Relations.md and checks every example against the relation finder.</summary>
public class RelationSpecTests
{
    public static TheoryData<string, string, string?> Examples()
    {
        var data = new TheoryData<string, string, string?>();
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Tests", "Specs", "Relations.md");
        string? text = null;
        string? date = null;
        var relations = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("rel: ", StringComparison.Ordinal))
            {
                relations.Add(line[5..]);
                continue;
            }

            if (line.StartsWith("date: ", StringComparison.Ordinal))
            {
                date = line[6..];
                continue;
            }

            if (text is not null)
            {
                data.Add(text, string.Join('\n', relations), date);
                (text, date) = (null, null);
                relations.Clear();
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
    public void Spec_example_holds(string marked, string expected, string? date)
    {
        var (text, _) = GoldReader.StripMarkup(marked);
        var doc = Run(text, date is null ? null : DateOnly.Parse(date, CultureInfo.InvariantCulture));
        var wanted = expected == "none" ? [] : expected.Split('\n').Select(l => l.Split('|').Select(p => p.Trim()).ToArray()).ToList();
        var found = doc.Relations.Select(r => $"{r.Predicate} {r.SubjectId} {r.ObjectId} {r.Role} «{r.Text}»").ToList();
        Assert.True(wanted.Count == doc.Relations.Length, $"expected {wanted.Count} relations, found: {string.Join(" / ", found)}");
        foreach (var w in wanted)
        {
            var predicate = Enum.Parse<RelationPredicate>(w[0].Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
            Assert.True(
                doc.Relations.Any(r => r.Predicate == predicate && Names(doc, r.SubjectId, w[1])
                    && (w[2] == "-" ? r.ObjectId is null : r.ObjectId is not null && Names(doc, r.ObjectId, w[2]))
                    && (w[3] == "-" || r.Role == w[3])),
                $"missing {string.Join(" | ", w)}; found: {string.Join(" / ", found)}");
        }
    }

    /// <summary>True when <paramref name="name"/> is the id itself or a surface the article uses for the entity.</summary>
    static bool Names(Document doc, string id, string name) =>
        name.StartsWith("kb:", StringComparison.Ordinal)
            ? id == name
            : doc.Mentions.Any(m => m.EntityId == id && ArabicFolding.Fold(doc[m.Span]).Contains(ArabicFolding.Fold(name), StringComparison.Ordinal))
                || doc.Entities.Any(e => e.Id == id && ArabicFolding.Fold(e.Name).Contains(ArabicFolding.Fold(name), StringComparison.Ordinal));
}
