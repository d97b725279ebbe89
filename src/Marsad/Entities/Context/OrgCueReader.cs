using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Context;

/// <summary>
/// Reads organisation names announced by a cue word (data/context/org-cues.tsv): a quoted name after any cue
/// (تحالف "الفتح"، حركة «الجهاد الإسلامي»), a listed name after a head cue that makes a longer name (كتائب + حزب الله),
/// an unlisted name after an indefinite head cue read as an idafa chain ending at its first definite word, with
/// the nisba adjectives of the name (حزب الدعوة الإسلامية), and a foreign outlet name after a media cue (وكالة
/// أسوشيتيد برس). The mention links to the knowledge base when the name it forms is listed.
/// </summary>
internal sealed class OrgCueReader(KnowledgeBase kb)
{
    // A quoted name longer than this is a quotation, not a name.
    const int MaxQuotedTokens = 5;

    // An idafa chain of unknown words longer than this is a clause.
    const int MaxChainTokens = 4;

    // Adjectives that may close an unlisted name (حزب الدعوة الإسلامية، الحزب الديمقراطي الكردستاني).
    const int MaxNameAdjectives = 2;

    // Foreign outlet names are short (أسوشيتيد برس، نيويورك تايمز، دير شبيغل).
    const int MaxForeignTokens = 3;

    // An unknown word this long or shorter starting with ي or ت is read as an imperfect verb (يتابعان).
    const int MaxVerbLength = 7;

    /// <summary>The definite اللواء before a name is a rank; only the indefinite لواء (or اللواء and a number) is a brigade.</summary>
    const string Brigade = "لواء";

    /// <summary>'Site, place': too common a noun for an unquoted, unlisted name to follow it.</summary>
    const string Site = "موقع";

    /// <summary>الدولي "international", which ends an airport's name (مطار حلب الدولي).</summary>
    const string International = "الدولي";

    /// <summary>تحت لواء "under the banner of": the idiom, not a brigade.</summary>
    const string Under = "تحت";

    /// <summary>بقيادة "led by" (ب + قيادة): a preposition phrase before a leader, not the command body قيادة.</summary>
    const string LedBy = "بقياده";

    public Mention? Read(TokenFacts f, MentionIndex index, int i)
    {
        if (!f.IsWord(i) || index.Covering(i) is not null || f.Folded(i) == LedBy)
        {
            return null;
        }

        var cursor = 0;
        while (f.NextForm(i, ref cursor, out var bare, out var stripped))
        {
            if (f.Lexicon.OrgCue(bare) is { } cls)
            {
                return Read(f, index, i, f.Lexicon.OrgCueKey(bare), stripped, cls);
            }
        }

        return null;
    }

