using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Documents;

namespace Marsad.Evaluation;

/// <summary>
/// Reads the gold set: one JSON object per line with <c>id</c>, <c>text</c> (inline markup
/// <c>[مصطفى الكاظمي]{PER}</c>; types PER, ORG, GPE, LOC, MISC), optional <c>published</c>,
/// <c>inferred_published</c>, and lists <c>relations</c>, <c>quotes</c>, <c>events</c>. Errors name the file and line.
/// </summary>
public static class GoldReader
{
    public static IEnumerable<GoldArticle> ReadFile(string path)
    {
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            GoldArticle article;
            try
            {
                article = Parse(line, Path.GetFileName(path));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new FormatException($"{path}:{lineNo}: {ex.Message}", ex);
            }

            yield return article;
        }
    }

    public static GoldArticle Parse(string json, string file)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var (text, entities) = StripMarkup(root.GetProperty("text").GetString()!);
        return new GoldArticle(
            root.GetProperty("id").GetString()!,
            file,
            text,
            Date(root, "published"),
            Date(root, "inferred_published"),
            entities,
            [.. Items(root, "relations").Select(r => new GoldRelation(
                r.GetProperty("subject").GetString()!,
                Enum.Parse<RelationPredicate>(r.GetProperty("predicate").GetString()!.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
                Str(r, "object"),
                Str(r, "role")))],
            [.. Items(root, "quotes").Select(q => new GoldQuote(
                q.GetProperty("content").GetString()!,
                Str(q, "speaker"),
                Str(q, "class"),
                !q.TryGetProperty("direct", out var d) || d.GetBoolean()))],
            [.. Items(root, "events").Select(e => new GoldEvent(
                Enum.Parse<EventCategory>(e.GetProperty("category").GetString()!, ignoreCase: true),
                Str(e, "date"),
                Str(e, "place"),
                [.. Items(e, "flags").Select(f => f.GetString()!)])
            {
                Cluster = Str(e, "cluster"),
                Actors = [.. Items(e, "actor").Select(a => a.GetString()!)],
                Recipients = [.. Items(e, "recipient").Select(a => a.GetString()!)],
            })])
        {
            Outlet = Str(root, "outlet"),
            Story = Str(root, "story"),
        };
    }

    /// <summary>Removes <c>[surface]{TYPE}</c> markup, returning the plain text and the marked spans in it.</summary>
    public static (string Text, ImmutableArray<GoldEntity> Entities) StripMarkup(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var entities = ImmutableArray.CreateBuilder<GoldEntity>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '[')
            {
                var close = marked.IndexOf("]{", i + 1, StringComparison.Ordinal);
                var typeEnd = close < 0 ? -1 : marked.IndexOf('}', close + 2);
                if (close > i && typeEnd > close && marked.IndexOf('[', i + 1, close - i - 1) < 0)
                {
                    var surface = marked[(i + 1)..close];
                    var kind = Kind(marked[(close + 2)..typeEnd]);
                    var start = text.Length;
                    text.Append(surface);
                    entities.Add(new GoldEntity(new TextSpan(start, text.Length), kind, surface));
                    i = typeEnd + 1;
                    continue;
                }
            }

            text.Append(marked[i]);
            i++;
        }

        return (text.ToString(), entities.ToImmutable());
    }

    public static EntityKind Kind(string tag) => tag.ToUpperInvariant() switch
    {
        "PER" or "PERS" => EntityKind.Person,
        "ORG" => EntityKind.Organization,
        "GPE" => EntityKind.GeoPolitical,
        "LOC" => EntityKind.Location,
        "MISC" => EntityKind.Misc,
        _ => throw new FormatException($"unknown entity type '{tag}' (use PER, ORG, GPE, LOC or MISC)"),
    };

    static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
