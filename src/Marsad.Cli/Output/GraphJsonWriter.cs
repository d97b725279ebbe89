using System.Text.Json;
using Marsad.Documents;
using Marsad.Export;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Output;

/// <summary>
/// Writes the knowledge graph as JSON (<c>marsad-graph/1</c>): nodes, and edges with their weights, dates, evidence
/// spans and event clusters; the same content as the GraphML, for scripts and the web workspace.
/// </summary>
internal static class GraphJsonWriter
{
    public const string Schema = "marsad-graph/1";

    public static void Write(Stream output, ActorGraph graph)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartArray("nodes");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("kind", FactNames.Of(n.Kind));
            w.WriteString("name", n.Name);
            w.WriteString("name_en", n.NameEn);
            w.WriteNumber("articles", n.Articles);
            w.WriteString("first_seen", Day(n.FirstSeen));
            w.WriteString("last_seen", Day(n.LastSeen));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var e in graph.Edges)
        {
            w.WriteStartObject();
            w.WriteString("source", e.Source);
            w.WriteString("target", e.Target);
            w.WriteString("kind", e.Kind == EdgeKind.Relation ? "relation" : "interaction");
            w.WriteString("relation", e.Relation);
            w.WriteString("role", e.Role);
            w.WriteNumber("articles", e.Articles);
            w.WriteNumber("outlets", e.Outlets);
            w.WriteString("first", Day(e.First));
            w.WriteString("last", Day(e.Last));
            w.WriteStartArray("evidence");
            foreach (var x in e.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("article", x.ArticleId);
                w.WriteString("date", Day(x.Date));
                w.WriteString("outlet", x.Outlet);
                w.WriteNumber("start", x.Start);
                w.WriteNumber("end", x.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var id in e.Events)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    static string? Day(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
}
