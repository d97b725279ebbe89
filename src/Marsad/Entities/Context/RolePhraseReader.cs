using Marsad.Documents;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads role phrases: a title (data/context/titles.tsv) and what completes it — the portfolio (وزير الدفاع),
/// adjectives (المتحدث العسكري), a nationality (العراقي), the organisation after a linking word (باسم، في، لـ) or in
/// construct (قائد فيلق القدس), a pronoun (المتحدث الرسمي لها) and former-holder marks (السابق). Shared by the
/// context recogniser (to find the name after the phrase), coreference (a phrase standing for its holder) and the
/// relation finder (holds_role, leads, member_of, spokesperson_of).
/// </summary>
internal static class RolePhraseReader
{
    // A complement longer than this is a clause, not a title's organisation.
    const int MaxComplementTokens = 10;

    // How far an unknown indefinite word may be from the definite word that ends its construct chain (عصائب أهل الحق).
    const int MaxConstructLookahead = 3;

    /// <summary>The chain of role phrases starting with a title at <paramref name="at"/>, or null when none starts there.</summary>
    public static RoleChain? ReadChain(TokenFacts f, MentionIndex index, int at)
    {
        var phrases = new List<RolePhrase>(2);
        var k = at;
        var comma = false;
        while (Read(f, index, k) is { } phrase)
        {
            phrases.Add(phrase);
            k = phrase.LastToken + 1;
            comma = false;
            if (k < f.Count && IsComma(f, k) && k + 1 < f.Count && f.Sentence(k + 1) == f.Sentence(at))
            {
                // "قائد فيلق القدس، الجنرال إسماعيل قاآني": a comma may separate the titles or the title from the name.
                comma = true;
                if (MatchTitle(f, k + 1, out _, out _, out _))
                {
                    k++;
                    continue;
                }

                k++;
                break;
            }

            // «كلّف الوزير مدير الشركة فلان»: a lone definite title is the verb's subject, and an indefinite title in
            // construct after it names the object, another person; titles chain only definite after definite
            // (وزير الداخلية السوري اللواء فلان) or with a comma.
            if (k >= f.Count || f.Sentence(k) != f.Sentence(at) || !MatchTitle(f, k, out _, out _, out _)
                || (phrase.FirstToken == phrase.LastToken && f.IsDefinite(phrase.FirstToken) && !f.IsDefinite(k)))
            {
                break;
            }
        }

        return phrases.Count == 0 ? null : new RoleChain(phrases, k, comma);
    }

    /// <summary>
    /// The person mention the chain stands before, if any: it must start the holder token in the same sentence. A
    /// name carrying a preposition (قائد فيلق القدس للكاظمي) is not the title's holder but its complement.
    /// </summary>
    public static Mention? Holder(TokenFacts f, MentionIndex index, RoleChain chain, int first)
    {
        var h = chain.HolderToken;
        return h < f.Count && f.Sentence(h) == f.Sentence(first) && index.StartingAt(h) is { Kind: EntityKind.Person } m
            && !f.HasClitics(h) && m.Span.Start == f.Span(h).Start ? m : null;
    }

