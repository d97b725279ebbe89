using Marsad.Arabic;
using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// What the context rules need to know about each token of one document, computed once: is it a word, is it
/// definite, which proclitics it carries, its stop-word class, whether it can be part of a person's name, its
/// sentence, and (on first request, then kept) the title that starts at it. Indices are token indices of
/// <see cref="Document.Tokens"/>. Look-ups run on spans of the folded token, so building the facts allocates
/// little: the words and keys as strings are made only when asked for.
/// </summary>
internal sealed class TokenFacts
{
    /// <summary>The proclitics a word the tokenizer left whole may still carry (لفيلق، لعصائب): و ف then ب ل ك.</summary>
    const string Conjunctions = "وف";
    const string Prepositions = "بلك";

    /// <summary>The future particle سـ, which the tokenizer splits off words that start with it.</summary>
    const string FutureParticle = "س";

    /// <summary>ل + ال written لل: the article has no letters of its own.</summary>
    const string ElidedArticle = "لل";

    // A stripped word must keep at least this many letters: shorter remainders are more often a word of their own.
    const int MinStrippedLength = 3;

    // Wikidata person-name tokens mined this often are real given names; rarer ones include transliteration noise
    // that is an Arabic common word too (قضية، أول).
    const int CommonNameCount = 20;

    /// <summary>Fathatan, dammatan, kasratan.</summary>
    const string Tanween = "\u064B\u064C\u064D";

    readonly Fact[] _facts;
    readonly string?[] _bare;
    readonly string?[] _key;
    readonly TitleMatch?[] _titles;
    readonly Lazy[] _lazy;
    readonly string?[] _country;
    readonly Func<ReadOnlySpan<char>, bool> _isPersonNameWord;
    readonly Func<string, string?> _countryOfNationality;

