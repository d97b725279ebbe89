using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Context;

/// <summary>
/// Finds names nobody listed from the words around them (<see cref="MentionSource.Context"/>):
/// <list type="bullet">
/// <item>a person's name after a title or role phrase (رئيس الوزراء العراقي …، الكاتب …، المتحدث العسكري باسم حركة
/// عصائب أهل الحق …، اللواء …), directly or after a comma;</item>
/// <item>a person's name before a comma and a role phrase (جعفر الحسيني، المتحدث باسم …);</item>
/// <item>an organisation after a cue word, quoted or not (تحالف "الفتح"، كتائب …، وكالة …).</item>
/// </list>
/// Each mention's <see cref="Mention.Cue"/> is the evidence word or phrase as printed. Names the knowledge base
/// already found are not proposed again; the knowledge base's candidates tell where an organisation ends.
/// </summary>
public sealed class ContextRecognizer : IDependentMentionSource
{
    /// <summary>The cue of a person mention made of a given name and a listed name after it.</summary>
    const string GivenNameCue = "given name";

    readonly KnowledgeBase _kb;
    readonly TokenAnalyzer _analyzer;
    readonly OrgCueReader _orgs;
    readonly UnsplitNameReader _unsplit;

    public ContextRecognizer(KnowledgeBase kb, ContextLexicon lexicon)
    {
        _kb = kb;
        _analyzer = new TokenAnalyzer(kb, lexicon);
        _orgs = new OrgCueReader(kb);
        _unsplit = new UnsplitNameReader(kb);
    }

    /// <summary>Context rules over the shipped tables and knowledge base.</summary>
    public static ContextRecognizer CreateDefault() => new(KnowledgeBase.LoadDefault(), ContextLexicon.LoadDefault());

    public MentionSource Source => MentionSource.Context;

    public IEnumerable<Mention> Find(Document doc) => Find(doc, _kb.Matcher.FindAll(doc));

    public IEnumerable<Mention> Find(Document doc, IReadOnlyList<Mention> earlier) => Find(Facts(doc), earlier);

    /// <summary>The candidates over facts already built for the document (the recogniser builds them once).</summary>
    internal List<Mention> Find(TokenFacts facts, IReadOnlyList<Mention> earlier)
    {
        var doc = facts.Doc;
        var found = new List<Mention>();
        var index = new MentionIndex(doc, earlier);
        var titleEnd = -1;
        for (var i = 0; i < facts.Count; i++)
        {
            // A cue word inside a title (رئيس مجلس الوزراء، عضو مجلس النواب) is part of the title, not a name.
            var insideTitle = i <= titleEnd;
            if (!insideTitle && RolePhraseReader.MatchTitle(facts, i, out _, out var last, out _))
            {
                titleEnd = last;
            }

            if (!insideTitle && _orgs.Read(facts, index, i) is { } org)
            {
                found.Add(org);
            }
        }

        _unsplit.Read(facts, index, found);
        Places(facts, index, found);
        GuardedPlaceReader.Read(facts, _kb, index, found);
        NamedOperationReader.Read(facts, index, found);
        MilitaryUnitReader.Read(facts, index, found);
        CompanyNameReader.Read(facts, index, found);
        CommitteeNameReader.Read(facts, index, found);

        // Persons second: the organisations just found mark where a title's complement ends.
        index = new MentionIndex(doc, earlier.Concat(found));
        for (var i = 0; i < facts.Count; i++)
        {
            // A title word inside a listed name (كتائب سيد الشهداء، الرئيس السوري بشار الأسد) starts nothing.
            if (index.Covering(i) is not null || RolePhraseReader.ReadChain(facts, index, i) is not { } chain)
            {
                continue;
            }

            var holder = chain.HolderToken;
            if (holder >= facts.Count || facts.Sentence(holder) != facts.Sentence(i))
            {
                continue;
            }

            var last0 = chain.Phrases[^1];
            var adjacent = !chain.AfterComma && last0.LastToken + 1 == holder && last0.FirstToken == last0.LastToken
                && last0.Class is TitleClass.Office or TitleClass.Leader or TitleClass.Honorific or TitleClass.Rank;
            if (index.StartingAt(holder) is null
                && NameReader.Forward(facts, index, holder, strong: !chain.AfterComma && last0.Strong, alone: adjacent) is var (first, last))
            {
                found.Add(Joined(facts, index, first, last, chain.Phrases[0].Title));
            }
            else if (index.StartingAt(holder + 1) is { Kind: EntityKind.Person } listed && Given(facts, index, holder, listed, strong: true) is { } extended)
            {
                found.Add(extended with { Cue = chain.Phrases[0].Title });
            }

            i = Math.Max(i, chain.Phrases[^1].LastToken);
        }

        for (var c = 1; c < facts.Count; c++)
        {
            // Apposition: NAME، TITLE … — the title says who the name before the comma is.
            if ((facts.IsMark(c, '،') || facts.IsMark(c, ','))
                && index.Covering(c - 1) is null
                && ApposedTitle(facts, index, c + 1) is { } phrase
                && NameReader.Backward(facts, index, c - 1) is var (first, last))
            {
                var start = facts.StartAfter(first, -1);
                found.Add(new Mention(new TextSpan(start, facts.Span(last).End), EntityKind.Person, MentionSource.Context, null, phrase.Title));
            }
        }

        SpeakerNameReader.Read(facts, earlier, found);

        foreach (var listed in earlier)
        {
            // A known given name right before a listed person's short form, with no title before it.
            if (listed.Kind == EntityKind.Person && MentionIndex.TokenAt(doc, listed.Span.Start) is var t and > 0
                && listed.Span.Start == facts.Span(t).Start && Given(facts, index, t - 1, listed, strong: false) is { } extended)
            {
                found.Add(extended);
            }
        }

        return Distinct(found);
    }

