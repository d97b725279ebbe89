using System.Runtime.CompilerServices;
using Marsad.Documents;
using Marsad.Persistence;
using Marsad.Storage.Sqlite;

namespace Marsad.Storage.Workspace;

public sealed partial class SqliteWorkspace
{
    public async Task<ArticleView?> ArticleAsync(string id, CancellationToken ct = default)
    {
        var catalog = await CatalogAsync(ct);
        using var connection = Open();
        using var reader = new StoredArticleReader(connection);
        if (reader.Read(id) is not { } a)
        {
            return null;
        }

        var mentions = a.Mentions.Select(m => new MentionView(
            m.Span.Start, m.Span.End, Cut(a.Text, m.Span), FactNames.Of(m.Kind), FactNames.Of(m.Source),
            m.EntityId is null ? null : _labels.Ref(m.EntityId, catalog))).ToList();
        var quotes = a.Quotes.Select(q => new QuoteView(
            q.Content.Start, q.Content.End, Cut(a.Text, q.Content), q.Direct,
            q.SpeakerId is { } speaker ? _labels.Ref(speaker, catalog) : q.SpeakerClass is { } cls ? _labels.Ref(cls, catalog) : null,
            q.SpeakerSpan is { } ss ? Cut(a.Text, ss) : null,
            q.CueVerb ?? (q.Cue is { } cue ? Cut(a.Text, cue) : null),
            FactNames.Of(q.Medium),
            q.ViaOutlet)).ToList();
        var events = catalog.Events.Where(e => e.ArticleId == id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var eventViews = a.Events.Select(e => events.TryGetValue(e.Id, out var row) ? View(row, catalog) : null).OfType<EventView>().ToList();
        var removed = a.Removed.Select(r => new RemovedView(r.Reason, r.Text)).ToList();
        var placements = a.Removed.Select(r => (ReaderRuns.Placement(a.Text, a.Map, r.RawSpan), r.Text)).ToList();
        var runs = ReaderRuns.Build(
            a.Text,
            [.. a.Mentions.Select(m => m.Span)],
            [.. a.Quotes.Select(q => q.Content)],
            [.. eventViews.Select(v => a.Events.First(e => e.Id == v.Id).Trigger)],
            placements);

        return new ArticleView(
            a.Id, a.Title, a.Outlet, a.Author, a.Url, WorkspaceCatalog.Iso(a.Published), a.PublishedText, a.PublishedInferred,
            a.Inferred?.Rule, a.SourceFile, a.Text, runs, mentions, quotes, eventViews, removed);
    }

    public async IAsyncEnumerable<StoredArticle> ExportAsync(IReadOnlyList<EventView> events, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.Yield();
        var wanted = events.GroupBy(e => e.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        using var connection = Open();
        using var reader = new StoredArticleReader(connection);
        foreach (var (articleId, ids) in wanted)
        {
            ct.ThrowIfCancellationRequested();
            if (reader.Read(articleId) is { } article)
            {
                yield return article with { Events = [.. article.Events.Where(e => ids.Contains(e.Id))] };
            }
        }
    }

    static string Cut(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start < span.End ? text[span.Start..span.End] : string.Empty;
}
