using System.Collections.Immutable;
using System.Text;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Evaluation;
using Marsad.Quotes;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Inline markup for quote tests and Specs/Quotes.md. Mentions: <c>[مصطفى الكاظمي]{PER kb:kadhimi}</c> (kind PER, ORG,
/// GPE, LOC or MISC, then the entity id; add MED for an outlet). Expected quotes: <c>[content]{DQ …}</c> for a
/// direct quote and <c>[content]{IQ …}</c> for an indirect one, with optional <c>by=id</c> (or <c>by=none</c>),
/// <c>class=id</c>, <c>cue=lemma</c>, <c>medium=name</c>, <c>via=id</c> (a value with spaces in "…", or <c>none</c>)
/// and <c>span=text</c> (the SpeakerSpan's text). Markup nests: a quote's content may hold mentions.
/// </summary>
static class QuoteMarkup
{
    /// <summary>What the markup expects of one quote; null fields are not checked.</summary>
    public sealed record Expected(string Content, bool Direct, string? By, string? Class, string? Cue, string? Medium, string? Via, string? Span);

    public static (Document Doc, ImmutableArray<Expected> Quotes) Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var mentions = new List<Mention>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var quotes = new List<(int Start, Expected Quote)>();
        var open = new Stack<int>();
        for (var i = 0; i < marked.Length; i++)
        {
            var c = marked[i];
            if (c == '[')
            {
                open.Push(text.Length);
                continue;
            }

            if (c == ']' && i + 1 < marked.Length && marked[i + 1] == '{' && open.Count > 0)
            {
                var close = marked.IndexOf('}', i + 2);
                var tag = marked[(i + 2)..close];
                var start = open.Pop();
                var span = new TextSpan(start, text.Length);
                var surface = text.ToString(start, span.Length);
                Read(tag, span, surface, mentions, entities, quotes);
                i = close;
                continue;
            }

            text.Append(c);
        }

        Assert.True(open.Count == 0, $"unclosed [ in markup: {marked}");
        var doc = new Document("spec", new ArticleSource("spec.txt", 0), text.ToString());
        doc = new Tokenizer().Run(doc);
        doc = new SentenceSplitter().Run(doc);
        doc = doc with
        {
            Mentions = [.. mentions.OrderBy(m => m.Span.Start)],
            Entities = [.. entities.Values],
        };
        DocumentInvariants.Check(doc);
        return (doc, [.. quotes.OrderBy(q => q.Start).Select(q => q.Quote)]);
    }

    /// <summary>Runs the finder on the markup's document and checks the invariants.</summary>
    public static (Document Doc, ImmutableArray<Expected> Expected) Run(string marked)
    {
        var (doc, expected) = Parse(marked);
        doc = QuoteFinder.CreateDefault().Run(doc);
        DocumentInvariants.Check(doc);
        return (doc, expected);
    }

    /// <summary>Asserts the finder found exactly the quotes the markup marks, with what each one specifies.</summary>
    public static void Check(string marked)
    {
        var (doc, expected) = Run(marked);
        var found = doc.Quotes.Select(q => Describe(doc, q)).ToList();
        Assert.True(expected.Length == doc.Quotes.Length, $"expected {expected.Length} quotes, found {doc.Quotes.Length}:\n{string.Join("\n", found)}");
        for (var i = 0; i < expected.Length; i++)
        {
            var (want, got) = (expected[i], doc.Quotes[i]);
            var where = $"quote {i + 1}: {found[i]}";
            Assert.True(want.Content == doc[got.Content], $"{where}\n  content should be «{want.Content}»");
            Assert.True(want.Direct == got.Direct, $"{where}\n  should be {(want.Direct ? "direct" : "indirect")}");
            if (want.By is not null)
            {
                Assert.True((want.By == "none" ? null : want.By) == got.SpeakerId, $"{where}\n  speaker should be {want.By}");
            }

            if (want.Class is not null)
            {
                Assert.True((want.Class == "none" ? null : want.Class) == got.SpeakerClass, $"{where}\n  class should be {want.Class}");
            }

            if (want.Cue is not null)
            {
                Assert.True((want.Cue == "none" ? null : ArabicFolding.Fold(want.Cue)) == got.CueVerb, $"{where}\n  cue should be {want.Cue}");
            }

            if (want.Medium is not null)
            {
                Assert.True(Enum.Parse<QuoteMedium>(want.Medium, ignoreCase: true) == got.Medium, $"{where}\n  medium should be {want.Medium}");
            }

            if (want.Via is not null)
            {
                Assert.True((want.Via == "none" ? null : want.Via) == got.ViaOutlet, $"{where}\n  outlet should be {want.Via}");
            }

            if (want.Span is not null)
            {
                Assert.True(want.Span == (got.SpeakerSpan is { } s ? doc[s] : "none"), $"{where}\n  speaker span should be «{want.Span}»");
            }
        }
    }

    /// <summary>One line per quote, for failure messages.</summary>
    public static string Describe(Document doc, Quote q) =>
        $"{(q.Direct ? "DQ" : "IQ")} «{doc[q.Content]}» by={q.SpeakerId ?? "none"} class={q.SpeakerClass ?? "none"} " +
        $"span=«{(q.SpeakerSpan is { } s ? doc[s] : "")}» cue={q.CueVerb ?? "none"} medium={q.Medium} via={q.ViaOutlet ?? "none"}";

    static void Read(string tag, TextSpan span, string surface, List<Mention> mentions, Dictionary<string, Entity> entities, List<(int, Expected)> quotes)
    {
        var parts = Split(tag);
        if (parts[0] is "DQ" or "IQ")
        {
            var attributes = parts.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'), StringComparer.Ordinal);
            quotes.Add((span.Start, new Expected(
                surface,
                parts[0] == "DQ",
                attributes.GetValueOrDefault("by"),
                attributes.GetValueOrDefault("class"),
                attributes.GetValueOrDefault("cue"),
                attributes.GetValueOrDefault("medium"),
                attributes.GetValueOrDefault("via"),
                attributes.GetValueOrDefault("span"))));
            return;
        }

        var kind = GoldReader.Kind(parts[0]);
        var id = parts.Count > 1 ? parts[1] : "local:" + surface;
        mentions.Add(new Mention(span, kind, MentionSource.KnowledgeBase, id));
        if (!entities.ContainsKey(id))
        {
            entities[id] = new Entity(id, kind, surface) { Sector = parts.Contains("MED") ? "MED" : null };
        }
    }

    /// <summary>Splits a tag on spaces, keeping "…" values whole.</summary>
    static List<string> Split(string tag)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in tag)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }
}
