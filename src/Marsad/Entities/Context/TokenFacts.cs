using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// What the context rules need to know about each token of one document, computed once: is it a word, is it
/// definite, which proclitics it carries, its stop-word class, whether it can be part of a person's name, and its
/// sentence. Indices are token indices of <see cref="Document.Tokens"/>.
/// </summary>
internal sealed class TokenFacts
{
    /// <summary>The proclitics a word the tokenizer left whole may still carry (لفيلق، لعصائب): و ف then ب ل ك.</summary>
    const string Conjunctions = "وف";
    const string Prepositions = "بلك";

    // A stripped word must keep at least this many letters: shorter remainders are more often a word of their own.
    const int MinStrippedLength = 3;

    // Wikidata person-name tokens mined this often are real given names; rarer ones include transliteration noise
    // that is an Arabic common word too (قضية، أول).
    const int CommonNameCount = 20;

    /// <summary>Fathatan, dammatan, kasratan.</summary>
    const string Tanween = "\u064B\u064C\u064D";

    readonly ContextLexicon _lexicon;
    readonly Fact[] _facts;

    public TokenFacts(Document doc, ContextLexicon lexicon, Func<string, bool> isPersonNameWord, Func<string, string?> countryOfNationality)
    {
        Doc = doc;
        _lexicon = lexicon;
        var tokens = doc.Tokens;
        _facts = new Fact[tokens.Length];
        var sentence = 0;
        var sentenceEnd = doc.Sentences.IsEmpty ? int.MaxValue : doc.Sentences[0].FirstToken + doc.Sentences[0].TokenCount;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (i >= sentenceEnd && sentence + 1 < doc.Sentences.Length)
            {
                sentence++;
                sentenceEnd = doc.Sentences[sentence].FirstToken + doc.Sentences[sentence].TokenCount;
            }

            var t = tokens[i];
            var isWord = t.Folded.Length > 0 && ArabicLetters.IsArabicLetter(t.Folded[0]);

            // Tanween (حليفاً، موثوقٍ) marks an indefinite common word: names are not written with it.
            var tanween = isWord && doc.Text.AsSpan(t.Span.Start, t.Span.Length).IndexOfAny(Tanween) >= 0;
            var prefix = t.Prefix;
            var definite = prefix.EndsWith(ContextLexicon.Article, StringComparison.Ordinal) || prefix.EndsWith("لل", StringComparison.Ordinal);
            var clitics = prefix.EndsWith(ContextLexicon.Article, StringComparison.Ordinal) ? prefix[..^2]
                : prefix.EndsWith("لل", StringComparison.Ordinal) ? prefix[..^1] : prefix;
            var bare = t.Base;
            var key = definite ? ContextLexicon.Article + bare : bare;
            var stop = WordClass.None;
            var name = false;
            string? country = null;
            if (isWord)
            {
                stop = lexicon.StopClass(key);
                if (stop == WordClass.None && clitics.Length > 0)
                {
                    stop = lexicon.StopClass(t.Folded);
                }

                // وهو، فإن: the tokenizer leaves a proclitic on short function words; the word is still one.
                if (stop == WordClass.None && prefix.Length == 0 && t.Folded.Length > 2 && (Conjunctions.Contains(t.Folded[0]) || Prepositions.Contains(t.Folded[0]))
                    && lexicon.StopClass(t.Folded[1..]) is WordClass.Function or WordClass.Verb)
                {
                    stop = lexicon.StopClass(t.Folded[1..]);
                }

                name = !tanween && (lexicon.IsNameToken(key) || lexicon.IsNameToken(bare) || isPersonNameWord(key));

                // Nationality adjectives: definite after a definite title (رئيس الوزراء العراقي), indefinite after an
                // indefinite noun (مسؤول روسي).
                country = countryOfNationality(key);
            }

            _facts[i] = new Fact(isWord, definite, clitics, bare, key, stop, name, isWord && lexicon.IsParticle(key), country, tanween, sentence);
        }
    }

    public Document Doc { get; }

    public int Count => _facts.Length;

    public ContextLexicon Lexicon => _lexicon;

    /// <summary>An Arabic word (not punctuation, a number or a Latin word).</summary>
    public bool IsWord(int i) => _facts[i].IsWord;

    /// <summary>Carries the article (الـ, or لل where the preposition swallowed its alef).</summary>
    public bool IsDefinite(int i) => _facts[i].Definite;

    /// <summary>Folded proclitics other than the article (و، ف، ب، ل، ك and their combinations).</summary>
    public string Clitics(int i) => _facts[i].Clitics;

    /// <summary>The folded word without proclitics or article.</summary>
    public string Bare(int i) => _facts[i].Bare;

    /// <summary>The folded word as printed without its proclitics (the article kept): والرسمي → الرسمي.</summary>
    public string Key(int i) => _facts[i].Key;

    public WordClass Stop(int i) => _facts[i].Stop;

    /// <summary>Known as a person-name token (Wikidata, or a word of a person's name in the knowledge base).</summary>
    public bool IsKnownName(int i) => _facts[i].Name;

    public bool IsParticle(int i) => _facts[i].Particle;

    /// <summary>A given name common enough in Wikidata's person names to count without a title before it.</summary>
    public bool IsCommonName(int i) => !_facts[i].Tanween && _lexicon.NameCount(_facts[i].Key) >= CommonNameCount;

    /// <summary>Written with tanween (ـاً ـٌ ـٍ): an indefinite common word, never part of a name.</summary>
    public bool HasTanween(int i) => _facts[i].Tanween;

    /// <summary>The country id of a nationality adjective (العراقي، روسي → iraq, russia), or null.</summary>
    public string? Country(int i) => _facts[i].Country;

    public int Sentence(int i) => _facts[i].Sentence;

    public string Folded(int i) => Doc.Tokens[i].Folded;

    public TextSpan Span(int i) => Doc.Tokens[i].Span;

    /// <summary>True when token <paramref name="i"/> is the single character <paramref name="c"/>.</summary>
    public bool IsMark(int i, char c) => i >= 0 && i < _facts.Length && Doc.Tokens[i].Folded.Length == 1 && Doc.Tokens[i].Folded[0] == c;

    /// <summary>
    /// An opening quotation mark: « or „, or a straight or curly double quote (which outlets use both ways round)
    /// that touches the word after it but not the word before it.
    /// </summary>
    public bool IsOpeningQuote(int i)
    {
        if (i < 0 || i >= _facts.Length)
        {
            return false;
        }

        var mark = Doc.Tokens[i].Folded;
        if (mark is "«" or "„")
        {
            return true;
        }

        return mark is "\"" or "“" or "”" && i + 1 < _facts.Length && Doc.Tokens[i + 1].Span.Start == Doc.Tokens[i].Span.End
            && (i == 0 || Doc.Tokens[i - 1].Span.End < Doc.Tokens[i].Span.Start || !_facts[i - 1].IsWord);
    }

    /// <summary>A closing quotation mark: », or a double quote that touches the word before it.</summary>
    public bool IsClosingQuote(int i)
    {
        if (i < 0 || i >= _facts.Length)
        {
            return false;
        }

        var mark = Doc.Tokens[i].Folded;
        return mark == "»" || (mark is "\"" or "“" or "”" && i > 0 && Doc.Tokens[i - 1].Span.End == Doc.Tokens[i].Span.Start);
    }

    /// <summary>
    /// An unknown indefinite word whose printed ending is a case or pronoun ending, so a common noun: the indefinite
    /// accusative alef (قرارا), a possessive ه (ولايته; a ta marbuta is printed ة), or ها/هم (منزلها، قادتهم).
    /// </summary>
    public bool LooksInflected(int i)
    {
        var f = _facts[i];
        if (f.Name || f.Definite || !f.IsWord)
        {
            return false;
        }

        var span = Doc.Tokens[i].Span;
        var last = Doc.Text[span.End - 1];
        return (span.Length > 4 && last is 'ا' or 'ه')
            || (f.Bare.Length > 4 && (f.Bare.EndsWith("ها", StringComparison.Ordinal) || f.Bare.EndsWith("هم", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The first word a title or cue can be looked up by: the bare word, then, for a word the tokenizer left whole,
    /// the word without the proclitics it may still carry (لفيلق → فيلق). Returns the number of folded letters
    /// stripped (0 when none), so the mention can start after them.
    /// </summary>
    public IEnumerable<(string Bare, int Stripped)> LookupForms(int i)
    {
        var f = _facts[i];
        yield return (f.Bare, f.Definite || f.Clitics.Length > 0 ? -1 : 0);
        if (f.Clitics.Length > 0 || f.Definite || !f.IsWord)
        {
            yield break;
        }

        var word = Doc.Tokens[i].Folded;
        var n = 0;
        if (n < word.Length && Conjunctions.Contains(word[n], StringComparison.Ordinal))
        {
            n++;
        }

        if (n < word.Length && Prepositions.Contains(word[n], StringComparison.Ordinal))
        {
            n++;
        }

        for (var strip = 1; strip <= n; strip++)
        {
            var rest = word[strip..];
            if (rest.StartsWith(ContextLexicon.Article, StringComparison.Ordinal) && rest.Length - 2 >= MinStrippedLength)
            {
                yield return (rest[2..], strip);
            }

            if (rest.Length >= MinStrippedLength)
            {
                yield return (rest, strip);
            }
        }
    }

    /// <summary>Text offset where the word starts once <paramref name="stripped"/> folded letters are skipped
    /// (-1: after the tokenizer's proclitics, keeping an elided article's لل with the word).</summary>
    public int StartAfter(int i, int stripped)
    {
        var token = Doc.Tokens[i];
        var letters = stripped >= 0 ? stripped : _facts[i].Clitics.Length;
        if (stripped < 0 && token.Prefix.EndsWith("لل", StringComparison.Ordinal))
        {
            // ل + ال written لل: the article has no letters of its own, so the word keeps both lams (للعراق).
            letters = token.Prefix.Length - 2;
        }

        if (letters <= 0)
        {
            return token.Span.Start;
        }

        var kept = 0;
        for (var c = token.Span.Start; c < token.Span.End; c++)
        {
            if (ArabicFolding.FoldLetter(Doc.Text[c]) != '\0')
            {
                if (kept == letters)
                {
                    return c;
                }

                kept++;
            }
        }

        return token.Span.Start;
    }

    readonly record struct Fact(
        bool IsWord, bool Definite, string Clitics, string Bare, string Key, WordClass Stop, bool Name, bool Particle, string? Country, bool Tanween, int Sentence);
}
