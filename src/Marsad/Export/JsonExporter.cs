using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Persistence;
using Marsad.Persistence.Graph;

namespace Marsad.Export;

/// <summary>
/// Writes the store as the <c>marsad/1</c> JSON document (docs/export.md, docs/export.schema.json), streaming:
/// articles are read once; each other array is written row by row to a temporary file and appended at the end, so
/// memory holds one article at a time whatever the corpus size (plus the article ids of knowledge-base entities,
/// whose <c>articles</c> are only known at the end). Key names are stable: later versions add keys and never rename.
/// With a <see cref="Graph"/>, facts carry their cross-document links (global ids, clusters, stories).
/// </summary>
public sealed class JsonExporter(IArticleStore store)
{
    public const string Schema = "marsad/1";

    /// <summary>The store's cross-document links; null for a store that has none (its facts then stand alone).</summary>
    public IGraphStore? Graph { get; init; }

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        // Arabic stays readable in the file instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The document is closed by hand after the spilled arrays are appended (see WriteAsync).
        SkipValidation = true,
    };

    public async Task<int> WriteAsync(Stream output, ArticleQuery query, CancellationToken ct = default)
    {
        var arrays = new[] { "dates", "numbers", "entities", "mentions", "relations", "quotes", "events", "quantities" }
            .ToDictionary(name => name, _ => new SpillBuffer(), StringComparer.Ordinal);
        var seenEntities = new HashSet<string>(StringComparer.Ordinal);
        var listed = new Dictionary<string, (Entity Entity, string? GlobalId, List<string> Articles)>(StringComparer.Ordinal);
        var stories = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var writer = new Utf8JsonWriter(output, WriterOptions);
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteStartArray("articles");
            var count = 0;
            await foreach (var article in store.ReadArticlesAsync(query, ct))
            {
                var links = Graph is null ? null : await Graph.GetArticleLinksAsync(article.Id, ct);
                stories.UnionWith(links?.Stories ?? []);
                WriteArticle(writer, article, links);
                FactJson.Dates(arrays["dates"].Writer, article);
                FactJson.Numbers(arrays["numbers"].Writer, article);
                foreach (var entity in article.Entities)
                {
                    var global = links?.Entities.GetValueOrDefault(entity.Id);
                    if (entity.InKnowledgeBase)
                    {
                        // Shared by many articles: written at the end, once its articles are all known.
                        if (!listed.TryGetValue(entity.Id, out var entry))
                        {
                            listed[entity.Id] = entry = (entity, global ?? (Graph is null ? null : entity.Id), []);
                        }

                        entry.Articles.Add(article.Id);
                    }
                    else if (seenEntities.Add(entity.Id))
                    {
                        FactJson.Entity(arrays["entities"].Writer, entity, [article.Id], global);
                    }
                }

                FactJson.Mentions(arrays["mentions"].Writer, article, links);
                FactJson.Relations(arrays["relations"].Writer, article);
                FactJson.Quotes(arrays["quotes"].Writer, article, links);
                FactJson.Events(arrays["events"].Writer, article, links);
                FactJson.Quantities(arrays["quantities"].Writer, article);
                count++;
                if (writer.BytesPending > 1 << 20)
                {
                    await writer.FlushAsync(ct);
                }
            }

            foreach (var (entity, global, articles) in listed.Values)
            {
                FactJson.Entity(arrays["entities"].Writer, entity, articles, global);
            }

            writer.WriteEndArray();
            await WriteStoriesAsync(writer, stories, ct);
            await writer.FlushAsync(ct);
            foreach (var (name, buffer) in arrays)
            {
                await buffer.AppendAsPropertyAsync(output, name, ct);
            }

            await output.WriteAsync("}\n"u8.ToArray(), ct);
            await output.FlushAsync(ct);
            return count;
        }
        finally
        {
            foreach (var buffer in arrays.Values)
            {
                buffer.Dispose();
            }
        }
    }

    /// <summary>The stories of the exported articles: id, extractive title, member articles and first/last date.</summary>
    async Task WriteStoriesAsync(Utf8JsonWriter w, HashSet<string> ids, CancellationToken ct)
    {
        w.WriteStartArray("stories");
        if (Graph is not null && ids.Count > 0)
        {
            foreach (var story in await Graph.ListStoriesAsync(GraphQuery.All, ct))
            {
                if (!ids.Contains(story.Id))
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("id", story.Id);
                w.WriteString("title", story.Title);
                w.WriteStartArray("articles");
                foreach (var member in story.Articles)
                {
                    w.WriteStringValue(member.Article.Id);
                }

                w.WriteEndArray();
                w.WriteStartObject("span");
                w.WriteString("first", story.First is { } first ? FactJson.Iso(first) : null);
                w.WriteString("last", story.Last is { } last ? FactJson.Iso(last) : null);
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    static void WriteArticle(Utf8JsonWriter w, StoredArticle a, ArticleGraphLinks? links)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("source_file", a.SourceFile);
        w.WriteNumber("index_in_file", a.IndexInFile);
        w.WriteString("title", a.Title);
        w.WriteString("outlet", a.Outlet);
        w.WriteString("author", a.Author);
        w.WriteString("published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteBoolean("published_inferred", a.PublishedInferred);
        w.WriteString("published_text", a.PublishedText);
        if (a.Inferred is { } inferred)
        {
            w.WriteStartObject("published_evidence");
            w.WriteString("rule", inferred.Rule);
            w.WriteStartArray("spans");
            foreach (var span in inferred.Evidence)
            {
                w.WriteStartArray();
                w.WriteNumberValue(span.Start);
                w.WriteNumberValue(span.End);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteString("url", a.Url);
        w.WriteNumber("version", a.Version);
        w.WriteString("text", a.Text);
        w.WriteStartArray("removed");
        foreach (var r in a.Removed)
        {
            w.WriteStartObject();
            w.WriteNumber("start", r.RawSpan.Start);
            w.WriteNumber("end", r.RawSpan.End);
            w.WriteString("reason", r.Reason);
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sentences");
        foreach (var s in a.Sentences)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Span.Start);
            w.WriteNumberValue(s.Span.End);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteString("duplicate_of", links?.DuplicateOf);
        w.WriteStartArray("stories");
        foreach (var story in links?.Stories ?? [])
        {
            w.WriteStringValue(story);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
