using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Persistence;

namespace Marsad.Export;

/// <summary>
/// Writes the store as the <c>marsad/1</c> JSON document (docs/export.md, docs/export.schema.json), streaming:
/// articles are read once; each other array is written row by row to a temporary file and appended at the end, so
/// memory holds one article at a time whatever the corpus size. Key names are stable: later versions add keys and
/// never rename.
/// </summary>
public sealed class JsonExporter(IArticleStore store)
{
    public const string Schema = "marsad/1";

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
        try
        {
            await using var writer = new Utf8JsonWriter(output, WriterOptions);
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteStartArray("articles");
            var count = 0;
            await foreach (var article in store.ReadArticlesAsync(query, ct))
            {
                WriteArticle(writer, article);
                FactJson.Dates(arrays["dates"].Writer, article);
                FactJson.Numbers(arrays["numbers"].Writer, article);
                foreach (var entity in article.Entities.Where(e => seenEntities.Add(e.Id)))
                {
                    FactJson.Entity(arrays["entities"].Writer, entity);
                }

                FactJson.Mentions(arrays["mentions"].Writer, article);
                FactJson.Relations(arrays["relations"].Writer, article);
                FactJson.Quotes(arrays["quotes"].Writer, article);
                FactJson.Events(arrays["events"].Writer, article);
                FactJson.Quantities(arrays["quantities"].Writer, article);
                count++;
                if (writer.BytesPending > 1 << 20)
                {
                    await writer.FlushAsync(ct);
                }
            }

            writer.WriteEndArray();
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

    static void WriteArticle(Utf8JsonWriter w, StoredArticle a)
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
        w.WriteEndObject();
    }
}
