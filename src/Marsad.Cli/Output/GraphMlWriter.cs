using System.Globalization;
using System.Text;
using System.Xml;
using Marsad.Documents;
using Marsad.Persistence.Graph;

namespace Marsad.Cli.Output;

/// <summary>
/// Writes the knowledge graph as GraphML (http://graphml.graphdrawing.org/) that Gephi, yEd and networkx open:
/// every attribute a node or edge carries is declared first with a &lt;key&gt;; <c>label</c> is what Gephi shows and
/// <c>weight</c> (articles) what it sizes edges by. Empty values are left out rather than written empty.
/// </summary>
internal static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Declared attributes: key id, domain (node/edge), attr.name, attr.type.</summary>
    static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("name_ar", "node", "name_ar", "string"),
        ("name_en", "node", "name_en", "string"),
        ("kind", "node", "kind", "string"),
        ("articles", "node", "articles", "int"),
        ("first_seen", "node", "first_seen", "string"),
        ("last_seen", "node", "last_seen", "string"),
        ("edge_label", "edge", "label", "string"),
        ("edge_kind", "edge", "edge_kind", "string"),
        ("relation", "edge", "relation", "string"),
        ("role", "edge", "role", "string"),
        ("weight", "edge", "weight", "double"),
        ("edge_articles", "edge", "articles", "int"),
        ("outlets", "edge", "outlets", "int"),
        ("first", "edge", "first", "string"),
        ("last", "edge", "last", "string"),
        ("evidence", "edge", "evidence", "string"),
        ("events", "edge", "events", "string"),
    ];

    public static void Write(Stream output, ActorGraph graph)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var (id, domain, name, type) in Keys)
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", domain);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "marsad");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", Namespace);
            w.WriteAttributeString("id", Clean(n.Id));
            Data(w, "label", new NamedId(n.Id, n.Name, n.NameEn).Display);
            Data(w, "name_ar", n.Name);
            Data(w, "name_en", n.NameEn);
            Data(w, "kind", FactNames.Of(n.Kind));
            Data(w, "articles", n.Articles.ToString(CultureInfo.InvariantCulture));
            Data(w, "first_seen", Day(n.FirstSeen));
            Data(w, "last_seen", Day(n.LastSeen));
            w.WriteEndElement();
        }

        var i = 0;
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge", Namespace);
            w.WriteAttributeString("id", "e" + (i++).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", Clean(e.Source));
            w.WriteAttributeString("target", Clean(e.Target));
            Data(w, "edge_label", e.Role is { } role ? $"{e.Relation}: {role}" : e.Relation);
            Data(w, "edge_kind", e.Kind == EdgeKind.Relation ? "relation" : "interaction");
            Data(w, "relation", e.Relation);
            Data(w, "role", e.Role);
            Data(w, "weight", e.Articles.ToString(CultureInfo.InvariantCulture));
            Data(w, "edge_articles", e.Articles.ToString(CultureInfo.InvariantCulture));
            Data(w, "outlets", e.Outlets.ToString(CultureInfo.InvariantCulture));
            Data(w, "first", Day(e.First));
            Data(w, "last", Day(e.Last));
            Data(w, "evidence", string.Join(' ', e.Evidence.Select(x => $"{x.ArticleId}:{x.Start}-{x.End}")));
            Data(w, "events", string.Join(' ', e.Events));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    static void Data(XmlWriter w, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Names come from scraped pages: characters XML 1.0 cannot carry (controls, lone surrogates) are dropped.</summary>
    static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(value, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                sb.Append(value[i]);
            }
        }

        return sb.Length == value.Length ? value : sb.ToString();
    }
}
