using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// What the event finder reads in one sentence: the cue words (by token), the clauses, the triggers and the
/// parties. Arrays are indexed by document token and reused from sentence to sentence of one document.
/// </summary>
internal sealed class SentenceView
{
    readonly EventLexicon _lexicon;
    readonly CueRole[] _cue;
    readonly int[] _cueEnd;
    readonly int[] _clause;
    readonly bool[] _inMention;
    readonly bool[] _inDate;
    readonly bool[] _claimed;
    readonly int[] _numberStart;
    readonly int[] _numberEnd;
    readonly HashSet<string> _seenNouns = new(StringComparer.Ordinal);
    readonly HashSet<int> _firstNouns = [];
    bool _assaultCoded;

    // A trigger row whose needed words do not follow, or a verb read into a noun, leaves the form to the next row
    // (PhraseIndex.Match).
    readonly PhraseIndex<TriggerRule>.Accept _needsMet;

    public SentenceView(Document doc, EventLexicon lexicon)
    {
        Doc = doc;
        _lexicon = lexicon;
        _needsMet = (tokens, end, phrase) => !TriggerContext.NounInTaMarbuta(Doc.Text, tokens[end - phrase.Length], phrase)
            && (phrase.Value.Needs.IsEmpty
                || (TriggerContext.Follows(this, phrase.Value.Needs, end) && !(phrase.Value.IsVerb && TriggerContext.HasObjectSuffix(tokens[end - phrase.Length], phrase))));
        var n = doc.Tokens.Length;
        _cue = new CueRole[n];
        _cueEnd = new int[n];
        _clause = new int[n];
        _inMention = new bool[n];
        _inDate = new bool[n];
        _claimed = QuotedClaims.Mark(doc);
        _numberStart = new int[n];
        _numberEnd = new int[n];
        Array.Fill(_numberStart, -1);
        Array.Fill(_numberEnd, -1);
        for (var k = 0; k < doc.Numbers.Length; k++)
        {
            var span = doc.Numbers[k].Span;
            var first = TokenAt(span.Start);
            var last = TokenAt(span.End - 1);
            if (first < n && last < n)
            {
                _numberStart[first] = k;
                _numberEnd[last] = k;
            }
        }

        Mark(doc.Mentions.Select(m => m.Span), _inMention);
        Mark(doc.Dates.Select(d => d.Span), _inDate);
    }

    /// <summary>Sets the flag of every token a span covers (mentions, dates), once per document.</summary>
    void Mark(IEnumerable<TextSpan> spans, bool[] flags)
    {
        foreach (var span in spans)
        {
            for (var t = TokenAt(span.Start); t >= 0 && t < flags.Length && Doc.Tokens[t].Span.Start < span.End; t++)
            {
                flags[t] = true;
            }
        }
    }

    public Document Doc { get; }

    public EventLexicon Lexicon => _lexicon;

    /// <summary>The index in <see cref="Document.Numbers"/> of the number starting at token <paramref name="token"/>, or null.</summary>
    public int? NumberStartingAt(int token) => token >= 0 && token < _numberStart.Length && _numberStart[token] >= 0 ? _numberStart[token] : null;

    /// <summary>The index of the number whose last token is <paramref name="token"/>, or null.</summary>
    public int? NumberEndingAt(int token) => token >= 0 && token < _numberEnd.Length && _numberEnd[token] >= 0 ? _numberEnd[token] : null;

    /// <summary>True when token <paramref name="token"/> lies inside an entity mention.</summary>
    public bool InMention(int token) => _inMention[token];

    public ReadOnlySpan<Token> Tokens => Doc.Tokens.AsSpan();

    public int First { get; private set; }

    public int End { get; private set; }

    public TextSpan Span { get; private set; }

    public List<Hit> Hits { get; } = [];

    public List<Party> Parties { get; } = [];

    /// <summary>Clause token ranges of the sentence, in order.</summary>
    public List<(int Start, int End)> Clauses { get; } = [];

    public CueRole CueAt(int token) => _cue[token];

    public int CueEnd(int token) => _cueEnd[token];

    public int ClauseOf(int token) => _clause[token];

    /// <summary>Reads sentence <paramref name="s"/>: cues, clauses, triggers and parties.</summary>
    public void Read(in Sentence s)
    {
        First = s.FirstToken;
        End = s.FirstToken + s.TokenCount;
        Span = s.Span;
        Hits.Clear();
        Parties.Clear();
        Clauses.Clear();
        var tokens = Tokens;
        var clauseStart = First;
        for (var i = First; i < End; i++)
        {
            var cue = _lexicon.Cues.Match(tokens, i, End);
            _cue[i] = cue?.Value ?? CueRole.None;
            _cueEnd[i] = cue is null ? i : i + cue.Length;
            // A clause ends at a semicolon or before a connective that opens a new one (فيما، بينما، في حين).
            var semicolon = tokens[i].Folded is "؛" or ";";
            if ((semicolon || (_cue[i] & CueRole.ClauseBreak) != 0) && i > clauseStart)
            {
                Clauses.Add((clauseStart, i));
                clauseStart = i;
            }

            _clause[i] = Clauses.Count;
        }

        Clauses.Add((clauseStart, End));
        FindTriggers(tokens);
        FindParties(tokens);
    }

