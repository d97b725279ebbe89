using Marsad.Documents;
using Marsad.Entities.Context;

namespace Marsad.Relations;

/// <summary>
/// Relations stated by a cue word between two entities (data/context/relation-cues.tsv): "كتائب حزب الله العراقية
/// الموالية لإيران" → aligned_with; "كتلة الصادقون النيابية حسن سالم التابعة لعصائب أهل الحق" → part_of (an
/// organisation's bloc or wing belongs to it; التابعة لـ a state is aligned_with); المعارض/المناهض لـ → opposes.
/// The subject is the entity the cue describes: reading back from the cue over adjectives (العراقية، النيابية), a
/// person's name in between and quotation marks, the first organisation or place — or, failing one, a person. A
/// common noun in between (الميليشيات الموالية لإيران) means the cue describes that noun: no relation. "X، أحد
/// (أكثر|أبرز) الفصائل الموالية لـ…" reads through the apposition to X, and so does a cue right after a comma
/// ("كتلة الوفاء للمقاومة، الجناح النيابي لحزب الله" → part_of).
/// </summary>
internal static class CueRelationReader
{
    // How many tokens back from the cue the subject may be.
    const int MaxSubjectDistance = 8;

    // Adjectives between a cue and its preposition (الجناح العسكري لـ).
    const int MaxCueAdjectives = 2;

    public static void Read(TokenFacts f, MentionIndex index, RelationCueTable cues, RelationList into)
    {
        for (var i = 1; i + 1 < f.Count; i++)
        {
            if (!f.IsWord(i) || index.Covering(i) is not null)
            {
                continue;
            }

            foreach (var cue in cues.For(f.KeySpan(i)))
            {
                if (Object(f, index, i, cue.Preposition) is not { EntityId: not null } obj || Subject(f, index, i) is not { EntityId: not null } subject)
                {
                    continue;
                }

                var predicate = cue.PartOrAligned
                    ? obj.Kind == EntityKind.Organization ? RelationPredicate.PartOf : RelationPredicate.AlignedWith
                    : cue.Predicate;
                into.Add(predicate, subject.EntityId, obj.EntityId, new TextSpan(subject.Span.Start, obj.Span.End));
                break;
            }
        }
    }

    /// <summary>The entity after the cue's preposition: on the next word (لإيران), or standing alone before it (من إيران).</summary>
    static Mention? Object(TokenFacts f, MentionIndex index, int cue, string preposition)
    {
        var j = cue + 1;
        while (j < f.Count && j - cue <= MaxCueAdjectives && f.Stop(j) == WordClass.Adjective && !f.HasClitics(j))
        {
            j++;
        }

        if (j >= f.Count || f.Sentence(j) != f.Sentence(cue))
        {
            return null;
        }

        if (f.IsWord(j) && f.Key(j) == preposition || f.IsMark(j, preposition[0]) && preposition.Length == 1)
        {
            return j + 1 < f.Count && f.Sentence(j + 1) == f.Sentence(cue) ? index.StartingAt(j + 1) : null;
        }

        // A one-letter preposition is written on the word (لإيران، لعصائب أهل الحق); mentions cover whole words, so the
        // mention starting at that word is the object.
        return preposition.Length == 1 && f.Folded(j).StartsWith(preposition, StringComparison.Ordinal) && index.StartingAt(j) is { } m ? m : null;
    }

    static Mention? Subject(TokenFacts f, MentionIndex index, int cue)
    {
        Mention? person = null;
        var j = cue - 1;
        var sentence = f.Sentence(cue);

        // «كتلة الوفاء للمقاومة، الجناح النيابي لحزب الله»: a cue right after a comma describes the name before it.
        if (j > 0 && (f.IsMark(j, '،') || f.IsMark(j, ',')))
        {
            j--;
        }

        while (j >= 0 && cue - j <= MaxSubjectDistance && f.Sentence(j) == sentence)
        {
            if (index.Covering(j) is { } m)
            {
                if (m.Kind != EntityKind.Person)
                {
                    return m;
                }

                person ??= m;
                j = MentionIndex.TokenAt(f.Doc, m.Span.Start) - 1;
                continue;
            }

            if (f.IsClosingQuote(j) || f.IsOpeningQuote(j) || (f.IsWord(j) && IsAdjective(f, j)))
            {
                j--;
                continue;
            }

            // "X، أحد أكثر الفصائل الموالية لـ…": the plural noun is X by apposition.
            if (f.IsWord(j) && f.IsDefinite(j) && Apposition(f, j) is { } comma)
            {
                j = comma - 1;
                continue;
            }

            break;
        }

        return person;
    }

    static bool IsAdjective(TokenFacts f, int j) =>
        f.Country(j) is not null || f.Stop(j) is WordClass.Adjective or WordClass.NameAdjective
        || (f.IsDefinite(j) && f.Bare(j) is { Length: >= 3 } bare && (bare.EndsWith('ي') || bare.EndsWith("يه", StringComparison.Ordinal)));

    /// <summary>For the noun at <paramref name="noun"/>, the comma of "، أحد (أكثر|أبرز)? NOUN", or null.</summary>
    static int? Apposition(TokenFacts f, int noun)
    {
        var j = noun - 1;
        if (j >= 0 && f.Key(j) is "اكثر" or "ابرز")
        {
            j--;
        }

        if (j < 1 || f.Key(j) is not ("احد" or "احدي"))
        {
            return null;
        }

        return f.IsMark(j - 1, '،') || f.IsMark(j - 1, ',') ? j - 1 : null;
    }
}
