using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// What story linking compares of one article: its date, the MinHash of its content terms, its title's terms, its
/// lead events (news of the day in the title and first paragraph, not background) and other events of the day,
/// and its salient entities (people, organisations and places other than countries and cities, named at least
/// twice or in the lead).
/// </summary>
public sealed record StoryFeatures(
    DateOnly? Date,
    string? Title,
    ImmutableArray<uint> Signature,
    ImmutableArray<ulong> TitleTerms,
    ImmutableArray<LeadEvent> Leads,
    ImmutableArray<string> Clusters,
    ImmutableArray<string> Salient)
{
    /// <summary>Salient entities kept per article: the few an article is about.</summary>
    public const int MaxSalient = 6;

    /// <summary>A title is cut at a word boundary near this length when it has to come from the first sentence.</summary>
    public const int MaxTitleLength = 140;

    public static StoryFeatures Of(
        ArticleDigest article,
        IReadOnlyDictionary<string, string> global,
        IReadOnlyList<(EventSketch Sketch, EventLink Link)> events,
        WordLists words)
    {
        var terms = TextTerms.Terms(article.Text, words);
        var title = TitleOf(article);
        var leadEnd = article.LeadEnd;
        var leads = events
            .Where(e => e.Sketch.Lead && !e.Sketch.Background && !e.Sketch.Negated)
            .Select(e => new LeadEvent(e.Link.ClusterId, e.Sketch.Event.Category, e.Sketch.Place, e.Sketch.Window))
            .DistinctBy(l => l.ClusterId)
            .ToImmutableArray();
        var clusters = events
            .Where(e => !e.Sketch.Background && !e.Sketch.Negated)
            .Select(e => e.Link.ClusterId)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();

        var kinds = article.Entities.ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Count, bool Lead)>(StringComparer.Ordinal);
        foreach (var m in article.Mentions)
        {
            if (m.EntityId is not { } id || !kinds.TryGetValue(id, out var kind) || kind is EntityKind.GeoPolitical or EntityKind.Misc)
            {
                continue;
            }

            var g = global.GetValueOrDefault(id, id);
            var (count, lead) = counts.GetValueOrDefault(g);
            counts[g] = (count + 1, lead || m.Span.Start < leadEnd);
        }

        var salient = counts.Where(c => c.Value.Count >= 2 || c.Value.Lead)
            .OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxSalient).Select(c => c.Key).ToImmutableArray();
        return new StoryFeatures(
            article.Published,
            title,
            [.. MinHash.Signature(terms)],
            [.. TextTerms.Terms(title ?? string.Empty, words).Order()],
            leads,
            clusters,
            salient);
    }

    /// <summary>The article's own title, else its first line cut at a word boundary: extractive, never written.</summary>
    public static string? TitleOf(ArticleDigest article)
    {
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            return article.Title.Trim();
        }

        var text = article.Text.AsSpan().Trim();
        var end = text.IndexOfAny('\n', '.');
        var line = (end < 0 ? text : text[..end]).Trim();
        if (line.Length <= MaxTitleLength)
        {
            return line.Length == 0 ? null : line.ToString();
        }

        var cut = line[..MaxTitleLength].LastIndexOf(' ');
        return line[..(cut > 0 ? cut : MaxTitleLength)].ToString() + "…";
    }
}
