using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// Finds knowledge-base names in a document's tokens: a trie over the folded token sequences of every generated
/// spelling variant (<see cref="VariantGenerator"/>), longest match first. Built by <see cref="KnowledgeBase"/>.
/// <list type="bullet">
/// <item>The first token may carry proclitics (وبغداد، لإيران، بالعراق، والحشد): the matcher tries the token
/// as written, then without each proclitic letter of <see cref="Token.Prefix"/> before the article (the article
/// stays: it is part of names like العراق, and الدوما is not دوما). The mention starts after the
/// proclitics, so in لإيران it covers إيران and in والحشد الشعبي it covers الحشد الشعبي. When ل + ال fused
/// into لل (للعراق) the article has no letters of its own: the mention then covers the whole token.</item>
/// <item>Names never run across punctuation: the gap between two tokens of a name must be blank.</item>
/// <item>One-word names that are common words or given names (kb/ambiguous-tokens.tsv, aliases marked ~) only
/// match inside a longer name; a one-word name that is also a nationality adjective (السعودية) is skipped after a
/// definite noun it would qualify (الحكومة السعودية) and when indefinite.</item>
/// <item>A span shared by several entries yields one mention per entry (same span); the recogniser decides.</item>
/// </list>
/// </summary>
public sealed class GazetteerMatcher : IMentionSource
{
    /// <summary>The article a name's first word may carry; restored after the preposition ل swallowed its alef.</summary>
    const string Article = "ال";

    /// <summary>ل + ال written لل: the article's alef is elided after the preposition lam.</summary>
    const string ElidedArticle = "لل";

    /// <summary>The prepositional proclitics ب، ل، ك.</summary>
    const string Prepositions = "بلك";

    readonly NameTrie _trie;
    readonly ImmutableArray<KbEntry> _entries;

    internal GazetteerMatcher(NameTrie trie, ImmutableArray<KbEntry> entries)
    {
        _trie = trie;
        _entries = entries;
    }

    public MentionSource Source => MentionSource.KnowledgeBase;

    public IEnumerable<Mention> Find(Document doc) => FindAll(doc);

    /// <summary>The same as <see cref="Find"/>, materialised (the benchmarked path).</summary>
    public List<Mention> FindAll(Document doc)
    {
        var tokens = doc.Tokens;
        var found = new List<Mention>();
        if (tokens.IsEmpty)
        {
            return found;
        }

        var ids = new int[tokens.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _trie.WordId(tokens[i].Folded);
        }

        var at = 0;
        while (at < tokens.Length)
        {
            var match = Longest(doc, ids, at);
            if (match.End < 0)
            {
                at++;
                continue;
            }

            var span = new TextSpan(match.Start, tokens[match.End].Span.End);
            foreach (var target in _trie.TargetsAt(match.Node))
            {
                if (Fires(doc, target, at, match.End))
                {
                    var entry = _entries[target.Entry];
                    found.Add(new Mention(span, entry.Kind, MentionSource.KnowledgeBase, entry.EntityId));
                }
            }

            at = match.End + 1;
        }

        return found;
    }

    /// <summary>The longest accepted name starting at token <paramref name="first"/>; ties go to the reading that
    /// strips fewer proclitic letters (the name as written).</summary>
    Match Longest(Document doc, int[] ids, int first)
    {
        var token = doc.Tokens[first];
        var folded = token.Folded.AsSpan();
        var best = new Match(-1, -1, -1);

        // Strip 0..|Prefix| letters, but never the article itself: it belongs to the name (العراق، الحشد), and a
        // word that takes it where the name has none is another word (الدوما, the Russian parliament, is not دوما).
        var clitics = token.Prefix.EndsWith(Article, StringComparison.Ordinal) ? token.Prefix.Length - Article.Length : token.Prefix.Length;
        var maxStrip = Math.Min(clitics, folded.Length - 1);
        for (var strip = 0; strip <= maxStrip; strip++)
        {
            var wordId = strip == 0 ? ids[first] : _trie.WordId(folded[strip..]);
            var candidate = Walk(doc, ids, first, wordId);
            if (candidate.End > best.End)
            {
                best = candidate with { Start = SurfaceStart(doc, token, strip) };
            }
        }

        if (token.Prefix.EndsWith(ElidedArticle, StringComparison.Ordinal) && folded.Length > token.Prefix.Length)
        {
            Span<char> restored = stackalloc char[Article.Length + folded.Length - token.Prefix.Length];
            Article.AsSpan().CopyTo(restored);
            folded[token.Prefix.Length..].CopyTo(restored[Article.Length..]);
            var candidate = Walk(doc, ids, first, _trie.WordId(restored));
            if (candidate.End > best.End)
            {
                best = candidate with { Start = token.Span.Start };
            }
        }

        return best;
    }