    Mention? Read(TokenFacts f, MentionIndex index, int i, string cue, int stripped, OrgCueClass cls)
    {
        if (cls == OrgCueClass.Reporting)
        {
            // Only a quote right after a reporting word names the outlet: قال مسؤول لـ«الرافد نيوز».
            return i + 1 < f.Count && f.IsOpeningQuote(i + 1) && f.Sentence(i + 1) == f.Sentence(i)
                && Quoted(f, i + 1, cue, OrgCueClass.Descriptor, f.Doc[f.Span(i)]) is { } outlet && Short(f, outlet)
                ? outlet
                : null;
        }

        var doc = f.Doc;
        var start = f.StartAfter(i, stripped);
        var cueText = doc.Text[start..f.Span(i).End];
        var definite = f.IsDefinite(i) || (stripped > 0 && f.Folded(i).AsSpan(stripped).StartsWith(ContextLexicon.Article));
        var j = i + 1;
        if (j >= f.Count || f.Sentence(j) != f.Sentence(i))
        {
            return null;
        }

        if (cls == OrgCueClass.Mission)
        {
            // السفارة الأمريكية: an embassy is named by the country it represents; without it, it is any embassy.
            return definite && f.IsWord(j) && f.IsDefinite(j) && !f.HasClitics(j) && f.Country(j) is not null && index.Covering(j) is null
                ? new Mention(new TextSpan(start, f.Span(j).End), EntityKind.Organization, MentionSource.Context, null, cueText)
                : null;
        }

        if (cue == Brigade && i > 0 && f.Key(i - 1) == Under)
        {
            return null;
        }

        if (i > 0 && f.IsOpeningQuote(i - 1) && cls != OrgCueClass.Media && Quoted(f, i - 1, "", OrgCueClass.Descriptor, cueText) is { } whole)
        {
            // A quoted name that starts with its cue ("لواء أبي الفضل العباس"، «حركة النجباء»): the whole quote.
            return whole with { Cue = cueText };
        }

        if (cue == Brigade && definite)
        {
            // اللواء 52: a numbered brigade; اللواء + a name is the rank (titles.tsv).
            return char.IsAsciiDigit(f.Folded(j)[0]) ? new Mention(new TextSpan(start, f.Span(j).End), EntityKind.Organization, MentionSource.Context, null, cueText) : null;
        }

        // وكالة أنباء "X": the generic word between the cue and a quoted name.
        if (j + 1 < f.Count && f.IsWord(j) && f.Lexicon.IsGenericComplement(cue, f.Bare(j)) && f.IsOpeningQuote(j + 1))
        {
            j++;
        }

        if (f.IsOpeningQuote(j))
        {
            return Quoted(f, j, cue, cls, cueText);
        }

        if (cls == OrgCueClass.Facility)
        {
            return definite ? null : Facility(f, index, j, start, cueText);
        }

        // A listed place after a type word is a word of the group's name (مصرف لبنان، قيادة عمليات الأنبار).
        if (index.StartingAt(j) is { } listed && !(listed.Kind is EntityKind.GeoPolitical or EntityKind.Location
            && cls is OrgCueClass.Head or OrgCueClass.Unit or OrgCueClass.Body && !definite))
        {
            // كتائب + حزب الله is another group than حزب الله: the longer name is a mention of its own, linked when the
            // knowledge base lists it (فيلق + القدس → the Quds Force, not Jerusalem). A type word before a listed name
            // (حركة عصائب أهل الحق) extends it only when the longer name is listed too.
            var span = new TextSpan(start, listed.Span.End);
            var id = cls == OrgCueClass.Media ? null : UniqueOrg(doc[span]);
            if (cls == OrgCueClass.Descriptor && id is not null && id == listed.EntityId)
            {
                // لقوات التحالف الدولي: the descriptor only says what kind of group the listed one is; it stays
                // outside the name, as in a knowledge-base match (data/context/descriptors.tsv).
                return null;
            }

            // A ministry of a listed force (وزارة البيشمركة) is another body too.
            return id is not null || (cls is OrgCueClass.Unit or OrgCueClass.Body && listed.Kind == EntityKind.Organization)
                ? new Mention(span, EntityKind.Organization, MentionSource.Context, id, cueText)
                : null;
        }

        if (definite)
        {
            return null;
        }

        return cls switch
        {
            OrgCueClass.Unit or OrgCueClass.Head or OrgCueClass.Body => Chain(f, index, j, cue, start, cueText, cls == OrgCueClass.Body),
            OrgCueClass.Media when cue != Site => Foreign(f, index, j, cueText),
            _ => null,
        };
    }

