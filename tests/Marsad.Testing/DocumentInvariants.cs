using Marsad.Documents;

namespace Marsad.Testing;

/// <summary>
/// The offset invariants every stage test checks: each layer's spans lie inside the text, are non-empty,
/// sorted, and (where the layer is a partition) do not overlap; token and sentence indices agree.
/// </summary>
public static class DocumentInvariants
{
    public static void Check(Document doc)
    {
        var n = doc.Text.Length;
        CheckLayer("token", doc.Tokens.Select(t => t.Span), n, allowOverlap: false);
        CheckLayer("sentence", doc.Sentences.Select(s => s.Span), n, allowOverlap: false);
        CheckLayer("number", doc.Numbers.Select(x => x.Span), n, allowOverlap: false);
        CheckLayer("date", doc.Dates.Select(x => x.Span), n, allowOverlap: false);
        CheckEvents(doc);
        CheckMentions(doc);
        CheckRelations(doc);

        foreach (var t in doc.Tokens)
        {
            Assert.False(string.IsNullOrWhiteSpace(doc[t.Span]), $"token {t.Span} is blank");
        }

        var next = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.True(s.FirstToken == next, $"sentence {s.Span} starts at token {s.FirstToken}, expected {next}");
            for (var i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
            {
                Assert.True(s.Span.Contains(doc.Tokens[i].Span), $"token {doc.Tokens[i].Span} lies outside its sentence {s.Span}");
            }

            next = s.FirstToken + s.TokenCount;
        }

        if (!doc.Sentences.IsEmpty)
        {
            Assert.True(next == doc.Tokens.Length, $"sentences cover {next} of {doc.Tokens.Length} tokens");
        }

        CheckQuotes(doc);
    }

    /// <summary>Quotes: contents sorted and disjoint; cue and speaker spans inside the text and non-empty; a source class
    /// never comes with an entity id.</summary>
    static void CheckQuotes(Document doc)
    {
        CheckLayer("quote", doc.Quotes.Select(q => q.Content), doc.Text.Length, allowOverlap: false);
        foreach (var q in doc.Quotes)
        {
            foreach (var span in new[] { q.Cue, q.SpeakerSpan })
            {
                Assert.True(span is null || (span.Value.Start >= 0 && span.Value.End <= doc.Text.Length && span.Value.Start < span.Value.End), $"quote {q.Content} has a bad span {span}");
            }

            Assert.False(q.SpeakerClass is not null && q.SpeakerId is not null, $"quote {q.Content} has both a speaker id and a class");
        }
    }

    /// <summary>Events: inside their sentence, sorted by sentence then trigger, unique ids; quantities inside the text.</summary>
    static void CheckEvents(Document doc)
    {
        var n = doc.Text.Length;
        CheckLayer("event", doc.Events.Select(e => e.Span), n, allowOverlap: true);
        CheckLayer("quantity", doc.Quantities.Select(q => q.Span), n, allowOverlap: false);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        NewsEvent? previous = null;
        foreach (var e in doc.Events)
        {
            Assert.True(ids.Add(e.Id), $"event id {e.Id} is repeated");
            Assert.True(e.Span.Contains(e.Trigger) && !e.Trigger.IsEmpty, $"event {e.Id} trigger {e.Trigger} lies outside its sentence {e.Span}");
            Assert.True(e.PlaceSpan is not { } p || (p.Start >= 0 && p.End <= n && p.Start < p.End), $"event {e.Id} place span {e.PlaceSpan} is outside the text");
            Assert.True(e.DateEnd is null || e.Date is null || e.DateEnd >= e.Date, $"event {e.Id} ends before it starts");
            Assert.True(previous is null || previous.Span.Start < e.Span.Start || (previous.Span.Start == e.Span.Start && previous.Trigger.Start <= e.Trigger.Start),
                $"events are not sorted: {previous?.Id} before {e.Id}");
            foreach (var q in e.Quantities)
            {
                Assert.True(q.Span.Start >= 0 && q.Span.End <= n && q.Span.Start < q.Span.End, $"event {e.Id} quantity {q.Span} lies outside the text");
            }

            previous = e;
        }

        if (doc.InferredPublished is { } inferred)
        {
            CheckLayer("inferred-date evidence", inferred.Evidence, n, allowOverlap: false);
        }
    }

    /// <summary>Mentions: sorted and non-overlapping; entities unique by id; every mention's entity id is an entity.</summary>
    static void CheckMentions(Document doc)
    {
        CheckLayer("mention", doc.Mentions.Select(m => m.Span), doc.Text.Length, allowOverlap: false);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
        {
            Assert.True(ids.Add(e.Id), $"entity id {e.Id} is repeated");
        }

        foreach (var m in doc.Mentions.Where(m => m.EntityId is not null))
        {
            Assert.True(ids.Contains(m.EntityId!), $"mention {m.Span} «{doc[m.Span]}» links to {m.EntityId}, which is not in Entities");
        }
    }

    /// <summary>Relations: spans inside the text with the phrase as printed; subjects are entities of the document,
    /// objects are entities or knowledge-base ids (a country named only by a nationality adjective).</summary>
    static void CheckRelations(Document doc)
    {
        var n = doc.Text.Length;
        var ids = doc.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in doc.Relations)
        {
            Assert.True(r.Span.Start >= 0 && r.Span.End <= n && r.Span.Start < r.Span.End, $"relation span {r.Span} lies outside the text");
            Assert.True(r.Text == doc[r.Span], $"relation text «{r.Text}» is not the text under its span {r.Span}");
            Assert.True(ids.Contains(r.SubjectId), $"relation subject {r.SubjectId} is not an entity of the document");
            Assert.True(r.ObjectId is null || ids.Contains(r.ObjectId) || r.ObjectId.StartsWith("kb:", StringComparison.Ordinal),
                $"relation object {r.ObjectId} is neither an entity of the document nor a knowledge-base id");
        }
    }

    /// <summary>Checks one layer of spans against a text of length <paramref name="textLength"/>.</summary>
    public static void CheckLayer(string layer, IEnumerable<TextSpan> spans, int textLength, bool allowOverlap)
    {
        var previous = new TextSpan(0, 0);
        var first = true;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= 0 && span.End <= textLength, $"{layer} span {span} lies outside the text (length {textLength})");
            Assert.True(span.Start < span.End, $"{layer} span {span} is empty or inverted");
            if (!first)
            {
                Assert.True(span.Start >= previous.Start, $"{layer} spans are not sorted: {span} after {previous}");
                Assert.True(allowOverlap || span.Start >= previous.End, $"{layer} spans overlap: {previous} and {span}");
            }

            previous = span;
            first = false;
        }
    }
}
