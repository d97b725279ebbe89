namespace Marsad.Entities.Context;

/// <summary>
/// Finds the extent of a person's name next to a title: 2–4 name-like words (Arabic names are a given name and at
/// least one more: father's name, family name or nisba). A name stops at punctuation, a function word or verb
/// (stop-words.tsv), another title, a nationality adjective, a word with proclitics (وقال، باستمرار), another
/// mention, and an unknown word shaped like an imperfect verb (يرى). Name-like evidence: Wikidata's person-name
/// tokens and the knowledge base's person names, name particles (أبو، عبد، بن), nisba surnames (الحسيني، الطليباوي).
/// </summary>
internal static class NameReader
{
    /// <summary>Names read from context have at most this many words (عبد الكريم محمود إبراهيم).</summary>
    public const int MaxNameTokens = 4;

    /// <summary>A lone word after a title is too often not a name (الرئيس بايدن is listed; الرئيس نفسه is not a name).</summary>
    public const int MinNameTokens = 2;

    // The prefixes of the imperfect verb that follows a name (يرى، تقول، نرى); أ is left out: first-person verbs are
    // rare in reported news, and foreign names begin with it (إركادنيان).
    const string ImperfectPrefixes = "يتن";

    // The letters of the proclitics و ف ب ل ك the tokenizer leaves on words it does not know.
    const string ProcliticLetters = "وفبلك";

    // An unknown word of this length or less with an imperfect prefix is read as a verb, not as a name.
    const int MaxImperfectVerbLength = 6;

    // …and one of this length or less ending in ت as a feminine perfect verb (سعت، أعلنت is listed).
    const int MaxPerfectFeminineLength = 4;

    /// <summary>
    /// The name starting at token <paramref name="at"/>, reading forwards. <paramref name="strong"/>: a title stands
    /// right before it, so an unknown first word is accepted; otherwise (after a comma) the first word must be a
    /// known given name or a particle. <paramref name="alone"/>: the title stands right before the word with nothing
    /// in between, so a single common given name is accepted as the whole name.
    /// </summary>
    public static (int First, int Last)? Forward(TokenFacts f, MentionIndex index, int at, bool strong, bool alone = false)
    {
        if (!CanStart(f, index, at))
        {
            return null;
        }

        var known = f.IsParticle(at) || f.IsKnownName(at);

        // "الشرق أوسطي توم حرب": an unknown nisba before a common given name ends the phrase before the name.
        if (!known && strong && f.Bare(at).EndsWith('ي') && at + 1 < f.Count && f.IsCommonName(at + 1) && CanStart(f, index, at + 1))
        {
            at++;
            known = true;
        }

        // An unknown word that begins with a proclitic letter (لعقد، وبحث) is more likely a preposition or conjunction
        // and a noun than a name; known names with those letters (بشار، وليد) were found above.
        if (!known && (!strong || LooksLikeVerb(f, at) || f.Bare(at).EndsWith("يه", StringComparison.Ordinal) || f.Bare(at).EndsWith('ي')
            || f.LooksInflected(at) || EndsInTaMarbuta(f, at)
            || ProcliticLetters.Contains(f.Bare(at)[0], StringComparison.Ordinal)))
        {
            return null;
        }

        // "تركي المالكي": a nationality word is a given name only before a family name; "روسي قوله" is not a name.
        if (f.Country(at) is not null && !(known && at + 1 < f.Count && f.IsDefinite(at + 1) && NameLike(f, at + 1, false)))
        {
            return null;
        }

        var last = at;
        var words = 1;
        while (last + 1 < f.Count && CanContinue(f, index, last + 1, f.IsParticle(last), words))
        {
            // Particles (بن، عبد، أبو) join the word after them and do not count: سعود بن عبد الله المعجب.
            if (!f.IsParticle(last + 1) && !f.IsParticle(last) && words == MaxNameTokens)
            {
                break;
            }

            last++;
            words += f.IsParticle(last) || f.IsParticle(last - 1) ? 0 : 1;
        }

        while (last > at && f.IsParticle(last))
        {
            last--;
        }

        // After a comma (weak evidence) the name must be closed off too: by punctuation, a function word or a verb.
        if (last - at + 1 >= MinNameTokens)
        {
            return strong || IsBoundary(f, last + 1) ? (at, last) : null;
        }

        // One word right after the title (الرئيس مبارك، الأمير طلال): a common given name, and the clause ends there.
        return alone && last == at && f.IsCommonName(at) && !f.IsParticle(at) && EndsClause(f, at + 1) ? (at, at) : null;
    }

