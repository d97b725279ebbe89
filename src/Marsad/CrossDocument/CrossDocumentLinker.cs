using System.Collections.Immutable;
using System.Diagnostics;
using Marsad.Entities.Knowledge;

namespace Marsad.CrossDocument;

/// <summary>
/// Links one article at a time into the cross-document picture held by a <see cref="LinkState"/>: entities first
/// (events and quotes need global actors), then events, quotes, copies and stories. Pure: everything it reads and
/// changes is in the state, so linking the same articles in the same order gives the same result, however they are
/// split into batches.
/// </summary>
public sealed class CrossDocumentLinker(KnowledgeBase kb, WordLists words)
{
    readonly EntityResolver _entities = new(kb, words);
    readonly EventLinker _events = new(new PlaceTree(kb), words);
    readonly QuoteLinker _quotes = new(words);
    readonly DuplicateFinder _duplicates = new();
    readonly StoryLinker _stories = new();

    /// <summary>The linker over the shipped knowledge base and word lists.</summary>
    public static CrossDocumentLinker CreateDefault() => new(KnowledgeBase.LoadDefault(), WordLists.Default);

    public KnowledgeBase KnowledgeBase => kb;

    /// <summary>When set, time per linker is added to it.</summary>
    public LinkTimings? Timings { get; init; }

    public ArticleLinks Link(ArticleDigest article, LinkState state)
    {
        var seq = state.NextSeq();
        var t = Stopwatch.GetTimestamp();
        var entities = _entities.Resolve(article, seq, state);
        var global = entities.ToDictionary(l => l.LocalId, l => l.GlobalId, StringComparer.Ordinal);
        t = Lap(0, t);
        var events = _events.Link(article, global, seq, state);
        t = Lap(1, t);
        var quotes = _quotes.Link(article, global, seq, state);
        t = Lap(2, t);
        var (sketch, original, similarity) = _duplicates.Find(article, seq, state);
        t = Lap(3, t);
        var features = StoryFeatures.Of(article, global, events, words);
        var stories = _stories.Link(article, features, seq, sketch, original, similarity, state);
        Lap(4, t);
        return new ArticleLinks(article.Id, seq, article.Published, article.Outlet)
        {
            Entities = entities,
            Events = [.. events.Select(e => e.Link)],
            Quotes = quotes,
            Stories = stories,
            DuplicateOf = original?.ArticleId,
            DuplicateSimilarity = original is null ? 0 : similarity,
            Surfaces = Surfaces(article, global),
            GlobalEntities = GlobalEntities(article, entities),
        };
    }

    long Lap(int phase, long started)
    {
        Timings?.Add(phase, started);
        return Stopwatch.GetTimestamp();
    }

    static ImmutableArray<(string, string)> Surfaces(ArticleDigest article, Dictionary<string, string> global) =>
    [
        .. article.Mentions
            .Where(m => m.EntityId is not null && m.Cue != "role")
            .Select(m => (global.GetValueOrDefault(m.EntityId!, m.EntityId!), article[m.Span].Trim()))
            .Where(p => p.Item2.Length > 0)
            .Distinct(),
    ];

    ImmutableArray<Documents.Entity> GlobalEntities(ArticleDigest article, ImmutableArray<EntityLink> links)
    {
        var byId = article.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Documents.Entity>(links.Length);
        foreach (var link in links)
        {
            if (link.GlobalId == link.LocalId)
            {
                result.Add(byId[link.LocalId]);
            }
            else if (link.GlobalId.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) && kb.Get(link.GlobalId) is { } entry)
            {
                result.Add(kb.ToEntity(entry));
            }
        }

        return result.ToImmutable();
    }
}
