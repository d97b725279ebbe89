using Marsad.Documents;
using Marsad.Entities.Context;

namespace Marsad.Relations;

/// <summary>
/// Relations stated by role phrases (docs/relations.md): a title before a name (رئيس الوزراء العراقي مصطفى الكاظمي)
/// or after it in apposition (جعفر الحسيني، المتحدث باسم كتائب حزب الله). By the title's class: leader of an
/// organisation → leads (a unit of it named between: holds_role); of a country → holds_role; member → member_of;
/// spokesperson → spokesperson_of; office → holds_role (with the organisation or country when given; an MP for a list
/// is member_of it). A possessive (المتحدث الرسمي لها، أمينها العام) refers to the nearest organisation of its gender
/// before it; a cue word as portfolio (رئيس المجلس) to the last group named with it. Professions (الكاتب، المحلل
/// السياسي), ranks and forms of address describe a person but state no relation the analyst codes.
/// </summary>
internal static class RoleRelationReader
{
    public static void Read(TokenFacts f, MentionIndex index, IReadOnlyList<Mention> named, RelationList into)
    {
        for (var i = 0; i < f.Count; i++)
        {
            if (index.Covering(i) is { Kind: EntityKind.Person } || RolePhraseReader.ReadChain(f, index, i) is not { } chain)
            {
                continue;
            }

            if (RolePhraseReader.Holder(f, index, chain, i) is { } holder)
            {
                foreach (var phrase in chain.Phrases)
                {
                    Emit(f, index, named, phrase, holder, new TextSpan(phrase.Span.Start, holder.Span.End), into);
                }
            }
            else if (Apposed(f, index, i) is { } person)
            {
                // NAME، TITLE: only the first phrase after the comma is the apposition.
                var phrase = chain.Phrases[0];
                Emit(f, index, named, phrase, person, new TextSpan(person.Span.Start, phrase.Span.End), into);
            }

            i = chain.Phrases[^1].LastToken;
        }
    }

    /// <summary>The person named right before the phrase, across a comma: the phrase is in apposition to them.</summary>
    static Mention? Apposed(TokenFacts f, MentionIndex index, int first)
    {
        var before = first - 1;
        if (before < 1 || !(f.IsMark(before, '،') || f.IsMark(before, ',')))
        {
            return null;
        }

        return index.Covering(before - 1) is { Kind: EntityKind.Person } m && f.Sentence(before - 1) == f.Sentence(first)
            && m.Span.End <= f.Span(before).Start ? m : null;
    }

    static void Emit(TokenFacts f, MentionIndex index, IReadOnlyList<Mention> named, RolePhrase phrase, Mention person, TextSpan span, RelationList into)
    {
        if (!phrase.IsPost)
        {
            return;
        }

        var obj = phrase.Object ?? Inside(index, phrase) ?? (phrase.PronounObject ? Antecedent(named, phrase, f) : null)
            ?? (phrase.AnaphorHead is { } head ? Named(named, phrase, f, head) : null);
        var country = phrase.CountryId is { } c ? Entities.Knowledge.KnowledgeBase.IdPrefix + c : null;
        var isOrg = obj?.Kind == EntityKind.Organization;
        var place = obj is { Kind: EntityKind.GeoPolitical or EntityKind.Location } ? obj.EntityId : country;
        var subject = person.EntityId;
        var role = phrase.LongTitle ?? phrase.Title;
        switch (phrase.Class)
        {
            case TitleClass.Spokesperson when isOrg:
                into.Add(RelationPredicate.SpokespersonOf, subject, obj!.EntityId, span);
                break;
            case TitleClass.Member when isOrg:
                into.Add(RelationPredicate.MemberOf, subject, obj!.EntityId, span);
                break;
            case TitleClass.Office when isOrg && phrase.ObjectAfterAn:
                // النائب عن تحالف الفتح: an MP for a list is a member of it.
                into.Add(RelationPredicate.MemberOf, subject, obj!.EntityId, span);
                break;
            case TitleClass.Leader when isOrg && (!phrase.HasPortfolio || phrase.AnaphorHead is not null):
                into.Add(RelationPredicate.Leads, subject, obj!.EntityId, span);
                break;
            case TitleClass.Leader or TitleClass.Spokesperson or TitleClass.Office when isOrg:
                // قائد القوات البرية في الحرس الثوري، رئيس بعثة اللجنة الدولية: a post in the organisation.
                into.Add(RelationPredicate.HoldsRole, subject, obj!.EntityId, span, role, Canonical(phrase));
                break;
            case TitleClass.Leader or TitleClass.Spokesperson or TitleClass.Office:
                // الرئيس العراقي، القائد العام للقوات المسلحة، الناطق باسم القائد العام: a post, of a country if one is named.
                into.Add(RelationPredicate.HoldsRole, subject, obj?.EntityId ?? place, span, role, Canonical(phrase));
                break;
            case TitleClass.Member when place is not null:
                into.Add(RelationPredicate.HoldsRole, subject, place, span, role, Canonical(phrase));
                break;
        }

        // قائد فيلق القدس في الحرس الثوري: the organisation is part of the one after it.
        if (phrase.Object is { Kind: EntityKind.Organization } part && phrase.Parent is { } whole)
        {
            into.Add(RelationPredicate.PartOf, part.EntityId, whole.EntityId, new TextSpan(part.Span.Start, whole.Span.End));
        }
    }

