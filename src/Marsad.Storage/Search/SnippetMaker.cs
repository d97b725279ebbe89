using Lucene.Net.Index;
using Lucene.Net.Util;
using Marsad.Documents;

namespace Marsad.Storage.Search;

/// <summary>
/// Cuts a highlighted snippet from an article: the window of text with the most distinct matching words, cut at
/// word boundaries, as plain text parts with the matching words marked. Words are cut and stemmed by the engine's
/// tokenizer, whose stems are the index's stems (<see cref="SearchStem"/>), so what is marked is what matched.
/// The parts are never markup: whoever renders them escapes them.
/// </summary>
internal static class SnippetMaker
{
    /// <summary>About two lines of Arabic news text: enough context to judge a hit, short enough to scan a list.</summary>
    public const int SnippetChars = 240;

    // A snippet opens a few words before its first hit, so the hit is read in its sentence.
    const int LeadChars = 40;

    public static IReadOnlyList<SnippetPart> Whole(string? text, HighlightTerms terms) =>
        string.IsNullOrEmpty(text) ? [] : Parts(text, Tokenization.Tokenizer.Tokenize(text), 0, text.Length, terms);

    /// <summary>
    /// The snippet of a hit from its term vectors: the offsets of the query's stems, bases and skeletons in the stored
    /// text, without analysing the text again (a result page cuts ten snippets per search, and re-tokenising ten
    /// articles allocated more than the whole search). The window is the one with the most distinct matched words,
    /// cut at spaces.
    /// </summary>
    public static IReadOnlyList<SnippetPart> FromVectors(IndexReader reader, int doc, string text, HighlightTerms terms, int maxChars = SnippetChars)
    {
        var vectors = reader.GetTermVectors(doc);
        if (vectors is null || terms.IsEmpty)
        {
            return Best(text, terms, maxChars);
        }

        var hits = new List<TextSpan>();
        foreach (var (field, term) in terms.FieldTerms())
        {
            var iterator = vectors.GetTerms(field)?.GetEnumerator();
            if (iterator is null || !iterator.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            var positions = iterator.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                if (positions.StartOffset >= 0 && positions.EndOffset <= text.Length && positions.StartOffset < positions.EndOffset)
                {
                    hits.Add(new TextSpan(positions.StartOffset, positions.EndOffset));
                }
            }
        }

        return FromSpans(text, [.. hits.Distinct().OrderBy(h => h.Start)], maxChars);
    }

    /// <summary>A snippet around known hit spans (sorted, non-overlapping words of the text).</summary>
    internal static IReadOnlyList<SnippetPart> FromSpans(string text, IReadOnlyList<TextSpan> hits, int maxChars = SnippetChars)
    {
        var start = 0;
        if (hits.Count > 0)
        {
            var best = 0;
            var bestCount = 0;
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            for (var h = 0; h < hits.Count; h++)
            {
                distinct.Clear();
                var limit = hits[h].Start + maxChars - LeadChars;
                for (var k = h; k < hits.Count && hits[k].End <= limit; k++)
                {
                    distinct.Add(text[hits[k].Start..hits[k].End]);
                }

                if (distinct.Count > bestCount)
                {
                    (best, bestCount) = (h, distinct.Count);
                }
            }

            start = SpaceAfter(text, Math.Max(0, hits[best].Start - LeadChars), hits[best].Start);
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n'], end - 1, end - start);
            end = space > start ? space : end;
        }

        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        var at = start;
        foreach (var hit in hits)
        {
            if (hit.Start < at || hit.End > end)
            {
                continue;
            }

            if (hit.Start > at)
            {
                parts.Add(new SnippetPart(Flat(text, at, hit.Start), false));
            }

            parts.Add(new SnippetPart(text[hit.Start..hit.End], true));
            at = hit.End;
        }

        if (end > at)
        {
            parts.Add(new SnippetPart(Flat(text, at, end), false));
        }

        if (end < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return parts;
    }

    /// <summary>The first word start at or after <paramref name="from"/> (never past <paramref name="limit"/>).</summary>
    static int SpaceAfter(string text, int from, int limit)
    {
        if (from == 0)
        {
            return 0;
        }

        for (var i = from; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>The snippet from re-tokenising the text: used when an index has no term vectors.</summary>
    public static IReadOnlyList<SnippetPart> Best(string text, HighlightTerms terms, int maxChars = SnippetChars)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var tokens = Tokenization.Tokenizer.Tokenize(text);
        var hits = new List<int>();
        if (!terms.IsEmpty)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (terms.Matches(tokens[i]))
                {
                    hits.Add(i);
                }
            }
        }

        var start = 0;
        if (hits.Count > 0)
        {
            var best = BestWindow(tokens, hits, maxChars - LeadChars);
            start = WordStartAtOrAfter(tokens, Math.Max(0, tokens[best].Span.Start - LeadChars));
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            end = WordEndAtOrBefore(tokens, end, start);
        }

        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        parts.AddRange(Parts(text, tokens, start, end, terms));
        if (end < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return parts;
    }

    /// <summary>The hit token that opens the window of <paramref name="width"/> characters with the most distinct hits.</summary>
    static int BestWindow(System.Collections.Immutable.ImmutableArray<Token> tokens, List<int> hits, int width)
    {
        var best = hits[0];
        var bestCount = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var h = 0; h < hits.Count; h++)
        {
            distinct.Clear();
            var limit = tokens[hits[h]].Span.Start + width;
            for (var k = h; k < hits.Count && tokens[hits[k]].Span.End <= limit; k++)
            {
                distinct.Add(HighlightTerms.Key(tokens[hits[k]]));
            }

            if (distinct.Count > bestCount)
            {
                (best, bestCount) = (hits[h], distinct.Count);
            }
        }

        return best;
    }

    static List<SnippetPart> Parts(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end, HighlightTerms terms)
    {
        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var token in tokens)
        {
            if (token.Span.Start < start || token.Span.End > end || terms.IsEmpty || !terms.Matches(token))
            {
                continue;
            }

            if (token.Span.Start > at)
            {
                parts.Add(new SnippetPart(Flat(text, at, token.Span.Start), false));
            }

            parts.Add(new SnippetPart(text[token.Span.Start..token.Span.End], true));
            at = token.Span.End;
        }

        if (end > at)
        {
            parts.Add(new SnippetPart(Flat(text, at, end), false));
        }

        return parts;
    }

    // Paragraph breaks inside a snippet read as one space in a result list.
    static string Flat(string text, int start, int end) => text[start..end].ReplaceLineEndings(" ");

    static int WordStartAtOrAfter(System.Collections.Immutable.ImmutableArray<Token> tokens, int offset)
    {
        foreach (var t in tokens)
        {
            if (t.Span.Start >= offset)
            {
                return t.Span.Start;
            }
        }

        return offset;
    }

    static int WordEndAtOrBefore(System.Collections.Immutable.ImmutableArray<Token> tokens, int offset, int floor)
    {
        var end = floor;
        foreach (var t in tokens)
        {
            if (t.Span.End > offset)
            {
                break;
            }

            end = t.Span.End;
        }

        return end > floor ? end : offset;
    }
}
