using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Coreference;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities;

/// <summary>
/// Merges the candidates of all mention sources into one sorted, non-overlapping list (docs/entities.md, "Merging"):
/// <list type="number">
/// <item>A listed person's name that begins with a title (الرئيس السوري بشار الأسد، اللواء يحيى رسول) is cut to the
/// name when the knowledge base knows the shorter form for the same entry: titles are evidence, not names. A listed
/// alias that is all title (المرشد الإيراني) stays a mention of its entry with the cue "role".</item>
/// <item>A context mention that contains a knowledge-base mention and either is itself a listed name (فيلق + القدس
/// is the Quds Force, كتائب + حزب الله is Kataib Hezbollah) or is of the same kind (a given name before a listed
/// surname) extends it: it is taken first.</item>
/// <item>A one-word listed name that the context tables know as a verb or function word is dropped (ترأس is not Truss).</item>
/// <item>Then the knowledge base beats context rules, which beat the tagger (<see cref="MentionSource"/> order);
/// within one source the longer span wins, then the earlier one. A candidate overlapping one already taken is
/// dropped.</item>
/// </list>
/// </summary>
internal sealed class MentionMerger(KnowledgeBase kb)
{
    public List<Mention> Merge(Document doc, TokenFacts facts, List<Mention> candidates)
    {
        var ranked = new List<(int Rank, Mention Mention)>(candidates.Count);
        foreach (var m in candidates)
        {
            if (IsFunctionWord(doc, facts, m))
            {
                continue;
            }

            var mention = m.Source == MentionSource.KnowledgeBase && m.Kind == EntityKind.Person ? WithoutTitle(doc, facts, m) : m;
            ranked.Add((Rank(mention, candidates), mention));
        }

        ranked.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
            : a.Mention.Span.Length != b.Mention.Span.Length ? b.Mention.Span.Length.CompareTo(a.Mention.Span.Length)
            : a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));

        var taken = new List<Mention>(ranked.Count);
        foreach (var (_, m) in ranked)
        {
            var free = true;
            foreach (var t in taken)
            {
                if (t.Span.Overlaps(m.Span))
                {
                    free = false;
                    break;
                }
            }

            if (free)
            {
                taken.Add(m);
            }
        }

        taken.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return taken;
    }

    /// <summary>
    /// A one-word listed name that is a verb or function word of the context tables (ترأس folds like تراس, Truss): in
    /// running text the word is read as what it usually is.
    /// </summary>
    static bool IsFunctionWord(Document doc, TokenFacts facts, Mention m)
    {
        var t = MentionIndex.TokenAt(doc, m.Span.Start);
        return m.Source == MentionSource.KnowledgeBase && t >= 0 && facts.Span(t).End >= m.Span.End
            && facts.Stop(t) is WordClass.Verb or WordClass.Function;
    }

    static int Rank(Mention m, List<Mention> candidates)
    {
        if (m.Source == MentionSource.Context)
        {
            foreach (var other in candidates)
            {
                if (other.Source == MentionSource.KnowledgeBase && m.Span.Contains(other.Span)
                    && (m.EntityId is not null || other.Kind == m.Kind))
                {
                    return 0;
                }
            }
        }

        return (int)m.Source + 1;
    }

    Mention WithoutTitle(Document doc, TokenFacts facts, Mention m)
    {
        var first = MentionIndex.TokenAt(doc, m.Span.Start);
        var last = MentionIndex.TokenAt(doc, m.Span.End - 1);
        var k = first;
        while (k >= 0 && k < last)
        {
            if (RolePhraseReader.MatchTitle(facts, k, out _, out var titleLast, out _) && titleLast < last)
            {
                k = titleLast + 1;
            }
            else if (facts.Country(k) is not null)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (k <= first)
        {
            return m;
        }

        if (k == last && (RolePhraseReader.MatchTitle(facts, k, out _, out var lastTitle, out _) && lastTitle == last || facts.Country(k) is not null))
        {
            return m with { Cue = RoleResolver.Cue };
        }

        var trimmed = new TextSpan(facts.Span(k).Start, m.Span.End);
        foreach (var entry in kb.FindByName(doc[trimmed]))
        {
            if (entry.EntityId == m.EntityId)
            {
                return m with { Span = trimmed };
            }
        }

        return m;
    }
}