    Mention? Quoted(TokenFacts f, int open, string cue, OrgCueClass cls, string cueText)
    {
        var close = open + 1;
        while (close < f.Count && close - open <= MaxQuotedTokens + 1 && !f.IsClosingQuote(close) && f.Sentence(close) == f.Sentence(open))
        {
            close++;
        }

        if (close >= f.Count || !f.IsClosingQuote(close) || close == open + 1 || !f.IsWord(open + 1))
        {
            return null;
        }

        // A quoted clause is not a name (وكالة الأنباء "تعرضت لاختراق."): no punctuation but the dots and hyphens
        // inside a name (سي.إن.بي.سي), and no verb or particle first when the quote holds several words.
        for (var t = open + 1; t < close; t++)
        {
            if (!f.IsWord(t) && !char.IsAsciiLetterOrDigit(f.Folded(t)[0])
                && !(f.Folded(t) is "." or "-" && f.Span(t - 1).End == f.Span(t).Start && t + 1 < close && f.Span(t).End == f.Span(t + 1).Start))
            {
                return null;
            }
        }

        // …nor a verb first, a future one included (سيلتزم بالهدنة).
        if (close > open + 2 && (f.Stop(open + 1) is WordClass.Verb or WordClass.Function || f.Doc.Tokens[open + 1].Prefix == "س"))
        {
            return null;
        }

        // كحزب "إرهابي": a quoted adjective is a label, not a name; "الهيئة" alone points back to a group named before.
        if (close == open + 2 && ((!f.IsDefinite(open + 1) && IsNisba(f.Bare(open + 1)) && !f.IsKnownName(open + 1))
            || f.Lexicon.OrgCue(f.Bare(open + 1)) is not null || f.LooksInflected(open + 1)))
        {
            return null;
        }

        var span = new TextSpan(f.Span(open + 1).Start, f.Span(close - 1).End);
        var name = f.Doc[span];

        // A unit or type word is part of the name (تحالف "الفتح" is تحالف الفتح, كتائب "حزب الله" is not حزب الله);
        // a type word may also just name the type of a listed group (حركة «الجهاد الإسلامي»). A descriptor or an
        // outlet word is never part of the name.
        var id = cls switch
        {
            OrgCueClass.Unit => UniqueOrg(cue + " " + name),
            OrgCueClass.Head => UniqueOrg(cue + " " + name) ?? UniqueOrg(name),
            _ => UniqueOrg(name),
        };
        return new Mention(span, EntityKind.Organization, MentionSource.Context, id, cueText);
    }

    Mention? Chain(TokenFacts f, MentionIndex index, int j, string cue, int start, string cueText, bool withNationality)
    {
        if (f.Lexicon.IsGenericComplement(cue, f.Bare(j)))
        {
            return null;
        }

        var k = j;
        var ended = false;
        while (k < f.Count && k - j < MaxChainTokens)
        {
            // A listed place ends the chain as any proper noun does (قيادة عمليات الأنبار); a definite noun right
            // after it shows the place name was a common word of this name (سرايا حماة السيادة).
            if (index.StartingAt(k) is { Kind: EntityKind.GeoPolitical or EntityKind.Location } place && f.Sentence(k) == f.Sentence(k - 1)
                && place.Span.Start == f.Span(k).Start)
            {
                k = index.LastTokenOf(k) + 1;
                if (k < f.Count && CanChain(f, index, k) && f.IsDefinite(k) && !IsNisba(f.Bare(k)))
                {
                    k++;
                }

                ended = true;
                break;
            }

            if (!CanChain(f, index, k))
            {
                break;
            }

            // حزب شيعي، تحالف واسع: an indefinite adjective after the cue makes a description, not a name.
            if (k == j && !f.IsDefinite(k) && IsNisba(f.Bare(k)) && !f.IsKnownName(k))
            {
                return null;
            }

            k++;
            if (f.IsDefinite(k - 1))
            {
                ended = true;
                break;
            }
        }

        if (!ended)
        {
            return null;
        }

        var adjectives = 0;
        // The name's own adjectives (الإسلامية، الأمني، الدولي), not a nationality.
        while (k < f.Count && adjectives < MaxNameAdjectives && f.IsDefinite(k) && IsNisba(f.Bare(k)) && f.Country(k) is null
            && (CanChain(f, index, k) || (f.Stop(k) is WordClass.NameAdjective or WordClass.Adjective && f.Sentence(k) == f.Sentence(k - 1)
                && index.Covering(k) is null)))
        {
            k++;
            adjectives++;
        }

        // A ministry's or service's country is part of its name (وزارة النقل السورية).
        if (withNationality && k < f.Count && f.IsDefinite(k) && f.Country(k) is not null && f.Sentence(k) == f.Sentence(k - 1) && index.Covering(k) is null)
        {
            k++;
        }

        var span = new TextSpan(start, f.Span(k - 1).End);
        return new Mention(span, EntityKind.Organization, MentionSource.Context, UniqueOrg(f.Doc[span]), cueText);
    }