    /// <summary>
    /// The name ending at token <paramref name="last"/>, reading backwards (a name in apposition: "جعفر الحسيني،
    /// المتحدث باسم …"). Its first word must be indefinite, and a known given name or particle unless a verb or
    /// punctuation stands right before it (صرح غضنفر البطيخ، القيادي …).
    /// </summary>
    public static (int First, int Last)? Backward(TokenFacts f, MentionIndex index, int last)
    {
        // The last word may be a family name that is not a nisba (غضنفر البطيخ،): the comma after it is the boundary.
        if (last < 0 || !f.IsWord(last) || index.Covering(last) is not null || f.HasClitics(last) || (f.Country(last) is not null && !f.IsDefinite(last))
            || f.Stop(last) != WordClass.None
            || !(NameLike(f, last, last >= 1 && f.IsParticle(last - 1)) || (f.IsDefinite(last) && !f.Bare(last).EndsWith('ه') && !f.HasTanween(last))))
        {
            return null;
        }

        var first = last;
        while (first - 1 >= 0 && last - first + 1 < MaxNameTokens && f.Sentence(first - 1) == f.Sentence(last)
            && f.IsWord(first - 1) && index.Covering(first - 1) is null && f.Stop(first - 1) == WordClass.None && f.Country(first - 1) is null
            && !RolePhraseReader.MatchTitle(f, first - 1, out _, out _, out _) && NameLike(f, first - 1, first >= 2 && f.IsParticle(first - 2)))
        {
            first--;
            if (f.HasClitics(first))
            {
                break;
            }
        }

        // The first word of a name is indefinite: a definite word there belongs to the clause before it.
        while (first < last && f.IsDefinite(first) && !(first >= 1 && f.IsParticle(first - 1)))
        {
            first++;
        }

        // A person's name right before: these words continue it (عبدالله بن زايد + آل نهيان), they are no name of their own.
        if (f.Clitics(first) is not ([] or ['و'] or ['ف']) || (first > 0 && index.Covering(first - 1) is { Kind: Documents.EntityKind.Person }))
        {
            return null;
        }

        // Evidence for where the name starts: a common given name or particle, a conjunction on the first word
        // (ورسمي يوسف …), or a verb right before it (صرح غضنفر البطيخ). Otherwise a leading unknown word is dropped:
        // in "، وصف سامي المرشد، الباحث …" the name is سامي المرشد.
        while (last - first + 1 >= MinNameTokens)
        {
            var verbBefore = first > 0 && f.Sentence(first - 1) == f.Sentence(first) && f.IsWord(first - 1) && f.Stop(first - 1) == WordClass.Verb;
            var beforeParticle = first + 1 <= last && f.IsParticle(first + 1) && f.IsKnownName(first);
            if ((f.IsCommonName(first) || f.IsParticle(first) || f.HasClitics(first) || verbBefore || beforeParticle)
                && !LooksLikeVerb(f, first) && f.Country(first) is null && !f.IsDefinite(first))
            {
                return (first, last);
            }

            first++;
        }

        return null;
    }

    static bool CanStart(TokenFacts f, MentionIndex index, int at) =>
        at < f.Count && f.IsWord(at) && !f.HasTanween(at) && index.Covering(at) is null
        && (f.Stop(at) == WordClass.None || GivenNameAsParticle(f, at))
        && (!f.IsDefinite(at) || (f.IsKnownName(at) && at + 1 < f.Count && f.IsParticle(at + 1)))
        && !f.HasClitics(at) && !RolePhraseReader.MatchTitle(f, at, out _, out _, out _) && f.Lexicon.OrgCue(f.Bare(at)) is null;

    /// <summary>
    /// A foreign name starting with و (ديفيد وارن، جيمس ويلسون), which the tokenizer reads as the conjunction: the word
    /// after the و is no name or word it knows, so this is not "and …" (حسن وعلي is).
    /// </summary>
    static bool ForeignW(TokenFacts f, int i) =>
        f.Clitics(i) is ['و'] && !f.IsDefinite(i) && f.Stop(i) == WordClass.None && f.Bare(i) is { Length: >= 3 } rest
        && !f.Lexicon.IsNameToken(rest) && !RolePhraseReader.MatchTitle(f, i, out _, out _, out _);

    /// <summary>
    /// A given name that is also a function word (باسم "in the name of", the name Basim): a name when a family name
    /// follows it (المتحدث باسم الحكومة باسم العوادي).
    /// </summary>
    static bool GivenNameAsParticle(TokenFacts f, int at) =>
        f.Stop(at) == WordClass.Function && f.IsKnownName(at) && at + 1 < f.Count && f.IsWord(at + 1) && f.IsDefinite(at + 1)
        && f.Bare(at + 1) is { Length: >= 4 } next && next.EndsWith('ي') && f.Country(at + 1) is null && f.Stop(at + 1) == WordClass.None;

