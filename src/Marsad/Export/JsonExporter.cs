using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Persistence;

namespace Marsad.Export;

/// <summary>
/// Writes the store as the <c>marsad/1</c> JSON document (docs/export.md, docs/export.schema.json), streaming:
/// articles are read once and their layers are written to per-array buffers, so memory holds one article at a time
/// plus the layer rows. Key names are stable: later versions add keys and never rename.
/// </summary>
public sealed class JsonExporter(IArticleStore store)
{
    public const string Schema = "marsad/1";

    static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        // The document is closed by hand after the spilled arrays are appended (see WriteAsync).
        SkipValidation = true,
        // Arabic stays readable in the file instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> WriteAsync(Stream output, ArticleQuery query, CancellationToken ct = default)
    {
        // Layers go to temporary files so the export never holds the whole corpus in memory.
        using var dates = new SpillBuffer();
        using var numbers = new SpillBuffer();
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartArray("articles");
        var count = 0;
        await foreach (var article in store.ReadArticlesAsync(query, ct))
        {
            WriteArticle(writer, article);
            WriteDates(dates.Writer, article);
            WriteNumbers(numbers.Writer, article);
            count++;
            if (writer.BytesPending > 1 << 20)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(ct);
        await dates.AppendAsPropertyAsync(output, "dates", ct);
        await numbers.AppendAsPropertyAsync(output, "numbers", ct);
        await output.WriteAsync("}\n"u8.ToArray(), ct);
        await output.FlushAsync(ct);
        return count;
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
        w.WriteString("published", Iso(a.Published));
        w.WriteBoolean("published_inferred", a.PublishedInferred);
        w.WriteString("published_text", a.PublishedText);
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

    static void WriteDates(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var d in a.Dates)
        {
            w.WriteStartObject();
            w.WriteString("article", a.Id);
            w.WriteNumber("start", d.Span.Start);
            w.WriteNumber("end", d.Span.End);
            w.WriteString("text", Slice(a.Text, d.Span));
            w.WriteString("value", d.Value);
            w.WriteString("precision", d.Precision.ToString().ToLowerInvariant());
            w.WriteString("rule", d.Rule);
            w.WriteBoolean("relative", d.Relative);
            w.WriteEndObject();
        }
    }

    static void WriteNumbers(Utf8JsonWriter w, StoredArticle a)
    {
        foreach (var n in a.Numbers)
        {
            w.WriteStartObject();
            w.WriteString("article", a.Id);
            w.WriteNumber("start", n.Span.Start);
            w.WriteNumber("end", n.Span.End);
            w.WriteString("text", Slice(a.Text, n.Span));
            w.WriteNumber("value", n.Value);
            w.WriteBoolean("approximate", n.Approximate);
            w.WriteEndObject();
        }
    }

    static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End ? text[span.Start..span.End] : string.Empty;

    static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
