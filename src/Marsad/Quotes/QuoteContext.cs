using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// What the quote readers need to know about one document, computed once: each token's sentence, its paragraph,
/// the cue or function word it is, the mention covering it, whether a date covers it, and the quotations with
/// which of them are names or scare quotes (<see cref="IsTerm"/>) rather than reported words.
/// </summary>
internal sealed partial class QuoteContext
{
    /// <summary>Entity id → sector, built on first use (only outlets need it).</summary>
    Dictionary<string, string>? _sectors;

    public QuoteContext(Document doc, QuoteLexicon lexicon)
    {
        Doc = doc;
        Text = doc.Text;
        Tokens = doc.Tokens;
        Lexicon = lexicon;
        var n = Tokens.Length;
        SentenceOf = new int[n];
        ParagraphOf = new int[doc.Sentences.Length];
        var paragraph = 0;
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            if (s > 0 && CharClasses.HasLineBreak(Text, doc.Sentences[s - 1].Span.End, sentence.Span.Start))
            {
                paragraph++;
            }

            ParagraphOf[s] = paragraph;
            Array.Fill(SentenceOf, s, sentence.FirstToken, sentence.TokenCount);
        }

        MentionAt = new int[n];
        Array.Fill(MentionAt, -1);
        MentionFirst = new int[doc.Mentions.Length];
        MentionLast = new int[doc.Mentions.Length];
        MapSpans(doc.Mentions.Length, m => doc.Mentions[m].Span, MentionAt, MentionFirst, MentionLast);
        Cue = new CueWord?[n];
        Roles = new ParticleRoles[n];
        for (var i = 0; i < n; i++)
        {
            var folded = Tokens[i].Folded.AsSpan();
            if (lexicon.Particles.TryGetValue(folded, out var roles))
            {
                Roles[i] = roles;
            }

            if (lexicon.Cues.TryGetValue(folded, out var cue) && IsCueHere(i, cue))
            {
                Cue[i] = cue;
            }
        }

        InDate = new bool[n];
        MapDates();

