using System.Collections.Frozen;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Events;

/// <summary>How the first word of a table phrase is compared with a token.</summary>
internal enum MatchOn : byte
{
    /// <summary>The token's base (proclitics off, suffixes kept): verb forms and particles.</summary>
    Base,

    /// <summary>The token's light stem: nouns, so the article, ة and the sound plurals fold in.</summary>
    Stem,
}

/// <summary>One phrase of an event table: its folded words, their light stems and the row it stands for.</summary>
internal sealed record Phrase<T>(string[] Words, string[] Stems, MatchOn On, bool NoArticle, T Value)
{
    public int Length => Words.Length;

    /// <summary>
    /// Per word, true when the table writes it with the article and a trigger phrase must find it so: «دفع الثمن» (pay
    /// the price, a threat) is not «دفع ثمن الوقود» (pay for the fuel), the construct state has no article.
    /// </summary>
    public bool[] Definite { get; init; } = [];
}

/// <summary>
/// Finds the table phrases (triggers, cues, units, source classes) that start at a token, longest first, without
/// allocating: the first word is looked up by base or light stem in frozen tables, later words compare base or stem.
/// Table words are folded and stemmed with the same functions the tokenizer uses, so both sides agree.
/// </summary>
internal sealed class PhraseIndex<T>
{
    // Object pronouns a verb carries (استهدفها، التقاه، هددهم): tried off the base when the whole base is unknown.
    static readonly string[] ObjectSuffixes = ["هما", "ها", "هم", "كم", "نا", "ه"];

    readonly FrozenDictionary<string, Phrase<T>[]> _byBase;
    readonly FrozenDictionary<string, Phrase<T>[]> _byStem;
    readonly FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> _baseSpans;
    readonly FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> _byStemSpans;

    // Trigger and mode tables also try a word's object pronoun, tanwin alef and bare preposition off; the cue and
    // class tables list their forms whole, so they skip those extra look-ups.
    readonly bool _inflected;

