using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Tokenization;
using static Marsad.Arabic.ArabicLetters;

namespace Marsad.Quotes;

/// <summary>
/// Pairs quotation marks into <see cref="Quotation"/>s, tolerant of scraped copy. «…» pairs by kind. The curly and
/// straight marks (“ ” " „) are read by their flanks, because right-to-left typing swaps the curly pair and pages mix
/// them (“…"): a mark with space before and a word after opens, a mark with a word before and space or punctuation
/// after closes, and a mark that is both or neither closes when a quotation is open and opens otherwise. A mark
/// glued to a written-apart proclitic (بـ"…", و"…") opens. A quotation inside another (a different mark, or an
/// opening flank while one is open) is part of the outer content. Quotations never cross a line break: one still
/// open at the end of its paragraph runs to the end of its sentence and is reported unclosed.
/// </summary>
internal static class QuotationScanner
{
    enum Flank
    {
        Neither,
        Opening,
        Closing,
        Both,
    }

    public static List<Quotation> Scan(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, int[] sentenceOf)
    {
        var found = new List<Quotation>();
        var outer = -1;
        var outerMark = '\0';
        var inner = -1;
        var innerGuillemets = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && CharClasses.HasLineBreak(text, tokens[i - 1].Span.End, tokens[i].Span.Start) && outer >= 0)
            {
                AddUnclosed(found, text, tokens, sentences, sentenceOf, outer);
                outer = -1;
            }

            var span = tokens[i].Span;
            if (span.Length != 1 || !IsMark(text[span.Start]))
            {
                continue;
            }

            var mark = text[span.Start];
            var flank = FlankOf(text, span.Start);
            if (outer < 0)
            {
                // A lone » or a mark that can only close has no quotation to close: a stray in the scrape.
                if (mark == '«' || (mark != '»' && flank != Flank.Closing))
                {
                    (outer, outerMark, inner, innerGuillemets) = (i, mark, -1, 0);
                }

                continue;
            }

            if (outerMark == '«')
            {
                if (mark == '«')
                {
                    innerGuillemets++;
                }
                else if (mark == '»' && innerGuillemets > 0)
                {
                    innerGuillemets--;
                }
                else if (mark == '»' || (inner < 0 && flank == Flank.Closing))
                {
                    // » closes; so does a curly or straight mark that can only close, the «…” of mixed copy.
                    Add(found, tokens, outer, i);
                    outer = -1;
                }
                else
                {
                    inner = inner < 0 ? i : -1;
                }

                continue;
            }

            if (inner >= 0)
            {
                inner = -1;
            }
            else if (mark == '«' || flank == Flank.Opening)
            {
                inner = i;
            }
            else
            {
                // Any other mark closes: the pair's other half, or a swapped or mixed one (“…“، “…").
                Add(found, tokens, outer, i);
                outer = -1;
            }
        }

        if (outer >= 0)
        {
            AddUnclosed(found, text, tokens, sentences, sentenceOf, outer);
        }

        return found;
    }

    /// <summary>The marks that open or close a quotation in Arabic copy.</summary>
    public static bool IsMark(char c) => c is '«' or '»' or '“' or '”' or '"' or '„' or '‟' or '″';

    static void Add(List<Quotation> found, ImmutableArray<Token> tokens, int open, int close)
    {
        if (close - open > 1)
        {
            found.Add(Make(tokens, open, close, open + 1, close));
        }
    }

    static void AddUnclosed(List<Quotation> found, string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, int[] sentenceOf, int open)
    {
        var sentence = sentences[sentenceOf[open]];
        var end = sentence.FirstToken + sentence.TokenCount;
        while (end > open + 1 && IsTrailingPunctuation(text[tokens[end - 1].Span.Start]) && tokens[end - 1].Span.Length == 1)
        {
            end--;
        }

        if (end > open + 1)
        {
            found.Add(Make(tokens, open, -1, open + 1, end));
        }
    }

    static Quotation Make(ImmutableArray<Token> tokens, int open, int close, int first, int end)
    {
        var words = 0;
        for (var t = first; t < end; t++)
        {
            words += IsWord(tokens[t]) ? 1 : 0;
        }

        return new Quotation(open, close, first, end, new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End), words);
    }

    /// <summary>A token with a letter or digit (not a mark).</summary>
    public static bool IsWord(in Token token) => token.Folded.Length > 0 && char.IsLetterOrDigit(token.Folded[0]);

    static bool IsTrailingPunctuation(char c) => c is '.' or '،' or ',' or '؛' or ';' or ':' or '…' or '-' or '–';

    static Flank FlankOf(string text, int at)
    {
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        var opens = (char.IsWhiteSpace(before) || IsOpeningContext(before) || IsJoinedProclitic(text, at)) && !char.IsWhiteSpace(after) && !IsClosingContext(after);
        var closes = !char.IsWhiteSpace(before) && !IsOpeningContext(before) && !IsJoinedProclitic(text, at) && (char.IsWhiteSpace(after) || IsClosingContext(after));
        return (opens, closes) switch
        {
            (true, false) => Flank.Opening,
            (false, true) => Flank.Closing,
            (true, true) => Flank.Both,
            _ => Flank.Neither,
        };
    }

    static bool IsOpeningContext(char c) => c is '(' or '[' or '{' or ':' or '«' or '—' or '-';

    static bool IsClosingContext(char c) =>
        c is '.' or '،' or ',' or '؛' or ';' or ':' or '!' or '?' or ArabicQuestionMark or ')' or ']' or '}' or '»' or '…' or '-' or '–' || IsMark(c);

    /// <summary>بـ"…" (tatweel) or a one-letter proclitic written apart (و"…" ب"…"): the mark opens.</summary>
    static bool IsJoinedProclitic(string text, int at)
    {
        if (at == 0)
        {
            return false;
        }

        var c = text[at - 1];
        if (c == Tatweel)
        {
            return true;
        }

        return c is Waw or Beh or Lam or Kaf or Feh && (at == 1 || char.IsWhiteSpace(text[at - 2]));
    }
}