    /// <summary>The post as the knowledge base words it: the same fact under رئيس الحكومة and رئيس الوزراء is one relation.</summary>
    static string Canonical(RolePhrase phrase) => phrase.SameAs ?? phrase.TitleFolded;

    /// <summary>An organisation or place named inside the title's own words (عضو مجلس النواب).</summary>
    static Mention? Inside(MentionIndex index, RolePhrase phrase)
    {
        for (var t = phrase.FirstToken; t <= phrase.LastToken; t++)
        {
            if (index.StartingAt(t) is { Kind: not EntityKind.Person } m && phrase.TitleSpan.Contains(m.Span))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// The group a definite cue word stands for (رئيس المجلس → مجلس النواب العراقي): the nearest organisation named in
    /// the last few sentences whose first word is that cue.
    /// </summary>
    static Mention? Named(IReadOnlyList<Mention> named, RolePhrase phrase, TokenFacts f, string head)
    {
        var sentence = f.Sentence(phrase.FirstToken);
        Mention? best = null;
        foreach (var m in named)
        {
            if (m.Span.End > phrase.Span.Start)
            {
                break;
            }

            var first = MentionIndex.TokenAt(f.Doc, m.Span.Start);
            if (m.Kind == EntityKind.Organization && sentence - f.Sentence(first) <= AnaphorSentences && f.Bare(first) == head)
            {
                best = m;
            }
        }

        return best;
    }

    // How many sentences back a group named by its cue word (المجلس) is looked for.
    const int AnaphorSentences = 3;

    /// <summary>
    /// The organisation a possessive refers to (المتحدث الرسمي لها، المتحدث باسمها، أمينها العام): the nearest one
    /// before the phrase in its sentence or the one before, agreeing in gender — ها takes a feminine name (وزارة،
    /// كتائب), ه a masculine one (البرلمان، مجلس).
    /// </summary>
    static Mention? Antecedent(IReadOnlyList<Mention> named, RolePhrase phrase, TokenFacts f)
    {
        var offset = phrase.Span.Start;
        var sentence = f.Sentence(phrase.FirstToken);
        var pronoun = PronounOf(f, phrase);
        Mention? best = null;
        foreach (var m in named)
        {
            if (m.Span.End > offset)
            {
                break;
            }

            var first = MentionIndex.TokenAt(f.Doc, m.Span.Start);
            if (m.Kind == EntityKind.Organization && sentence - f.Sentence(first) <= 1
                && (pronoun is not (Gender.Feminine or Gender.Masculine) || GenderOf(f, first) == pronoun))
            {
                best = m;
            }
        }

        return best;
    }

    enum Gender
    {
        Unknown,
        Masculine,
        Feminine,
    }

    static Gender PronounOf(TokenFacts f, RolePhrase phrase)
    {
        for (var t = phrase.FirstToken; t <= phrase.LastToken; t++)
        {
            var word = f.Folded(t);
            if (word.EndsWith("هم", StringComparison.Ordinal))
            {
                return Gender.Unknown;
            }

            if (word.EndsWith("ها", StringComparison.Ordinal) && (t == phrase.FirstToken || word is "لها" || word.StartsWith("باسم", StringComparison.Ordinal)))
            {
                return Gender.Feminine;
            }

            if (word is "له" or "باسمه" || (t == phrase.FirstToken && word.EndsWith('ه') && f.Doc.Text[f.Span(t).End - 1] == 'ه'))
            {
                return Gender.Masculine;
            }
        }

        return Gender.Unknown;
    }

    /// <summary>A name's grammatical gender from its first word: ة (وزارة، كتلة) or a broken plural (كتائب) is feminine.</summary>
    static Gender GenderOf(TokenFacts f, int first)
    {
        var last = f.Doc.Text[f.Span(first).End - 1];
        return last == Arabic.ArabicLetters.TehMarbuta || FemininePlurals.Contains(f.Bare(first)) ? Gender.Feminine : Gender.Masculine;
    }

    /// <summary>Broken plurals of group names, which take feminine agreement: كتائب، عصائب، سرايا، ألوية، قوات، فصائل.</summary>
    static readonly HashSet<string> FemininePlurals = new(StringComparer.Ordinal) { "كتايب", "عصايب", "سرايا", "الويه", "قوات", "فصايل" };
}