    /// <summary>One role phrase starting with a title at token <paramref name="at"/>.</summary>
    public static RolePhrase? Read(TokenFacts f, MentionIndex index, int at)
    {
        if (!MatchTitle(f, at, out var entry, out var last, out var stripped))
        {
            return null;
        }

        var possessive = f.TitleAt(at, FindTitle).PronounSuffix;
        var cls = entry.Class;
        var sameAs = entry.SameAs;
        var modified = false;
        var completeTail = false;

        // نائب، مساعد، القائم بأعمال join the title after them; a deputy of a leader holds a post, he does not lead.
        while (last + 1 < f.Count && (cls == TitleClass.Modifier || IsModifierWord(f, at, last))
            && MatchTitle(f, last + 1, out var next, out var nextLast, out _) && next.Class is not (TitleClass.Rank or TitleClass.Honorific or TitleClass.Person))
        {
            modified = true;
            completeTail = next.Words.Length > 1;
            sameAs = null;
            cls = next.Class is TitleClass.Leader or TitleClass.Modifier ? TitleClass.Office : next.Class;
            last = nextLast;
        }

        if (cls == TitleClass.Modifier)
        {
            return null;
        }

        // An indefinite title is in construct with what follows (وزير الخارجية، مدير مستشفى الكندي); followed by
        // an indefinite word it is a plain noun phrase: "مسؤول عسكري روسي" is "a Russian military official".
        if (!TitleDefinite(f, at, stripped) && last + 1 < f.Count && f.IsWord(last + 1) && !f.IsDefinite(last + 1)
            && index.StartingAt(last + 1) is null && !f.IsParticle(last + 1) && f.Key(last + 1) is not ("باسم" or "في" or "لدى")
            && !EndsConstruct(f, index, last + 1))
        {
            return null;
        }

        // A one-word profession or person noun right after a definite word or a name agrees with it as an adjective:
        // تنظيم داعش الإرهابي، الفصيل المعارض. (Ranks follow definite words as titles: وزير الدفاع الإيراني العميد …;
        // and after another title it is a title too: الوزير نظيره …)
        if (at == last && cls is TitleClass.Occupation or TitleClass.Person && at > 0 && f.Sentence(at - 1) == f.Sentence(at)
            && (f.IsDefinite(at - 1) || index.Covering(at - 1) is not null) && f.Stop(at - 1) == WordClass.None
            && !MatchTitle(f, at - 1, out _, out _, out _))
        {
            return null;
        }

        // Professions, ranks and forms of address take adjectives and a nationality (الباحث العراقي), or a phrase
        // after في (الباحث في الشأن العراقي), but no construct complement: the words after them are the name.
        var takesComplement = cls is TitleClass.Office or TitleClass.Leader or TitleClass.Member or TitleClass.Spokesperson;
        // A title whose last word is definite is a closed idafa (رئيس الوزراء، نائب رئيس الوزراء): no construct
        // complement follows it. أمين عام and single words (وزير، مدير) are still open (أمين عام وزارة النقل).
        var complete = (modified ? completeTail : entry.Words.Length > 1) && f.IsDefinite(last);
        var sentence = f.Sentence(at);
        var titleEnd = last;
        Mention? obj = null;
        string? country = null;
        bool former = false, linked = false, pronoun = possessive, quoted = false, usedName = false, sawDefinite = false;
        bool afterAn = false, objectAfterAn = false, lastLinkJoins = false;
        var nouns = 0;
        string? anaphor = null;
        Mention? parent = null;
        var linkedEnd = -1;
        var end = last;
        var k = last + 1;
        var limit = Math.Min(f.Count, k + MaxComplementTokens);
        while (k < limit && f.Sentence(k) == sentence)
        {
            if (index.StartingAt(k) is { } m)
            {
                if (m.Kind == EntityKind.Person)
                {
                    break;
                }

                var joins = lastLinkJoins || f.Clitics(k) is ['ب'];
                if (obj is null)
                {
                    obj = m;
                    objectAfterAn = afterAn;
                }
                else if (parent is null && joins && m.Kind == EntityKind.Organization && obj.Kind == EntityKind.Organization)
                {
                    parent = m;
                }

                // "بالحرس الثوري": the preposition on the word joins the second organisation to the first.
                lastLinkJoins = false;
                k = index.LastTokenOf(k) + 1;
                end = k - 1;
                linked = false;
                if (quoted && k < f.Count && f.IsClosingQuote(k))
                {
                    end = k++;
                }

                quoted = false;
                continue;
            }

            if (f.IsOpeningQuote(k) && index.StartingAt(k + 1) is { Kind: not EntityKind.Person })
            {
                quoted = true;
                k++;
                continue;
            }

            if (!f.IsWord(k))
            {
                break;
            }

            var stop = f.Stop(k);
            if (stop == WordClass.Former)
            {
                former = true;
                end = k++;
                continue;
            }

            if (f.Country(k) is { } c)
            {
                country ??= c;
                end = k++;
                continue;
            }

            if (MatchTitle(f, k, out var inner, out var innerLast, out _))
            {
                // A rank or form of address stands before the name (المتحدث باسم التحالف العقيد …): the chain goes on.
                if (!linked || inner.Class is TitleClass.Rank or TitleClass.Honorific or TitleClass.Person)
                {
                    break;
                }

                // "الناطق باسم القائد العام": after a linking word a title names whose spokesman he is.
                end = innerLast;
                k = innerLast + 1;
                continue;
            }

            if (stop is WordClass.Adjective or WordClass.NameAdjective)
            {
                if (obj is null && country is null && !linked)
                {
                    titleEnd = k;
                }

                end = k++;
                continue;
            }

            // Linking words: المتحدث باسم، القيادي في، النائب عن (the list or province an MP sits for). باسم links once:
            // after the organisation it is a given name (المتحدث باسم الحكومة باسم العوادي).
            var word = f.Folded(k);
            if ((takesComplement || word is "في") && word is "باسم" or "في" or "لدى" or "ضمن" or "عن" && k + 1 < limit
                && (f.IsWord(k + 1) || f.IsOpeningQuote(k + 1)) && !(word is "باسم" && (obj is not null || usedName)))
            {
                usedName |= word is "باسم";
                afterAn = word is "عن";
                lastLinkJoins = word is "في";
                linked = true;
                linkedEnd = k;
                k++;
                continue;
            }

            // The pronoun forms are compared as printed: the tokenizer reads باسمها as ب + اسمها.
            if (word is "له" or "لها" or "لهم" or "باسمه" or "باسمها" or "باسمهم")
            {
                pronoun = true;
                end = k++;
                continue;
            }

            if (stop != WordClass.None)
            {
                break;
            }

            var free = obj is null && country is null && !linked;
            if (!takesComplement && !linked)
            {
                break;
            }

            // الأمير الوليد بن طلال: a known name with the article, before a particle, starts the holder's name.
            if (f.IsDefinite(k) && f.IsKnownName(k) && k + 1 < f.Count && f.IsParticle(k + 1))
            {
                break;
            }

            if (f.IsDefinite(k))
            {
                titleEnd = free ? k : titleEnd;
                nouns += free ? 1 : 0;
                anaphor = free && nouns == 1 && f.Lexicon.OrgCue(f.Bare(k)) is not null ? f.Bare(k) : null;
                sawDefinite = true;
                end = k++;
                continue;
            }

            // A closed title takes no construct complement: the words after it are the name.
            // After a nationality or the organisation the noun phrase is closed too (وزير الخارجية العراقي + name,
            // نائب قائد فيلق القدس + name), unless a linking word opened a new one (باسم مقاتلي المعارضة).
            if (!complete && (linked || (country is null && obj is null)) && !f.HasClitics(k) && !f.IsKnownName(k) && EndsConstruct(f, index, k))
            {
                titleEnd = free ? k : titleEnd;
                nouns += free ? 2 : 0;
                end = k++;
                continue;
            }

            break;
        }

        var doc = f.Doc;
        var start = f.StartAfter(at, stripped);
        var titleSpan = new TextSpan(start, f.Span(titleEnd).End);
        var title = doc[titleSpan];
        if (stripped < 0 && doc.Tokens[at].Prefix.EndsWith("لل", StringComparison.Ordinal))
        {
            // للرئيس: the preposition swallowed the article's alef; the title itself is الرئيس.
            title = ContextLexicon.Article + title[(title.IndexOf('ل', 1) + 1)..];
        }

        // Strong: a definite title, or one whose complement reached a definite word, an organisation or a country.
        var strong = TitleDefinite(f, at, stripped) || modified || obj is not null || country is not null || sawDefinite
            || (last + 1 < f.Count && (f.IsDefinite(last + 1) || index.StartingAt(last + 1) is not null));
        return new RolePhrase(at, end, new TextSpan(start, f.Span(end).End), titleSpan, title, sameAs, cls, obj, country, former, modified, pronoun, strong)
        {
            HasPortfolio = nouns > 0,
            AnaphorHead = obj is null && nouns == 1 ? anaphor : null,
            Parent = parent,
            ObjectAfterAn = objectAfterAn,
            LongTitle = linkedEnd > 0 && obj is null && end > linkedEnd ? doc[new TextSpan(start, f.Span(end).End)] : null,
        };
    }

