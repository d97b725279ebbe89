using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Tokenization;

namespace Marsad.Numbers;

/// <summary>
/// Finds quantities written with digits (4500، ٤٥٠٠، 4,500، 2.5), with words (خمسة وعشرون، ألفين، ثلاثمئة) or
/// both (50 ألف، 1.5 مليون، 8 آلاف) and gives each its value. Tokens inside a date (<see cref="Document.Dates"/>,
/// filled by the dates stage that runs before this one) are skipped so no number is reported twice. Not
/// reported: ordinals (الثالثة), vague quantifiers (عشرات، آلاف alone), and number words with the article
/// (في المئة، القرن العشرين، الذكرى الخمسين), which name or rank rather than count.
/// <para>
/// Hedges (نحو، قرابة، أكثر من، تقريباً) set <see cref="NumberMention.Approximate"/> but stay outside the span:
/// the span is the quantity as printed, so the same figure has the same span text with or without a hedge,
/// and a later unit or event stage can read the hedge from the tokens before it. A proclitic on the first
/// word (بخمسة، وثلاثة) is left out of the span for the same reason.
/// </para>
/// </summary>
public sealed class NumberFinder(NumberLexicon lexicon) : IStage
{
    public NumberFinder() : this(NumberLexicon.Default)
    {
    }

    public Layer Requires => Layer.Tokens;

    public Layer Provides => Layer.Numbers;

    public Document Run(Document doc) => doc with { Numbers = Find(doc) };

    ImmutableArray<NumberMention> Find(Document doc)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var run = new TokenRun(text, tokens, BlockedByDates(tokens, doc.Dates));

        var numbers = ImmutableArray.CreateBuilder<NumberMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (run.IsBlocked(i) || token.Folded.Length == 0)
            {
                continue;
            }

            int count;
            decimal value;
            var start = token.Span.Start;
            if (CharClasses.IsDigit(text[start]))
            {
                if (!DigitNumbers.TryParse(text.AsSpan(start, token.Span.Length), out value))
                {
                    continue;
                }

                count = 1;
                if (i + 1 < tokens.Length && run.Joins(i + 1) && TryGetWord(tokens[i + 1], lexicon, false, out var scale, out var conjoined, out _)
                    && !conjoined && scale.Kind is NumberWordKind.Scale or NumberWordKind.ScalePlural)
                {
                    // 50 ألف، 1.5 مليون، 8 آلاف: digits count the scale word after them.
                    value *= scale.Value;
                    count = 2;
                }
            }
            else
            {
                if (token.Prefix.Length >= token.Folded.Length || !lexicon.MayStartWord(token.Folded[token.Prefix.Length]))
                {
                    continue;
                }

                count = NumberPhraseReader.Read(run, i, lexicon, out value);
                if (count == 0 || IsDefiniteCompoundTail(run, i))
                {
                    continue;
                }

                TryGetWord(token, lexicon, true, out _, out _, out var baseOffset);
                var surfaceOffset = baseOffset == 0 ? 0 : FoldedPositions.SurfaceIndex(text.AsSpan(start, token.Span.Length), baseOffset);
                start += Math.Max(surfaceOffset, 0);
            }

            var end = i + count;
            var approximate = HedgeBefore(run, i) || HedgeAfter(text, run, end);
            numbers.Add(new NumberMention(new TextSpan(start, tokens[end - 1].Span.End), Normalize(value), approximate));
            i = end - 1;
        }

        return numbers.ToImmutable();
    }

    /// <summary>
    /// A number word of the table in <paramref name="token"/>, looked up by its base (the folded word after the
    /// proclitics <see cref="CliticSplitter"/> found: بخمسة → خمسة). Words with the article never count. After the
    /// first word of a number only a bare word or و+word may follow (<paramref name="conjoined"/> tells which).
    /// </summary>
    internal static bool TryGetWord(Token token, NumberLexicon lexicon, bool first, out NumberWord word, out bool conjoined, out int baseOffset)
    {
        var prefix = token.Prefix;
        conjoined = prefix == "و";
        baseOffset = prefix.Length;
        word = default;
        if (prefix.EndsWith("ال", StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal)
            || (!first && prefix.Length > 0 && !conjoined))
        {
            return false;
        }

        return lexicon.TryGetWord(token.Folded.AsSpan(baseOffset), out word);
    }

    /// <summary>
    /// عشر/عشرة right after a word with the article closes a definite compound, an ordinal or a named group
    /// (الثامن عشر، القرن التاسع عشر، الخمسة عشر): a rank or a name, not a count of ten.
    /// </summary>
    static bool IsDefiniteCompoundTail(in TokenRun run, int i)
    {
        var tokens = run.Tokens;
        if (i == 0 || !run.Joins(i) || tokens[i].Prefix.Length > 0 || tokens[i].Folded is not ("عشر" or "عشره"))
        {
            return false;
        }

        var previous = tokens[i - 1].Prefix;
        return previous.EndsWith("ال", StringComparison.Ordinal) || previous.EndsWith("لل", StringComparison.Ordinal);
    }

    bool HedgeBefore(in TokenRun run, int first)
    {
        foreach (var hedge in lexicon.Hedges)
        {
            var k = hedge.Words.Length;
            if (hedge.After || first - k < 0 || !run.Joins(first))
            {
                continue;
            }

            if (Matches(run, first - k, hedge))
            {
                return true;
            }
        }

        return false;
    }

    bool HedgeAfter(string text, in TokenRun run, int end)
    {
        var tokens = run.Tokens;
        foreach (var hedge in lexicon.Hedges)
        {
            if (!hedge.After)
            {
                continue;
            }

            // Right after the number, or after its counted noun (50 شخصاً تقريباً).
            for (var at = end; at <= end + 1 && at + hedge.Words.Length <= tokens.Length; at++)
            {
                if (!run.Joins(at) || (at > end && !ArabicLetters.IsArabicLetter(text[tokens[end].Span.Start])))
                {
                    break;
                }

                if (Matches(run, at, hedge))
                {
                    return true;
                }
            }
        }

        return false;
    }

    static bool Matches(in TokenRun run, int at, NumberHedge hedge)
    {
        for (var m = 0; m < hedge.Words.Length; m++)
        {
            var token = run.Tokens[at + m];
            if (m > 0 && !run.Joins(at + m))
            {
                return false;
            }

            var matches = m == 0
                ? token.Folded.AsSpan(token.Prefix.Length).SequenceEqual(hedge.Words[0]) || token.Folded == hedge.Words[0] || EndsAfterClitic(token.Folded, hedge.Words[0])
                : token.Folded == hedge.Words[m];
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops trailing decimal zeros (1.5 × 1000000 is 1500000.0 in decimal arithmetic) so equal values print alike.</summary>
    static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>بنحو، لقرابة: the hedge word after a single clitic letter the splitter left on.</summary>
    static bool EndsAfterClitic(string folded, string word) =>
        folded.Length == word.Length + 1 && folded.EndsWith(word, StringComparison.Ordinal)
        && folded[0] is ArabicLetters.Waw or ArabicLetters.Feh or ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf;

    static bool[]? BlockedByDates(ImmutableArray<Token> tokens, ImmutableArray<DateMention> dates)
    {
        if (dates.IsDefaultOrEmpty)
        {
            return null;
        }

        var blocked = new bool[tokens.Length];
        var d = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (d < dates.Length && dates[d].Span.End <= tokens[i].Span.Start)
            {
                d++;
            }

            blocked[i] = d < dates.Length && dates[d].Span.Overlaps(tokens[i].Span);
        }

        return blocked;
    }
}
