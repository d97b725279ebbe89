using Marsad.Documents;
using Marsad.Entities.Context;

namespace Marsad.Relations;

/// <summary>
/// Relations stated by role phrases (docs/relations.md): a title before a name (رئيس الوزراء العراقي مصطفى الكاظمي)
/// or after it in apposition (جعفر الحسيني، المتحدث باسم كتائب حزب الله). By the title's class: leader of an
/// organisation → leads; of a country → holds_role; member → member_of; spokesperson → spokesperson_of; office and
/// profession → holds_role (with the organisation or country when given). A pronoun complement (المتحدث الرسمي لها)
/// refers to the nearest organisation before it in the sentence. Ranks and forms of address state nothing.
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

        var obj = phrase.Object ?? Inside(index, phrase) ?? (phrase.PronounObject ? Antecedent(named, phrase.Span.Start, f) : null);
        var country = phrase.CountryId is { } c ? Entities.Knowledge.KnowledgeBase.IdPrefix + c : null;
        var isOrg = obj?.Kind == EntityKind.Organization;
        var place = obj is { Kind: EntityKind.GeoPolitical or EntityKind.Location } ? obj.EntityId : country;
        var subject = person.EntityId;
        switch (phrase.Class)
        {
            case TitleClass.Spokesperson when isOrg:
                into.Add(RelationPredicate.SpokespersonOf, subject, obj!.EntityId, span);
                break;
            case TitleClass.Member when isOrg:
                into.Add(RelationPredicate.MemberOf, subject, obj!.EntityId, span);
                break;
            case TitleClass.Leader when isOrg:
                into.Add(RelationPredicate.Leads, subject, obj!.EntityId, span);
                break;
            case TitleClass.Leader or TitleClass.Spokesperson or TitleClass.Member when place is not null:
                into.Add(RelationPredicate.HoldsRole, subject, place, span, phrase.Title, Canonical(phrase));
                break;
            case TitleClass.Office:
                into.Add(RelationPredicate.HoldsRole, subject, obj?.EntityId ?? country, span, phrase.Title, Canonical(phrase));
                break;
            case TitleClass.Occupation:
                into.Add(RelationPredicate.HoldsRole, subject, place, span, phrase.Title, Canonical(phrase));
                break;
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

    /// <summary>The nearest organisation before <paramref name="offset"/> in the same sentence (المتحدث الرسمي لها).</summary>
    static Mention? Antecedent(IReadOnlyList<Mention> named, int offset, TokenFacts f)
    {
        var sentence = f.Sentence(MentionIndex.TokenAt(f.Doc, offset));
        Mention? best = null;
        foreach (var m in named)
        {
            if (m.Span.End > offset)
            {
                break;
            }

            if (m.Kind == EntityKind.Organization && f.Sentence(MentionIndex.TokenAt(f.Doc, m.Span.Start)) == sentence)
            {
                best = m;
            }
        }

        return best;
    }
}