    public TokenFacts(Document doc, ContextLexicon lexicon, Func<ReadOnlySpan<char>, bool> isPersonNameWord, Func<string, string?> countryOfNationality)
    {
        Doc = doc;
        Lexicon = lexicon;
        var tokens = doc.Tokens;
        _facts = new Fact[tokens.Length];
        _bare = new string?[tokens.Length];
        _key = new string?[tokens.Length];
        _titles = new TitleMatch?[tokens.Length];
        _lazy = new Lazy[tokens.Length];
        _country = new string?[tokens.Length];
        _isPersonNameWord = isPersonNameWord;
        _countryOfNationality = countryOfNationality;
        Span<char> elided = stackalloc char[64];
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
            var folded = t.Folded.AsSpan();
            if (folded.Length == 0 || !ArabicLetters.IsArabicLetter(folded[0]))
            {
                _facts[i] = new Fact(false, false, false, 0, 0, WordClass.None, sentence);
                continue;
            }

            // Particles are whole words (بن is not ب + ن), and so are known names the tokenizer read as a future verb
            // (سيف is not سـ + يف).
            var prefix = lexicon.IsParticle(folded) || (t.Prefix == FutureParticle && (lexicon.IsNameToken(folded) || isPersonNameWord(folded))) ? "" : t.Prefix;
            var elidedArticle = prefix.EndsWith(ElidedArticle, StringComparison.Ordinal);
            var definite = elidedArticle || prefix.EndsWith(ContextLexicon.Article, StringComparison.Ordinal);
            var cliticLength = elidedArticle ? prefix.Length - 1 : definite ? prefix.Length - 2 : prefix.Length;
            var bare = folded[prefix.Length..];
            scoped ReadOnlySpan<char> key;
            if (elidedArticle && bare.Length + 2 <= elided.Length)
            {
                ContextLexicon.Article.AsSpan().CopyTo(elided);
                bare.CopyTo(elided[2..]);
                key = elided[..(bare.Length + 2)];
            }
            else
            {
                key = definite ? folded[cliticLength..] : bare;
            }

            var stop = lexicon.StopClass(key);
            if (stop == WordClass.None && cliticLength > 0)
            {
                stop = lexicon.StopClass(folded);
            }

            // علي (the name) and على (the preposition) fold alike; the printed last letter tells them apart.
            if (stop != WordClass.None && doc.Text[t.Span.End - 1] == ArabicLetters.Yeh && lexicon.EndsWithMaksura(key))
            {
                stop = WordClass.None;
            }

            // وهو، فإن: the tokenizer leaves a proclitic on short function words; the word is still one.
            if (stop == WordClass.None && prefix.Length == 0 && folded.Length > 2 && (Conjunctions.Contains(folded[0]) || Prepositions.Contains(folded[0]))
                && lexicon.StopClass(folded[1..]) is WordClass.Function or WordClass.Verb)
            {
                stop = lexicon.StopClass(folded[1..]);
            }

            _facts[i] = new Fact(true, definite, elidedArticle, cliticLength, prefix.Length, stop, sentence);
        }
    }

    public Document Doc { get; }

    public int Count => _facts.Length;

    public ContextLexicon Lexicon { get; }

    /// <summary>An Arabic word (not punctuation, a number or a Latin word).</summary>
    public bool IsWord(int i) => _facts[i].IsWord;

    /// <summary>Carries the article (الـ, or لل where the preposition swallowed its alef).</summary>
    public bool IsDefinite(int i) => _facts[i].Definite;

    /// <summary>Carries proclitics other than the article (و، ف، ب، ل، ك and their combinations).</summary>
    public bool HasClitics(int i) => _facts[i].CliticLength > 0;

    /// <summary>Folded proclitics other than the article, e.g. "و" for والحشد and "ل" for للعراق.</summary>
    public ReadOnlySpan<char> Clitics(int i) => Doc.Tokens[i].Folded.AsSpan(0, _facts[i].CliticLength);

    /// <summary>The folded word without proclitics or article.</summary>
    public string Bare(int i) => _bare[i] ??= _facts[i].IsWord ? Doc.Tokens[i].Folded[_facts[i].PrefixLength..] : Doc.Tokens[i].Folded;

    /// <summary>The folded word as printed without its proclitics (the article kept): والرسمي → الرسمي.</summary>
    public string Key(int i)
    {
        if (_key[i] is { } key)
        {
            return key;
        }

        var f = _facts[i];
        key = !f.IsWord || !f.Definite ? Bare(i)
            : f.ElidedArticle ? ContextLexicon.Article + Bare(i)
            : Doc.Tokens[i].Folded[f.CliticLength..];
        return _key[i] = key;
    }

    Lazy Facts(int i)
    {
        var known = _lazy[i];
        if (known != Lazy.None || !_facts[i].IsWord)
        {
            return known;
        }

        var t = Doc.Tokens[i];
        var key = KeySpan(i);
        var folded = t.Folded.AsSpan();
        var bare = folded[_facts[i].PrefixLength..];

        // Tanween (حليفاً، موثوقٍ) marks an indefinite common word: names are not written with it.
        var tanween = Doc.Text.AsSpan(t.Span.Start, t.Span.Length).IndexOfAny(Tanween) >= 0;
        var name = !tanween && (Lexicon.IsNameToken(key) || Lexicon.IsNameToken(bare) || Lexicon.IsNameToken(folded) || _isPersonNameWord(key));
        known = Lazy.Computed | (name ? Lazy.Name : 0) | (Lexicon.IsParticle(key) ? Lazy.Particle : 0) | (tanween ? Lazy.Tanween : 0);
        return _lazy[i] = known;
    }

    /// <summary>The same as <see cref="Key"/> without making a string, except after an elided article (للعراق).</summary>
    public ReadOnlySpan<char> KeySpan(int i)
    {
        var f = _facts[i];
        return !f.IsWord ? Doc.Tokens[i].Folded
            : !f.Definite ? Doc.Tokens[i].Folded.AsSpan(f.PrefixLength)
            : f.ElidedArticle ? Key(i)
            : Doc.Tokens[i].Folded.AsSpan(f.CliticLength);
    }

    public WordClass Stop(int i) => _facts[i].Stop;

    /// <summary>Known as a person-name token (Wikidata, or a word of a person's name in the knowledge base).</summary>
    public bool IsKnownName(int i) => (Facts(i) & Lazy.Name) != 0;

    public bool IsParticle(int i) => (Facts(i) & Lazy.Particle) != 0;

    /// <summary>A given name common enough in Wikidata's person names to count without a title before it.</summary>
    public bool IsCommonName(int i) => _facts[i].IsWord && !HasTanween(i) && Lexicon.NameCount(KeySpan(i)) >= CommonNameCount;

    /// <summary>Written with tanween (ـاً ـٌ ـٍ): an indefinite common word, never part of a name.</summary>
    public bool HasTanween(int i) => (Facts(i) & Lazy.Tanween) != 0;

    /// <summary>The country id of a nationality adjective (العراقي، روسي → iraq, russia), or null.</summary>
    public string? Country(int i)
    {
        if (_country[i] is { } known)
        {
            return known.Length == 0 ? null : known;
        }

        // Nationality adjectives (العراقي، روسي، الأميركيين) carry the nisba ending; only those are looked up.
        var country = _facts[i].IsWord && NisbaShaped(Doc.Tokens[i].Folded.AsSpan(_facts[i].PrefixLength)) ? _countryOfNationality(Key(i)) : null;
        _country[i] = country ?? "";
        return country;
    }

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
    /// accusative alef (قرارا), a possessive ه (ولايته، قوله; a ta marbuta is printed ة), ها/هم (منزلها، قادتهم), or
    /// a feminine plural (محادثات; <paramref name="plurals"/> false leaves plurals out, as organisation names have
    /// them: قيادة عمليات الأنبار).
    /// </summary>
    public bool LooksInflected(int i, bool plurals = true)
    {
        var f = _facts[i];
        if (!f.IsWord || f.Definite || IsKnownName(i))
        {
            return false;
        }

        // Plurals in ات (محادثات) are common nouns too; the family names in ات that are listed (عرفات) are known.
        var span = Doc.Tokens[i].Span;
        var last = Doc.Text[span.End - 1];
        var bare = Doc.Tokens[i].Folded.AsSpan(f.PrefixLength);
        return (span.Length > 4 && last == 'ا') || (span.Length > 3 && last == 'ه')
            || (bare.Length > 4 && (bare.EndsWith("ها") || bare.EndsWith("هم") || (plurals && bare.EndsWith("ات"))));
    }

    /// <summary>
    /// The next form a title or cue can be looked up by, without allocating: first the bare word, then, for a word the
    /// tokenizer left whole, the word without the proclitics it may still carry (لفيلق → فيلق), with and without the
    /// article. <paramref name="stripped"/> is the number of folded letters stripped (-1 when the tokenizer's own
    /// proclitics were, 0 for none), so a mention can start after them. Start with <paramref name="cursor"/> = 0.
    /// </summary>
    public bool NextForm(int i, ref int cursor, out ReadOnlySpan<char> form, out int stripped)
    {
        var f = _facts[i];
        var word = Doc.Tokens[i].Folded.AsSpan();
        if (cursor == 0)
        {
            cursor = 1;
            form = word[(f.IsWord ? f.PrefixLength : 0)..];
            stripped = f.Definite || f.CliticLength > 0 ? -1 : 0;
            return true;
        }

        if (f.CliticLength > 0 || f.Definite || !f.IsWord)
        {
            form = default;
            stripped = 0;
            return false;
        }

        var proclitics = 0;
        if (proclitics < word.Length && Conjunctions.Contains(word[proclitics]))
        {
            proclitics++;
        }

        if (proclitics < word.Length && Prepositions.Contains(word[proclitics]))
        {
            proclitics++;
        }

        // Cursor 1, 2: one letter stripped (without, then with the article removed); 3, 4: two letters.
        while (cursor <= 2 * proclitics)
        {
            var strip = (cursor + 1) / 2;
            var withoutArticle = cursor % 2 == 1;
            cursor++;
            var rest = word[strip..];
            if (withoutArticle)
            {
                if (rest.StartsWith(ContextLexicon.Article) && rest.Length - 2 >= MinStrippedLength)
                {
                    form = rest[2..];
                    stripped = strip;
                    return true;
                }
            }
            else if (rest.Length >= MinStrippedLength)
            {
                form = rest;
                stripped = strip;
                return true;
            }
        }

        form = default;
        stripped = 0;
        return false;
    }

    /// <summary>The title starting at token <paramref name="i"/> (computed once by <paramref name="match"/>).</summary>
    public TitleMatch TitleAt(int i, Func<TokenFacts, int, TitleMatch> match) => _titles[i] ??= match(this, i);

    /// <summary>Text offset where the word starts once <paramref name="stripped"/> folded letters are skipped
    /// (-1: after the tokenizer's proclitics, keeping an elided article's لل with the word).</summary>
    public int StartAfter(int i, int stripped)
    {
        var token = Doc.Tokens[i];
        var f = _facts[i];
        var letters = stripped >= 0 ? stripped : f.ElidedArticle ? f.CliticLength - 1 : f.CliticLength;
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

    /// <summary>The endings nationality adjectives take: ي، ية، يون، يين، يان، يات.</summary>
    static bool NisbaShaped(ReadOnlySpan<char> bare) =>
        bare.Length >= 3 && (bare[^1] == 'ي' || bare.EndsWith("يه") || bare.EndsWith("يين") || bare.EndsWith("يون") || bare.EndsWith("يان")
            || bare.EndsWith("يات"));

    readonly record struct Fact(bool IsWord, bool Definite, bool ElidedArticle, int CliticLength, int PrefixLength, WordClass Stop, int Sentence);

    /// <summary>What is worked out for a token only when a rule asks (most tokens are never asked about).</summary>
    [Flags]
    enum Lazy : byte
    {
        None = 0,
        Computed = 1,
        Name = 2,
        Particle = 4,
        Tanween = 8,
    }
}