    Match Walk(Document doc, int[] ids, int first, int firstWordId)
    {
        var best = new Match(-1, -1, -1);
        var node = _trie.Next(NameTrie.Root, firstWordId);
        var i = first;
        while (node != NameTrie.None)
        {
            if (AnyFires(doc, node, first, i) && !(i > first && DayWordOfADate(doc, i)))
            {
                best = new Match(0, i, node);
            }

            i++;
            if (i >= ids.Length || !BlankBetween(doc.Text, doc.Tokens[i - 1].Span.End, doc.Tokens[i].Span.Start))
            {
                break;
            }

            node = _trie.Next(node, ids[i]);
        }

        return best;
    }

    // Folded weekday names: «اليوم الخميس» is a date, whatever name اليوم might end.
    static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"], StringComparer.Ordinal);

    /// <summary>
    /// True when the name's last word is اليوم or أمس followed by a weekday (غادر بغداد اليوم الخميس): the word opens a
    /// date, so the name stops before it (the city, not the outlet «بغداد اليوم»).
    /// </summary>
    static bool DayWordOfADate(Document doc, int last)
    {
        var word = doc.Tokens[last].Folded;
        return word is "اليوم" or "امس" && last + 1 < doc.Tokens.Length && Weekdays.Contains(doc.Tokens[last + 1].Folded);
    }

    bool AnyFires(Document doc, int node, int first, int last)
    {
        foreach (var target in _trie.TargetsAt(node))
        {
            if (Fires(doc, target, first, last))
            {
                return true;
            }
        }

        return false;
    }

    bool Fires(Document doc, NameTarget target, int first, int last)
    {
        if (last > first)
        {
            return true;
        }

        if (target.NotAlone)
        {
            return false;
        }

        return !target.Nisba || !ReadsAsAdjective(doc, first);
    }

    /// <summary>
    /// A nationality word names the country only as a definite noun that does not follow a definite noun: in
    /// الحكومة السعودية it agrees with الحكومة as an adjective; in قالت السعودية it is the country.
    /// </summary>
    static bool ReadsAsAdjective(Document doc, int index)
    {
        var token = doc.Tokens[index];
        var prefix = token.Prefix;
        var definite = token.Folded.StartsWith(Article, StringComparison.Ordinal)
            || prefix.EndsWith(Article, StringComparison.Ordinal) || prefix.EndsWith(ElidedArticle, StringComparison.Ordinal);
        var clitics = prefix.EndsWith(Article, StringComparison.Ordinal) ? prefix[..^Article.Length] : prefix;

        // After a preposition (بالسعودية، للسعودية، كالسعودية) the word heads a noun phrase: adjectives take none.
        if (clitics.AsSpan().IndexOfAny(Prepositions) >= 0)
        {
            return false;
        }

        // Indefinite (شركة سعودية) it can only be an adjective: the country's name is definite.
        if (!definite)
        {
            return true;
        }

        if (index == 0)
        {
            return false;
        }

        // The previous word's definiteness comes from the tokenizer's proclitic analysis, not its letters: إلى
        // folds to الي, which only looks like it starts with the article.
        var previous = doc.Tokens[index - 1];
        return BlankBetween(doc.Text, previous.Span.End, token.Span.Start)
            && (previous.Prefix.EndsWith(Article, StringComparison.Ordinal) || previous.Prefix.EndsWith(ElidedArticle, StringComparison.Ordinal));
    }

    static bool BlankBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !ArabicLetters.IsInvisibleFormat(text[i]) && text[i] != ArabicLetters.Tatweel)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text offset of the <paramref name="strip"/>-th folded letter of a token: folding drops diacritics
    /// and tatweel, so folded and surface positions differ inside vocalised words.</summary>
    static int SurfaceStart(Document doc, Token token, int strip)
    {
        if (strip == 0)
        {
            return token.Span.Start;
        }

        var kept = 0;
        for (var i = token.Span.Start; i < token.Span.End; i++)
        {
            if (ArabicFolding.FoldLetter(doc.Text[i]) != '\0')
            {
                if (kept == strip)
                {
                    return i;
                }

                kept++;
            }
        }

        return token.Span.Start;
    }

    readonly record struct Match(int Start, int End, int Node);
}
