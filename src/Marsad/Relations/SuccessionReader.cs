using Marsad.Documents;
using Marsad.Entities.Context;

namespace Marsad.Relations;

/// <summary>
/// Succession (docs/relations.md): "X، خليفة Y في قيادة Z" → succeeded(X, Y) and leads(X, Z); "خلفاً لـY" →
/// succeeded(the person before it, Y); "سلفه Y" (his predecessor Y) → succeeded(the person before it, Y); "خلفه Y"
/// (his successor Y) → succeeded(Y, the person before it). "The person before it" is the nearest named person
/// earlier in the same or the previous sentence: the possessive pronoun of سلفه points back to him.
/// </summary>
internal static class SuccessionReader
{
    // "في قيادة فيلق القدس" / "على رأس": how far after the predecessor the post may be named.
    const int MaxPostDistance = 4;

    public static void Read(TokenFacts f, MentionIndex index, IReadOnlyList<Mention> named, RelationList into)
    {
        for (var i = 0; i + 1 < f.Count; i++)
        {
            if (!f.IsWord(i) || index.Covering(i) is not null)
            {
                continue;
            }

            var key = f.KeySpan(i);
            if (key.Length is < 4 or > 5 || key[0] is not ('خ' or 'س'))
            {
                continue;
            }

            switch (f.Key(i))
            {
                case "خليفه":
                    if (Next(f, index, i) is { } predecessor && Apposed(f, index, i) is { } successor)
                    {
                        into.Add(RelationPredicate.Succeeded, successor.EntityId, predecessor.EntityId, new TextSpan(successor.Span.Start, predecessor.Span.End));
                        if (Post(f, index, predecessor) is { } post)
                        {
                            into.Add(RelationPredicate.Leads, successor.EntityId, post.EntityId, new TextSpan(successor.Span.Start, post.Span.End));
                        }
                    }

                    break;
                case "خلفا" or "سلفه" or "سلفها":
                    if (Next(f, index, i) is { } earlier && Before(f, named, i) is { } later && later.EntityId != earlier.EntityId)
                    {
                        into.Add(RelationPredicate.Succeeded, later.EntityId, earlier.EntityId, new TextSpan(later.Span.Start, earlier.Span.End));
                    }

                    break;
                case "خلفه" or "خلفها":
                    if (Next(f, index, i) is { } next && Before(f, named, i) is { } previous && previous.EntityId != next.EntityId)
                    {
                        into.Add(RelationPredicate.Succeeded, next.EntityId, previous.EntityId, new TextSpan(previous.Span.Start, next.Span.End));
                    }

                    break;
            }
        }
    }

    /// <summary>The person named right after the cue (خلفاً لـY: the preposition may sit on Y or stand alone).</summary>
    static Mention? Next(TokenFacts f, MentionIndex index, int i)
    {
        var j = i + 1;
        if (f.IsMark(j, 'ل') && j + 1 < f.Count)
        {
            j++;
        }

        return index.StartingAt(j) is { Kind: EntityKind.Person } m && f.Sentence(j) == f.Sentence(i) ? m : null;
    }

    /// <summary>The person right before the cue, across a comma (X، خليفة Y).</summary>
    static Mention? Apposed(TokenFacts f, MentionIndex index, int i)
    {
        var j = i - 1;
        if (j >= 0 && (f.IsMark(j, '،') || f.IsMark(j, ',')))
        {
            j--;
        }

        return j >= 0 && index.Covering(j) is { Kind: EntityKind.Person } m && f.Sentence(j) == f.Sentence(i) ? m : null;
    }

    /// <summary>The nearest named person before token <paramref name="i"/> in its sentence or the one before.</summary>
    static Mention? Before(TokenFacts f, IReadOnlyList<Mention> named, int i)
    {
        var start = f.Span(i).Start;
        var sentence = f.Sentence(i);
        Mention? best = null;
        foreach (var m in named)
        {
            if (m.Span.End > start)
            {
                break;
            }

            if (m.Kind == EntityKind.Person && sentence - f.Sentence(MentionIndex.TokenAt(f.Doc, m.Span.Start)) <= 1)
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>The organisation after "في قيادة" / "على رأس" following the predecessor's name.</summary>
    static Mention? Post(TokenFacts f, MentionIndex index, Mention predecessor)
    {
        var after = MentionIndex.TokenAt(f.Doc, predecessor.Span.End - 1) + 1;
        var sawPost = false;
        for (var j = after; j < f.Count && j < after + MaxPostDistance && f.Sentence(j) == f.Sentence(after - 1); j++)
        {
            if (index.StartingAt(j) is { Kind: EntityKind.Organization } org)
            {
                return sawPost ? org : null;
            }

            sawPost |= f.Bare(j) is "قياده" or "راس";
        }

        return null;
    }
}
