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

    /// <summary>
    /// The name starting at token <paramref name="at"/>, reading forwards. <paramref name="strong"/>: a title stands
    /// right before it, so an unknown first word is accepted; otherwise (after a comma) the first word must be a
    /// known given name or a particle.
    /// </summary>
    public static (int First, int Last)? Forward(TokenFacts f, MentionIndex index, int at, bool strong)
    {
        if (!CanStart(f, index, at))
        {
            return null;
        }

        var known = f.IsKnownName(at) || f.IsParticle(at);

        // "الشرق أوسطي توم حرب": an unknown nisba before a known given name ends the phrase before the name.
        if (!known && f.Bare(at).EndsWith('ي') && at + 1 < f.Count && f.IsKnownName(at + 1) && CanStart(f, index, at + 1))
        {
            at++;
            known = true;
        }

        // An unknown word that begins with a proclitic letter (لعقد، وبحث) is more likely a preposition or conjunction
        // and a noun than a name; known names with those letters (بشار، وليد) were found above.
        if (!known && (!strong || LooksLikeVerb(f, at) || f.Bare(at).EndsWith("يه", StringComparison.Ordinal)
            || ProcliticLetters.Contains(f.Bare(at)[0], StringComparison.Ordinal)))
        {
            return null;
        }

        var last = at;
        while (last + 1 < f.Count && last + 1 - at < MaxNameTokens && CanContinue(f, index, last + 1, f.IsParticle(last)))
        {
            last++;
        }

        while (last > at && f.IsParticle(last))
        {
            last--;
        }

        return last - at + 1 >= MinNameTokens ? (at, last) : null;
    }

    /// <summary>
    /// The name ending at token <paramref name="last"/>, reading backwards (a name in apposition: "جعفر الحسيني،
    /// المتحدث باسم …"). Its first word must be indefinite, and a known given name or particle unless a verb or
    /// punctuation stands right before it (صرح غضنفر البطيخ، القيادي …).
    /// </summary>
    public static (int First, int Last)? Backward(TokenFacts f, MentionIndex index, int last)
    {
        // The last word may be a family name that is not a nisba (غضنفر البطيخ،): the comma after it is the boundary.
        if (last < 0 || !f.IsWord(last) || index.Covering(last) is not null || f.Clitics(last).Length > 0 || f.Country(last) is not null
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
            if (f.Clitics(first).Length > 0)
            {
                break;
            }
        }

        // The first word of a name is indefinite: a definite word there belongs to the clause before it.
        while (first < last && f.IsDefinite(first) && !(first >= 1 && f.IsParticle(first - 1)))
        {
            first++;
        }

        if (last - first + 1 < MinNameTokens || f.IsDefinite(first) || f.Clitics(first) is not ("" or "و" or "ف"))
        {
            return null;
        }

        var known = f.IsKnownName(first) || f.IsParticle(first);
        var boundary = first == 0 || f.Sentence(first - 1) != f.Sentence(first) || !f.IsWord(first - 1)
            || f.Stop(first - 1) is WordClass.Verb or WordClass.Function || f.Clitics(first).Length > 0;
        return (known || boundary) && !LooksLikeVerb(f, first) ? (first, last) : null;
    }

    static bool CanStart(TokenFacts f, MentionIndex index, int at) =>
        at < f.Count && f.IsWord(at) && !f.HasTanween(at) && index.Covering(at) is null && f.Stop(at) == WordClass.None && !f.IsDefinite(at)
        && f.Clitics(at).Length == 0 && !RolePhraseReader.MatchTitle(f, at, out _, out _, out _) && f.Lexicon.OrgCue(f.Bare(at)) is null;

    static bool CanContinue(TokenFacts f, MentionIndex index, int i, bool afterParticle)
    {
        if (!f.IsWord(i) || f.Sentence(i) != f.Sentence(i - 1) || index.Covering(i) is not null || f.Stop(i) != WordClass.None
            || f.Country(i) is not null
            || f.Clitics(i).Length > 0 || RolePhraseReader.MatchTitle(f, i, out _, out _, out _) || f.Lexicon.OrgCue(f.Bare(i)) is not null)
        {
            return false;
        }

        if (!NameLike(f, i, afterParticle))
        {
            // A definite word that is neither a known name nor a nisba still ends a name when a boundary follows
            // (غضنفر البطيخ، …): family names are not all nisbas.
            return f.IsDefinite(i) && !f.Bare(i).EndsWith('ه') && IsBoundary(f, i + 1);
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

        if (LooksLikeVerb(f, i) || f.Stop(i) != WordClass.None)
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

    static bool IsBoundary(TokenFacts f, int i) =>
        i >= f.Count || !f.IsWord(i) || f.Sentence(i) != f.Sentence(i - 1)
        || f.Stop(i) is WordClass.Function or WordClass.Verb or WordClass.Time;

    static bool LooksLikeVerb(TokenFacts f, int i)
    {
        var bare = f.Bare(i);
        return !f.IsKnownName(i) && !f.IsDefinite(i) && bare.Length <= MaxImperfectVerbLength && bare.Length >= 3
            && ImperfectPrefixes.Contains(bare[0], StringComparison.Ordinal);
    }
}