    /// <summary>
    /// A title starting at token <paramref name="i"/>: the longest row whose first word matches the token (without
    /// proclitics and article) and whose other words follow as printed. <paramref name="stripped"/> tells where the
    /// title starts inside the token (see <see cref="TokenFacts.StartAfter"/>).
    /// </summary>
    public static bool MatchTitle(TokenFacts f, int i, out TitleEntry entry, out int last, out int stripped)
    {
        entry = null!;
        last = -1;
        stripped = 0;
        if (i < 0 || i >= f.Count || !f.IsWord(i))
        {
            return false;
        }

        var match = f.TitleAt(i, FindTitle);
        if (match.Entry is null)
        {
            return false;
        }

        (entry, last, stripped) = (match.Entry, match.Last, match.Stripped);
        return true;
    }

    static TitleMatch FindTitle(TokenFacts f, int i)
    {
        var match = FindTitle(f, i, suffix: 0);
        if (match.Entry is null && f.IsWord(i) && !f.IsDefinite(i))
        {
            // أمينها العام، زعيمه: a title with a possessive, "its secretary-general".
            var bare = f.Bare(i);
            foreach (var suffix in PossessiveSuffixes)
            {
                if (bare.Length > suffix.Length + 2 && bare.EndsWith(suffix, StringComparison.Ordinal)
                    && FindTitle(f, i, suffix.Length) is { Entry: not null } withSuffix)
                {
                    return withSuffix with { PronounSuffix = true };
                }
            }
        }

        return match;
    }

