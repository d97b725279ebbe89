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