    /// <summary>
    /// A facility named by its kind and the place it serves (مطار صنعاء الدولي، ميناء الحديدة، جسر الجمهورية): the cue
    /// and a listed place or one definite word, with الدولي after an airport's name.
    /// </summary>
    static Mention? Facility(TokenFacts f, MentionIndex index, int j, int start, string cueText)
    {
        int last;
        if (index.StartingAt(j) is { Kind: EntityKind.GeoPolitical or EntityKind.Location } place && place.Span.Start == f.Span(j).Start)
        {
            last = index.LastTokenOf(j);
        }
        else if (CanChain(f, index, j) && f.IsDefinite(j) && f.Country(j) is null && !IsNisba(f.Bare(j)))
        {
            last = j;
        }
        else
        {
            return null;
        }

        if (last + 1 < f.Count && f.Key(last + 1) is International && f.Sentence(last + 1) == f.Sentence(j))
        {
            last++;
        }

        return new Mention(new TextSpan(start, f.Span(last).End), EntityKind.Location, MentionSource.Context, null, cueText);
    }

    Mention? Foreign(TokenFacts f, MentionIndex index, int j, string cueText)
    {
        var k = j;
        // Foreign names are neither nisbas nor feminine Arabic words (أخبار كاذبة).
        while (k < f.Count && k - j < MaxForeignTokens && CanChain(f, index, k) && !f.IsDefinite(k) && !IsNisba(f.Bare(k)) && !f.Bare(k).EndsWith('ه'))
        {
            k++;
        }

        if (k == j || (k < f.Count && f.IsWord(k) && f.Stop(k) == WordClass.None && f.Country(k) is null && f.Sentence(k) == f.Sentence(j)))
        {
            // The foreign name must end at a boundary: a clause going on after three words is not a name.
            return null;
        }

        var span = new TextSpan(f.Span(j).Start, f.Span(k - 1).End);
        return new Mention(span, EntityKind.Organization, MentionSource.Context, UniqueOrg(f.Doc[span]), cueText);
    }

    // An outlet's quoted name is short; a longer quote after a reporting word is what was reported.
    const int MaxOutletTokens = 4;

    static bool Short(TokenFacts f, Mention m) =>
        MentionIndex.TokenAt(f.Doc, m.Span.End - 1) - MentionIndex.TokenAt(f.Doc, m.Span.Start) < MaxOutletTokens;

    static bool CanChain(TokenFacts f, MentionIndex index, int k) =>
        f.IsWord(k) && f.Sentence(k) == f.Sentence(k - 1) && f.Stop(k) == WordClass.None && !f.HasClitics(k) && !f.HasTanween(k)
        && !f.LooksInflected(k, plurals: false) && !(f.Bare(k) is { Length: >= 3 and <= MaxVerbLength } b && !f.IsDefinite(k) && b[0] is 'ي' or 'ت')
        && f.Country(k) is null && index.Covering(k) is null && !RolePhraseReader.MatchTitle(f, k, out _, out _, out _);

    /// <summary>Nisba-shaped: ends in ي or ية (folded يه), the adjective ending.</summary>
    static bool IsNisba(string bare) => bare.Length >= 3 && (bare.EndsWith('ي') || bare.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>The id of the one organisation the knowledge base lists under this name, or null.</summary>
    string? UniqueOrg(string name)
    {
        string? id = null;
        foreach (var entry in kb.FindByName(ArabicFolding.Fold(name)))
        {
            if (entry.Kind != EntityKind.Organization)
            {
                continue;
            }

            if (id is not null)
            {
                return null;
            }

            id = entry.EntityId;
        }

        return id;
    }
}