    /// <summary>
    /// An unlisted place after the word for its kind (بلدة المسيب، ناحية الحمزة الشرقي، حي العدل): one or two definite
    /// words, the second only a compass adjective (الشرقي). The kind word stays out of the mention, as the gold set
    /// marks it.
    /// </summary>
    void Places(TokenFacts f, MentionIndex index, List<Mention> found)
    {
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (!f.IsWord(i) || index.Covering(i) is not null || f.Lexicon.PlaceCue(f.Bare(i)) is not { } kind)
            {
                continue;
            }

            var j = i + 1;
            // A listed place that is also a common word or a given name (قضاء الزبير) is the guarded reader's to link.
            if (!f.IsWord(j) || !f.IsDefinite(j) || f.HasClitics(j) || index.Covering(j) is not null || f.Stop(j) != WordClass.None
                || _kb.IsGuardedWord(f.KeySpan(j))
                || f.Country(j) is not null || f.Sentence(j) != f.Sentence(i) || RolePhraseReader.MatchTitle(f, j, out _, out _, out _))
            {
                continue;
            }

            var last = j + 1 < f.Count && f.IsWord(j + 1) && f.Sentence(j + 1) == f.Sentence(j) && index.Covering(j + 1) is null
                && f.Key(j + 1) is "الشرقي" or "الغربي" or "الشمالي" or "الجنوبي" or "الشرقيه" or "الغربيه" or "الشماليه" or "الجنوبيه"
                ? j + 1 : j;
            found.Add(new Mention(new TextSpan(f.Span(j).Start, f.Span(last).End), kind, MentionSource.Context, null, f.Doc[f.Span(i)]));
            i = last;
        }
    }

    /// <summary>
    /// The name read after a title, joined to a listed person's name right after it when the two are one name: the
    /// knowledge base lists the whole (زين العابدين + بن علي), or the listed part starts with a particle (… + بن علي).
    /// </summary>
    Mention Joined(TokenFacts f, MentionIndex index, int first, int last, string cue)
    {
        var span = new TextSpan(f.Span(first).Start, f.Span(last).End);
        if (index.StartingAt(last + 1) is { Kind: EntityKind.Person, EntityId: { } id } listed && f.Sentence(last + 1) == f.Sentence(last)
            && listed.Span.Start == f.Span(last + 1).Start && f.Span(last).End < listed.Span.Start)
        {
            var whole = new TextSpan(span.Start, listed.Span.End);
            if (_kb.Get(id) is { } entry && _kb.FindByName(f.Doc[whole]).Contains(entry))
            {
                return new Mention(whole, EntityKind.Person, MentionSource.Context, id, cue);
            }

            if (f.IsParticle(last + 1))
            {
                return new Mention(whole, EntityKind.Person, MentionSource.Context, null, cue);
            }
        }

        return new Mention(span, EntityKind.Person, MentionSource.Context, null, cue);
    }

    /// <summary>
    /// The post phrase after a comma that describes the name before it — unless a name follows the phrase, which
    /// it then introduces ("، الإعلامي جمال خاشقجي" is about خاشقجي, not the words before the comma).
    /// </summary>
    static RolePhrase? ApposedTitle(TokenFacts f, MentionIndex index, int first)
    {
        if (first >= f.Count || index.Covering(first) is { Kind: EntityKind.Person }
            || RolePhraseReader.ReadChain(f, index, first) is not { Phrases: [{ IsPost: true } phrase, ..] } chain)
        {
            return null;
        }

        var named = RolePhraseReader.Holder(f, index, chain, first) is not null
            || (chain.HolderToken < f.Count && !chain.AfterComma && NameReader.Forward(f, index, chain.HolderToken, strong: true) is not null);
        return named ? null : phrase;
    }

    /// <summary>Per-token facts for this document (shared with coreference).</summary>
    internal TokenFacts Facts(Document doc) => _analyzer.Analyze(doc);

    /// <summary>
    /// A given name right before a listed person's name: the same person when the longer name is listed for the same
    /// entry, or when the listed name is a short form (بلينكن) and the knowledge base spells the entry's given name
    /// alike (transliterations differ in vowels and emphatics: أنطوني/أنتوني); else a namesake the knowledge base
    /// does not list (حسين + الكاظمي; وزير الدفاع السوري علي + محمود عباس). <paramref name="strong"/>: a title stands
    /// before the given name, so it need not be a known name, and a listed full name may be extended too.
    /// </summary>
    Mention? Given(TokenFacts f, MentionIndex index, int at, Mention listed, bool strong)
    {
        if (!strong && WithPreposition(f, index, at, listed) is { } joined)
        {
            return joined;
        }

        if (at < 0 || at + 1 >= f.Count || !f.IsWord(at) || index.Covering(at) is not null || f.Stop(at) != WordClass.None || f.IsDefinite(at)
            || f.HasClitics(at) || f.HasTanween(at) || (!strong && !f.IsCommonName(at))
            || (f.Country(at) is not null && (!strong || !f.IsKnownName(at)))
            || listed.EntityId is null || _kb.Get(listed.EntityId) is not { } entry || f.Sentence(at) != f.Sentence(at + 1)
            || RolePhraseReader.MatchTitle(f, at, out _, out _, out _) || (at > 0 && f.IsParticle(at - 1)))
        {
            // After a particle the word is a father's name inside a longer name (أنور بن محمد قرقاش).
            return null;
        }

        var span = new TextSpan(f.Span(at).Start, listed.Span.End);
        if (_kb.FindByName(f.Doc[span]).Contains(entry))
        {
            return new Mention(span, EntityKind.Person, MentionSource.Context, listed.EntityId, GivenNameCue);
        }

        var shortForm = !ArabicFolding.Fold(f.Doc[listed.Span]).Contains(' ', StringComparison.Ordinal);
        if (!shortForm && !strong)
        {
            return null;
        }

        var given = Skeleton(f.Folded(at));
        var same = false;
        foreach (var name in entry.AliasesAr.Prepend(entry.NameAr))
        {
            var words = ArabicFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            same |= shortForm && words.Length >= 2 && Skeleton(words[0]) == given;
        }

        return new Mention(span, EntityKind.Person, MentionSource.Context, same ? listed.EntityId : null, GivenNameCue);
    }

    /// <summary>
    /// A given name carrying a preposition or conjunction (لقاسم سليماني، وحسن روحاني) before a listed surname: the whole
    /// name when the knowledge base lists it for the same entry.
    /// </summary>
    Mention? WithPreposition(TokenFacts f, MentionIndex index, int at, Mention listed)
    {
        if (at < 0 || index.Covering(at) is not null || listed.EntityId is null || _kb.Get(listed.EntityId) is not { } entry
            || f.Sentence(at) != f.Sentence(at + 1) || !f.IsWord(at))
        {
            return null;
        }

        var cursor = 0;
        var surname = f.Doc[listed.Span];
        while (f.NextForm(at, ref cursor, out var given, out _))
        {
            if (given.Length < f.Folded(at).Length && _kb.FindByName(new string(given) + " " + surname).Contains(entry))
            {
                return new Mention(new TextSpan(f.Span(at).Start, listed.Span.End), EntityKind.Person, MentionSource.Context, listed.EntityId, GivenNameCue);
            }
        }

        return null;
    }

    /// <summary>
    /// A transliterated name's consonants: long vowels dropped and emphatic letters merged with their plain
    /// counterparts, the ways outlets differ when they write a foreign name (أنطوني/أنتوني، ماكينزي/ماكنزي).
    /// </summary>
    static string Skeleton(string folded)
    {
        Span<char> buffer = stackalloc char[folded.Length];
        var n = 0;
        foreach (var c in folded)
        {
            var mapped = c switch
            {
                'ا' or 'و' or 'ي' or 'ه' => '\0',
                'ط' => 'ت',
                'ص' or 'ث' => 'س',
                'ض' => 'د',
                'ظ' or 'ذ' => 'ز',
                'ق' => 'ك',
                _ => c,
            };
            if (mapped != '\0')
            {
                buffer[n++] = mapped;
            }
        }

        return new string(buffer[..n]);
    }

    static List<Mention> Distinct(List<Mention> found)
    {
        var seen = new HashSet<(TextSpan, EntityKind)>();
        return [.. found.Where(m => seen.Add((m.Span, m.Kind)))];
    }
}