    static bool CanContinue(TokenFacts f, MentionIndex index, int i, bool afterParticle, int words)
    {
        if (!f.IsWord(i) || f.Sentence(i) != f.Sentence(i - 1) || index.Covering(i) is not null || f.Stop(i) != WordClass.None
            || (f.HasClitics(i) && !ForeignW(f, i)) || f.Lexicon.IsTitleWord(f.Bare(i)) || f.Lexicon.OrgCue(f.Bare(i)) is not null)
        {
            return false;
        }

        // A family name may be a nationality (غضنفر الجزائري، …) where the clause ends right after it.
        if (f.Country(i) is not null)
        {
            return f.IsDefinite(i) && EndsWithComma(f, i + 1);
        }

        // A name of two words or more is complete enough that an unknown word after it shaped like a common noun ends
        // it: a feminine noun (نزار العبيدي خطة) or a preposition on a noun (حيدر جاسم برصاص). Shorter, the same
        // shapes are family names (محمد بديع، عدنان قوقزة).
        if (words >= MinNameTokens && !f.IsKnownName(i) && !f.IsParticle(i) && !afterParticle && !f.IsDefinite(i)
            && (EndsInTaMarbuta(f, i) || StartsWithPreposition(f, i)))
        {
            return false;
        }

        if (!NameLike(f, i, afterParticle))
        {
            // A definite word that is neither a known name nor a nisba still ends a name when a boundary follows
            // (غضنفر البطيخ، …): family names are not all nisbas. A definite word takes no possessive ه, so a printed ة
            // is a family name's (صالح الخرابشة، عبد الله المعايطة), while a folded ه written ه is not.
            return f.IsDefinite(i) && (!f.Bare(i).EndsWith('ه') || EndsInTaMarbuta(f, i)) && EndsSurname(f, i + 1);
        }

        return true;
    }

    /// <summary>Could this word be inside a name: known, a particle, a nisba surname, or an unknown indefinite word.</summary>
    static bool NameLike(TokenFacts f, int i, bool afterParticle)
    {
        if (f.HasTanween(i))
        {
            return false;
        }

        if (f.IsKnownName(i) || f.IsParticle(i) || afterParticle)
        {
            return true;
        }

        if (LooksLikeVerb(f, i) || f.Stop(i) != WordClass.None || f.LooksInflected(i))
        {
            return false;
        }

        if (f.IsDefinite(i))
        {
            // Nisba surnames: الحسيني، الطليباوي، الكبيسي (nationality adjectives were excluded before).
            var bare = f.Bare(i);
            return bare.Length >= 4 && bare.EndsWith('ي') && f.Doc.Tokens[i].Prefix.Length == 2;
        }

        return true;
    }

    static bool EndsWithComma(TokenFacts f, int i) => i < f.Count && (f.IsMark(i, '،') || f.IsMark(i, ','));

    /// <summary>What may follow a family name that is neither known nor a nisba (البطيخ، العلاق): a comma or colon, a
    /// function word or a verb, or a noun with a preposition on it (كلّف … علي جاسم البطاط بإدارة الشركة) — not a full
    /// stop, which as often follows an object noun (استقبل … الوفد.).</summary>
    static bool EndsSurname(TokenFacts f, int i) =>
        i < f.Count && (f.IsMark(i, '،') || f.IsMark(i, ',') || f.IsMark(i, ':')
            || (f.IsWord(i) && (f.Stop(i) is WordClass.Function or WordClass.Verb || (!f.IsKnownName(i) && (StartsWithPreposition(f, i) || f.Clitics(i) is ['ب'] or ['ل'])))));

    static bool EndsInTaMarbuta(TokenFacts f, int i) => f.Doc.Text[f.Span(i).End - 1] == Arabic.ArabicLetters.TehMarbuta;

    /// <summary>An unknown word of four letters or more that starts with the preposition ب or ل the tokenizer left on it.</summary>
    static bool StartsWithPreposition(TokenFacts f, int i) => f.Bare(i) is { Length: >= 4 } bare && bare[0] is 'ب' or 'ل';

    /// <summary>A comma, full stop, colon, or a function word or verb: the name certainly ends before it.</summary>
    static bool EndsClause(TokenFacts f, int i) =>
        i >= f.Count || f.IsMark(i, '،') || f.IsMark(i, ',') || f.IsMark(i, '.') || f.IsMark(i, ':')
        || (f.IsWord(i) && f.Stop(i) is WordClass.Function or WordClass.Verb);

    static bool IsBoundary(TokenFacts f, int i) =>
        i >= f.Count || !f.IsWord(i) || f.Sentence(i) != f.Sentence(i - 1)
        || f.Stop(i) is WordClass.Function or WordClass.Verb or WordClass.Time;

    /// <summary>
    /// An unknown word shaped like an imperfect verb (يرى، تقول), a short feminine perfect (سعت، دعت) or a derived
    /// form X verb or its verbal noun (استهدف، استطلاع).
    /// </summary>
    static bool LooksLikeVerb(TokenFacts f, int i)
    {
        var bare = f.Bare(i);
        return !f.IsKnownName(i) && !f.IsDefinite(i) && bare.Length >= 3
            && ((bare.Length <= MaxImperfectVerbLength && ImperfectPrefixes.Contains(bare[0], StringComparison.Ordinal))
                || (bare.Length <= MaxPerfectFeminineLength && bare[^1] == 'ت')
                || bare.StartsWith("است", StringComparison.Ordinal));
    }
}