    static TitleMatch FindTitle(TokenFacts f, int i, int suffix)
    {
        var cursor = 0;
        while (f.NextForm(i, ref cursor, out var bare, out var strip))
        {
            // A form the tokenizer left whole (والمتحدث) is definite when the stripped word kept the article; a
            // possessive makes the title definite too (أمينها = its secretary).
            var definite = TitleDefinite(f, i, strip) || suffix > 0;
            if (suffix > 0 && (bare.Length <= suffix || strip != 0 && strip != -1))
            {
                continue;
            }

            foreach (var candidate in f.Lexicon.TitlesStartingWith(bare[..^suffix]))
            {
                var words = candidate.Words;
                var ok = i + words.Length <= f.Count && (definite || !candidate.Definite);
                for (var w = 1; ok && w < words.Length; w++)
                {
                    ok = f.IsWord(i + w) && string.Equals(f.Key(i + w), words[w], StringComparison.Ordinal);
                }

                if (ok)
                {
                    return new TitleMatch(candidate, i + words.Length - 1, strip);
                }
            }
        }

        return default;
    }

    /// <summary>Possessive suffixes a title may carry (ها "her/its", ه "his/its"), longest first.</summary>
    static readonly string[] PossessiveSuffixes = ["ها", "ه"];

    static bool TitleDefinite(TokenFacts f, int at, int stripped) =>
        stripped < 0 ? f.IsDefinite(at) : stripped > 0 && f.Folded(at).AsSpan(stripped).StartsWith(ContextLexicon.Article);

    static bool IsComma(TokenFacts f, int i) => f.IsMark(i, '،') || f.IsMark(i, ',');

    /// <summary>A one-word title that is also a modifier (النائب: an MP alone, a deputy before another title).</summary>
    static bool IsModifierWord(TokenFacts f, int at, int last)
    {
        if (last != at)
        {
            return false;
        }

        var cursor = 0;
        while (f.NextForm(at, ref cursor, out var bare, out _))
        {
            foreach (var candidate in f.Lexicon.TitlesStartingWith(bare))
            {
                if (candidate.Class == TitleClass.Modifier && candidate.Words.Length == 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Idafa: an indefinite noun is completed by the noun after it, and the chain ends at the first definite noun or
    /// name (حركة عصائب أهل الحق، وزير خارجية إيران). True when such an end follows within a few unknown words.
    /// </summary>
    static bool EndsConstruct(TokenFacts f, MentionIndex index, int k)
    {
        for (var j = k + 1; j < f.Count && j <= k + MaxConstructLookahead; j++)
        {
            if (index.StartingAt(j) is { Kind: not EntityKind.Person } || f.IsOpeningQuote(j))
            {
                return true;
            }

            // A definite noun ends the chain, even one the tables know as an adjective (مقاتلي المعارضة); a known
            // given name, or a known nisba after one, is a person's name (إبراهيم الجعفري), not the end of a chain.
            if (!f.IsWord(j) || f.Stop(j) is WordClass.Function or WordClass.Verb or WordClass.Time || f.HasClitics(j)
                || (f.IsKnownName(j) && (!f.IsDefinite(j) || f.Bare(j).EndsWith('ي'))))
            {
                return false;
            }

            if (f.IsDefinite(j))
            {
                return true;
            }

            if (f.Stop(j) != WordClass.None)
            {
                return false;
            }
        }

        return false;
    }

}