        Quotations = QuotationScanner.Scan(Text, Tokens, doc.Sentences, SentenceOf);
        IsTerm = new bool[Quotations.Count];
        QuotationAt = new int[n];
        Array.Fill(QuotationAt, -1);
        for (var q = 0; q < Quotations.Count; q++)
        {
            IsTerm[q] = IsTermQuotation(Quotations[q]) && !(q > 0 && !IsTerm[q - 1] && Follows(Quotations[q - 1], Quotations[q]));
            if (!IsTerm[q])
            {
                Array.Fill(QuotationAt, q, Quotations[q].Open, Quotations[q].LastToken - Quotations[q].Open + 1);
            }
        }
    }

    public Document Doc { get; }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public QuoteLexicon Lexicon { get; }

    public int[] SentenceOf { get; }

    /// <summary>Paragraph number of each sentence (a line break starts a paragraph).</summary>
    public int[] ParagraphOf { get; }

    /// <summary>The reporting cue a token is, when it is one here (not a verbal noun after a preposition or عدم).</summary>
    public CueWord?[] Cue { get; }

    /// <summary>Function-word roles by exact folded form.</summary>
    public ParticleRoles[] Roles { get; }

    /// <summary>The mention covering each token (or part of it), or -1.</summary>
    public int[] MentionAt { get; }

    public int[] MentionFirst { get; }

    public int[] MentionLast { get; }

    public bool[] InDate { get; }

    public List<Quotation> Quotations { get; }

    /// <summary>Per quotation: a name or scare quote, not reported words.</summary>
    public bool[] IsTerm { get; }

    /// <summary>The reported-words quotation a token belongs to (its marks included), or -1.</summary>
    public int[] QuotationAt { get; }

    /// <summary>
    /// A cue in a relative clause (فلان، الذي دعا إلى «…»): it reports for the noun before the relative pronoun, and
    /// only within its own clause, which a comma closes.
    /// </summary>
    public bool IsRelativeCue(int token) => token > 0 && Cue[token] is not null && (Roles[token - 1] & ParticleRoles.Relative) != 0;

    public int SentenceStart(int token) => Doc.Sentences[SentenceOf[token]].FirstToken;

    /// <summary>The token after the last one of the token's sentence.</summary>
    public int SentenceEnd(int token)
    {
        var s = Doc.Sentences[SentenceOf[token]];
        return s.FirstToken + s.TokenCount;
    }

    public int ParagraphOfToken(int token) => ParagraphOf[SentenceOf[token]];

    /// <summary>The character of a one-character token (a mark), or '\0'.</summary>
    public char MarkAt(int token) => token >= 0 && token < Tokens.Length && Tokens[token].Span.Length == 1 ? Text[Tokens[token].Span.Start] : '\0';

    public bool IsComma(int token) => MarkAt(token) is '،' or ',';

    public bool IsColon(int token) => MarkAt(token) == ':';

    /// <summary>A dash, or a run of them (--), as datelines end with: دبي (CNN) -- قال.</summary>
    public bool IsDash(int token) =>
        token >= 0 && token < Tokens.Length && Text.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length).Trim("-–—") is { Length: 0 };

    /// <summary>Head-noun roles of a token (read through <see cref="WordKeys"/>); <paramref name="governed"/> when a ب/ل/ك is attached.</summary>
    public ParticleRoles HeadRoles(int token, out bool governed) =>
        WordKeys.TryGet(Lexicon.Heads, Tokens[token], out var roles, out governed) ? roles : ParticleRoles.None;

    /// <summary>The mention whose first token is <paramref name="token"/>, or -1.</summary>
    public int MentionStartingAt(int token)
    {
        var m = MentionAt[token];
        return m >= 0 && MentionFirst[m] == token ? m : -1;
    }

    /// <summary>True when the mention's first word carries a preposition (لإيران، بالعراق، للعراق).</summary>
    public bool MentionHasPreposition(int mention)
    {
        var token = Tokens[MentionFirst[mention]];
        var start = Doc.Mentions[mention].Span.Start;
        if (start > token.Span.Start)
        {
            // The recogniser left the proclitics out of the mention: they are the characters before it.
            var clitics = Text.AsSpan(token.Span.Start, start - token.Span.Start);
            return clitics.IndexOfAny('ب', 'ل', 'ك') >= 0;
        }

        return WordKeys.HasPrepositionalProclitic(token.Prefix);
    }

    /// <summary>The sector of a mention's entity (MED for outlets) when the Entities layer gives one.</summary>
    public string? SectorOf(int mention)
    {
        var id = Doc.Mentions[mention].EntityId;
        if (id is null)
        {
            return null;
        }

        _sectors ??= Doc.Entities.Where(e => e.Sector is not null).GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Sector!, StringComparer.Ordinal);
        return _sectors.GetValueOrDefault(id);
    }

    bool IsCueHere(int i, CueWord cue)
    {
        // A word inside a recognised name is part of the name.
        if (MentionAt[i] >= 0)
        {
            return false;
        }

        // مع توقع أنّ، في قول، عدم ذكر: after a preposition the form is a verbal noun.
        if (i > 0 && ((Roles[i - 1] & ParticleRoles.NounBefore) != 0
            || (Roles[i - 1] & ParticleRoles.Preposition) != 0 && MentionAt[i - 1] < 0 && cue.Kind != CueKind.Attribution))
        {
            return false;
        }

        if (i + 1 < Tokens.Length && cue.NotBefore.Contains(Tokens[i + 1].Folded))
        {
            return false;
        }

        if (cue.Kind == CueKind.Document)
        {
            // جاء/ورد alone is "came"; only جاء في (البيان) / جاء فيه introduces a document's words.
            return i + 1 < Tokens.Length && Tokens[i + 1].Folded is "في" or "فيه" or "فيها";
        }

        return true;
    }

    void MapSpans(int count, Func<int, TextSpan> spanOf, int[] at, int[] first, int[] last)
    {
        var t = 0;
        for (var m = 0; m < count; m++)
        {
            var span = spanOf(m);
            while (t < Tokens.Length && Tokens[t].Span.End <= span.Start)
            {
                t++;
            }

            // Mentions are sorted; a malformed one that covers no token is left unmapped.
            var k = t;
            first[m] = k;
            while (k < Tokens.Length && Tokens[k].Span.Start < span.End)
            {
                at[k] = m;
                k++;
            }

            last[m] = k - 1;
            if (k == first[m])
            {
                first[m] = -1;
            }
        }
    }

    void MapDates()
    {
        var t = 0;
        foreach (var date in Doc.Dates)
        {
            while (t < Tokens.Length && Tokens[t].Span.End <= date.Span.Start)
            {
                t++;
            }

            for (var k = t; k < Tokens.Length && Tokens[k].Span.Start < date.Span.End; k++)
            {
                InDate[k] = true;
            }
        }
    }
}
