using System.Collections.Frozen;
using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Looks a token up in a table of bare folded words (no proclitics): first the word without the proclitics the
/// clitic splitter found (<see cref="Token.Base"/>), then the word as written (in case the splitter took a stem's
/// first letter for a clitic), then without a leading ل or ب that the splitter kept because the rest was short or
/// began with an alef (لقناة، لصحيفة). No allocation: the lookups use the table's span comparer.
/// </summary>
internal static class WordKeys
{
    /// <summary>A bare ل/ب is only stripped when more than this many letters remain (لقاء is a word, not ل + قاء).</summary>
    const int MinRestAfterPreposition = 3;

    const string Article = "ال";

    /// <summary>Finds the token's bare word; <paramref name="governed"/> tells whether a ب، ل or ك was attached to it.</summary>
    public static bool TryGet<T>(FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> table, in Token token, out T value, out bool governed)
    {
        governed = HasPrepositionalProclitic(token.Prefix);
        var folded = token.Folded.AsSpan();
        var bare = folded[Math.Min(token.Prefix.Length, folded.Length)..];
        if (table.TryGetValue(bare, out value!))
        {
            return true;
        }

        if (bare.Length != folded.Length && table.TryGetValue(folded, out value!))
        {
            governed = false;
            return true;
        }

        if (bare.Length > MinRestAfterPreposition + 1 && bare[0] is 'ل' or 'ب' && table.TryGetValue(bare[1..], out value!))
        {
            governed = true;
            return true;
        }

        // The accusative of an indefinite noun adds a tanween alef (أن مصدراً دبلوماسياً كشف): try the word without it.
        if (bare.Length > MinRestAfterPreposition && bare[^1] == 'ا' && table.TryGetValue(bare[..^1], out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// The bare form of a table word, made the way a token's is (folded, proclitics split off), so a table may write
    /// الجيش or جيش and match both the definite and the bare word.
    /// </summary>
    public static string Bare(string spelling)
    {
        var tokens = Tokenization.Tokenizer.Tokenize(spelling);
        return tokens.Length == 1 ? tokens[0].Base : Arabic.ArabicFolding.Fold(spelling);
    }

    /// <summary>
    /// True when the folded proclitics hold a preposition (ب، ل، ك). The article's ل does not count; ل + ال is
    /// written لل, so a prefix that does not end in the full article but holds ل does.
    /// </summary>
    public static bool HasPrepositionalProclitic(string prefix)
    {
        var clitics = prefix.EndsWith(Article, StringComparison.Ordinal) ? prefix.AsSpan(0, prefix.Length - Article.Length) : prefix.AsSpan();
        return clitics.IndexOfAny('ب', 'ل', 'ك') >= 0;
    }
}