    void FindTriggers(ReadOnlySpan<Token> tokens)
    {
        for (var i = First; i < End; i++)
        {
            // A trigger word inside a name (الحشد الشعبي، قوات التحالف) is part of the name.
            if (_inMention[i] || _lexicon.Triggers.Match(tokens, i, End, _needsMet) is not { } phrase)
            {
                continue;
            }

            var rule = phrase.Value;
            var end = i + phrase.Length;
            if ((_claimed[i] && !QuotedClaims.Performative(rule.Category)) || TriggerContext.NamesNoHappening(this, rule, phrase.Stems[0], i, end))
            {
                continue;
            }

            i = end - 1;
            var fresh = rule.IsVerb || Seen(i - phrase.Length + 1, phrase.Stems[0], rule);
            _assaultCoded |= rule.Category == EventCategory.Assault;
            if (!fresh)
            {
                continue;
            }

            Hits.Add(new Hit(i - phrase.Length + 1, end, rule, phrase.Stems[0]));
        }
    }

    /// <summary>
    /// Records an event noun; false when it is definite and the article already coded that category with that noun:
    /// the article marks given information, so "الحوار" after a first "الحوار الاستراتيجي" refers back to it.
    /// </summary>
    bool Seen(int i, string stem, TriggerRule rule)
    {
        var key = $"{(int)rule.Category}:{stem}";
        var known = !_seenNouns.Add(key);
        if (!known)
        {
            _firstNouns.Add(i);
        }

        // A definite attack noun (الهجوم، القصف) after an assault was coded refers back to it, whatever its word,
        // unless someone denies or claims it here (نفت مسؤوليتها عن الهجوم adds the denial).
        known |= rule.Category == EventCategory.Assault && _assaultCoded && !TriggerContext.ResponsibilityBefore(this, i);
        // «قال شهود إنهم سمعوا خمسة انفجارات»: what witnesses heard or saw is the attack already told.
        if (rule.Category == EventCategory.Assault && _assaultCoded && TriggerContext.Perceived(this, i))
        {
            return false;
        }

        // …unless its own clause dates it to a day («وخلال الجولة … التي انطلقت يوم أمس الأربعاء»): a dated mention is
        // the report of the happening, not an echo of it.
        return !(known && PhraseIndex<CueRole>.HasArticle(Tokens[i].Prefix)) || TriggerContext.DatedClause(this, i);
    }

    /// <summary>
    /// Forgets that a noun was coded when its hit was absorbed into an event of another trigger (a visit
    /// «بالتزامن مع انطلاق الحوار»): the noun made no event of its own, so a later definite mention is new, not given.
    /// </summary>
    public void Unsee(Hit hit)
    {
        // Only the noun's first mention recorded it; a later indefinite one must not forget an event coded before.
        if (!hit.Rule.IsVerb && _firstNouns.Remove(hit.Start))
        {
            _seenNouns.Remove($"{(int)hit.Rule.Category}:{hit.Stem}");
        }
    }

    /// <summary>True when token <paramref name="token"/> is a word or a number, not punctuation or a quotation mark.</summary>
    public bool IsWord(int token) => Tokens[token].Folded is { Length: > 0 } folded && char.IsLetterOrDigit(folded[0]);

    /// <summary>True when token <paramref name="token"/> lies inside a resolved or unresolved date mention.</summary>
    public bool InDate(int token) => _inDate[token];

    void FindParties(ReadOnlySpan<Token> tokens)
    {
        var mentions = Doc.Mentions;
        var m = FirstMentionFrom(mentions, Span.Start);
        var i = First;
        while (i < End)
        {
            if (m < mentions.Length && mentions[m].Span.Start < Span.End && TokenAt(mentions[m].Span.Start) == i)
            {
                var mention = mentions[m++];
                var last = TokenAt(mention.Span.End - 1);
                if (mention.EntityId is { } id && mention.Kind != EntityKind.Misc && last >= i)
                {
                    Parties.Add(new Party(i, last + 1, id, mention.Kind, PartyMarks.Of(this, i, mention.Kind)));
                    i = last + 1;
                    continue;
                }
            }

            if (!_inMention[i] && _lexicon.SourceClasses.Match(tokens, i, End) is { } phrase)
            {
                Parties.Add(new Party(i, i + phrase.Length, phrase.Value, null, PartyMarks.Of(this, i, null)));
                i += phrase.Length;
                continue;
            }

            while (m < mentions.Length && mentions[m].Span.End <= tokens[i].Span.End)
            {
                m++;
            }

            i++;
        }
    }

    static int FirstMentionFrom(ImmutableArray<Mention> mentions, int position)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the token holding (or first after) character <paramref name="position"/>.</summary>
    public int TokenAt(int position)
    {
        var tokens = Doc.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
