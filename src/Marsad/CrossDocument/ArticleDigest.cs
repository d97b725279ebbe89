using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// What cross-document linking reads of one article: its outlet and date, its text, and the facts extraction
/// found in it (entities with their mentions, relations, quotes and events). The store reads it back for the
/// articles a batch added; tests build it from a hand-made <see cref="Document"/> with <see cref="From"/>.
/// </summary>
public sealed record ArticleDigest(string Id, string? Outlet, DateOnly? Published, string? Title, string Text)
{
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ImmutableArray<Relation> Relations { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<NewsEvent> Events { get; init; } = [];

    /// <summary>The digest of an analysed document (its anchor date stands for the publication date).</summary>
    public static ArticleDigest From(Document doc) =>
        new(doc.Id, doc.Source.Outlet, doc.Anchor, doc.Source.Title, doc.Text)
        {
            Mentions = doc.Mentions,
            Entities = doc.Entities,
            Relations = doc.Relations,
            Quotes = doc.Quotes,
            Events = doc.Events,
        };

    public string this[TextSpan span] => Text[span.Start..span.End];

    /// <summary>
    /// Where the lead ends: the title paragraph and the first body paragraph. News puts the day's event there
    /// (the inverted pyramid); what follows is context, reaction and history.
    /// </summary>
    public int LeadEnd
    {
        get
        {
            var title = Text.IndexOf("\n\n", StringComparison.Ordinal);
            if (title < 0)
            {
                return Text.Length;
            }

            var body = Text.IndexOf("\n\n", title + 2, StringComparison.Ordinal);
            return body < 0 ? Text.Length : body;
        }
    }
}