    PhraseIndex(Dictionary<string, List<Phrase<T>>> byBase, Dictionary<string, List<Phrase<T>>> byStem, bool inflected)
    {
        _inflected = inflected;
        _byBase = byBase.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byStem = byStem.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _baseSpans = _byBase.GetAlternateLookup<ReadOnlySpan<char>>();
        _byStemSpans = _byStem.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byBase.Count + _byStem.Count;

    /// <summary>Builds an index from (form, match, no-article, value) rows; forms are unfolded table text.</summary>
    public static PhraseIndex<T> Build(IEnumerable<(string Form, MatchOn On, bool NoArticle, T Value)> rows, bool inflected = false)
    {
        var byBase = new Dictionary<string, List<Phrase<T>>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<Phrase<T>>>(StringComparer.Ordinal);
        foreach (var (form, on, noArticle, value) in rows)
        {
            var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var folded = new string[words.Length];
            var stems = new string[words.Length];
            var definite = new bool[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                folded[i] = ArabicFolding.Fold(words[i]);
                var prefix = CliticSplitter.PrefixLength(folded[i], words[i], out _);
                stems[i] = LightStemmer.Stem(folded[i], prefix);
                definite[i] = inflected && i > 0 && HasArticle(folded[i][..prefix]);
                // Words compare on the base, so keep them without proclitics (القوات → قوات), as the tokenizer does.
                folded[i] = folded[i][prefix..];
            }

            var phrase = new Phrase<T>(folded, stems, on, noArticle, value) { Definite = definite };
            var key = on == MatchOn.Base ? folded[0] : stems[0];
            var table = on == MatchOn.Base ? byBase : byStem;
            if (!table.TryGetValue(key, out var list))
            {
                table[key] = list = [];
            }

            list.Add(phrase);
        }

        foreach (var list in byBase.Values.Concat(byStem.Values))
        {
            // Longest first, then table order (a stable sort keeps it).
            var sorted = list.OrderByDescending(p => p.Length).ToList();
            list.Clear();
            list.AddRange(sorted);
        }

        return new PhraseIndex<T>(byBase, byStem, inflected);
    }

    /// <summary>Whether a phrase that matched the words from <c>i</c> to <paramref name="end"/> may be taken.</summary>
    public delegate bool Accept(ReadOnlySpan<Token> tokens, int end, Phrase<T> phrase);

    /// <summary>
    /// The longest phrase starting at token <paramref name="i"/> and ending before <paramref name="end"/> that
    /// <paramref name="accept"/> takes (a row whose conditions fail leaves the word to the next row of the same form:
    /// سلّم with weapons after it is disarming, with a camp after it a handover).
    /// </summary>
    public Phrase<T>? Match(ReadOnlySpan<Token> tokens, int i, int end, Accept? accept = null)
    {
        var token = tokens[i];
        var best = Best(Candidates(token), tokens, i, end, null, accept);
        best = Best(_byStem.GetValueOrDefault(token.Stem), tokens, i, end, best, accept);
        if (!_inflected)
        {
            return best;
        }

        if (best is null && token.Prefix.Length == 0 && token.Folded.Length > 2 && token.Folded[0] is ArabicLetters.Waw or ArabicLetters.Feh)
        {
            // The splitter keeps و/ف on words of two letters (ولم، فلا): try the word without it.
            best = Best(Lookup(token.Folded.AsSpan(1)), tokens, i, end, null, accept);
        }

        if (best is null && token.Folded.Length > LightStemmer.MinStemLength + token.Prefix.Length && token.Folded[^1] == ArabicLetters.Alef)
        {
            // The accusative tanwin is written with alef (هجوما، اجتماعا، استعراضا): try the noun without it.
            var word = token.Folded.AsSpan(token.Prefix.Length, token.Folded.Length - token.Prefix.Length - 1);
            best = Best(_byStemSpans.TryGetValue(LightStemmer.StripSuffixes(word), out var accusative) ? accusative : null, tokens, i, end, null, accept);
        }

        if (best is null && BarePreposition(token) is { Length: >= LightStemmer.MinStemLength } rest)
        {
            // The splitter keeps a bare بـ/لـ/كـ on most nouns (لسحب، بضربة، لهجمات): try the noun without it.
            best = Best(_byStemSpans.TryGetValue(LightStemmer.StripSuffixes(rest), out var nouns) ? nouns : null, tokens, i, end, null, accept);
        }

        return best;
    }

    /// <summary>The word after a bare preposition letter the splitter left on (لسحب → سحب), or empty.</summary>
    static ReadOnlySpan<char> BarePreposition(in Token token)
    {
        var span = token.Folded.AsSpan(Math.Min(token.Prefix.Length, token.Folded.Length));
        var hasPreposition = token.Prefix.Contains('ب', StringComparison.Ordinal) || token.Prefix.Contains('ك', StringComparison.Ordinal)
            || (token.Prefix.Contains('ل', StringComparison.Ordinal) && !HasArticle(token.Prefix));
        return !hasPreposition && span.Length > LightStemmer.MinStemLength && span[0] is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf
            ? span[1..]
            : [];
    }

    Phrase<T>[]? Candidates(in Token token)
    {
        var span = token.Folded.AsSpan(Math.Min(token.Prefix.Length, token.Folded.Length));
        var found = Lookup(span);
        if (found is not null || !_inflected)
        {
            return found;
        }

        foreach (var suffix in ObjectSuffixes)
        {
            if (span.Length - suffix.Length >= LightStemmer.MinStemLength && span.EndsWith(suffix, StringComparison.Ordinal)
                && Lookup(span[..^suffix.Length]) is { } verb)
            {
                return verb;
            }
        }

        return null;
    }

    Phrase<T>[]? Lookup(ReadOnlySpan<char> key) => _baseSpans.TryGetValue(key, out var found) ? found : null;

    static Phrase<T>? Best(Phrase<T>[]? candidates, ReadOnlySpan<Token> tokens, int i, int end, Phrase<T>? best, Accept? accept)
    {
        if (candidates is null)
        {
            return best;
        }

        foreach (var phrase in candidates)
        {
            if (best is not null && phrase.Length <= best.Length)
            {
                break;
            }

            if (i + phrase.Length > end || (phrase.NoArticle && HasArticle(tokens[i].Prefix)))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < phrase.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = (t.Stem == phrase.Stems[k] || BaseEquals(t, phrase.Words[k])) && (!phrase.Definite[k] || HasArticle(t.Prefix));
            }

            if (ok && (accept is null || accept(tokens, i + phrase.Length, phrase)))
            {
                return phrase;
            }
        }

        return best;
    }

    static bool BaseEquals(in Token t, string word) =>
        t.Folded.AsSpan(Math.Min(t.Prefix.Length, t.Folded.Length)).SequenceEqual(word);

    /// <summary>True when the proclitics end with the article (ال, or لل after the preposition ل).</summary>
    public static bool HasArticle(string prefix) =>
        prefix.EndsWith("ال", StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal);
}
