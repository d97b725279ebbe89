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
/// is the Quds Force, كتائب + حزب الله is Kataib Hezbollah), or is of the same kind (a given name before a listed
/// surname), or is an organisation whose name runs through a listed place (قيادة عمليات الأنبار) extends it: it is
/// taken first.</item>
/// <item>A listed place or group printed with its descriptor (محافظة بابل، قاعدة عين الأسد، تنظيم داعش) is cut to the
/// name the same way (data/context/descriptors.tsv), and so is a listed name with its leader (… بقيادة الولايات
/// المتحدة); a listed description (الحكومة العراقية) keeps the cue "role"; a listed title-and-group alias (زعيم التيار
/// الصدري) becomes a role mention of the person and a mention of the group.</item>
/// <item>A nisba after a listed name is cut when the shorter name is listed for the same entry (حزب الله اللبناني), and
/// a body named after its seat is the place after في (<see cref="ListedNameReadings"/>).</item>
/// <item>A one-word listed name that the context tables know as a verb or function word is dropped (ترأس is not Truss).</item>
/// <item>Then the knowledge base beats context rules, which beat the tagger (<see cref="MentionSource"/> order);
/// within one source the longer span wins, then the earlier one. A candidate overlapping one already taken is
/// dropped.</item>
/// </list>
/// </summary>
internal sealed class MentionMerger(KnowledgeBase kb)
{
    /// <summary>بقيادة "led by", folded.</summary>
    const string LedByWord = "بقياده";

    public List<Mention> Merge(Document doc, TokenFacts facts, List<Mention> candidates)
    {
        var ranked = new List<(int Rank, Mention Mention)>(candidates.Count);
        foreach (var m in candidates)
        {
            if (IsFunctionWord(doc, facts, m))
            {
                continue;
            }

            if (m.Source == MentionSource.KnowledgeBase && m.Kind == EntityKind.Person && TitleAndGroup(doc, facts, m) is { } split)
            {
                // زعيم التيار الصدري: the title stands for the person, the group is named in its own right.
                ranked.Add((0, split.Role));
                ranked.Add((1, split.Group));
                continue;
            }

            if (m.Source == MentionSource.KnowledgeBase && m.Kind != EntityKind.Person && LedBy(doc, facts, m) is { } led)
            {
                // التحالف الدولي بقيادة الولايات المتحدة: the group, and its leader named in its own right.
                ranked.Add((1, WithoutDescriptor(doc, facts, led.Group)));
                if (led.Leader is { } leader)
                {
                    ranked.Add((1, leader));
                }

                continue;
            }

            var mention = m.Source != MentionSource.KnowledgeBase ? m
                : m.Kind == EntityKind.Person ? WithoutTitle(doc, facts, m)
                : ListedNameReadings.AsSeat(doc, facts, ListedNameReadings.WithoutNisba(kb, doc, facts, WithoutDescriptor(doc, facts, m)));
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
                // A context organisation whose name runs through a listed place (قيادة عمليات الأنبار، سرايا حماة
                // السيادة) is the organisation: the place is a word of its name.
                if (other.Source == MentionSource.KnowledgeBase && m.Span.Contains(other.Span)
                    && (m.EntityId is not null || other.Kind == m.Kind
                        || (m.Kind is EntityKind.Organization or EntityKind.Location && other.Kind is EntityKind.GeoPolitical or EntityKind.Location)))
                {
                    return 0;
                }
            }
        }

        return (int)m.Source + 1;
    }

    /// <summary>
    /// A listed place or group printed with its descriptor (data/context/descriptors.tsv) is cut to its name: a place's
    /// descriptor always (محافظة بابل، قاعدة عين الأسد الجوية → عين الأسد, with a trailing nisba dropped when the knowledge
    /// base knows the shorter name), a group's only when the knowledge base lists the rest for the same entry (تنظيم
    /// داعش; قوات سوريا الديمقراطية is a name). A generic noun with only a nationality after it (الحكومة العراقية) names
    /// nothing: it stays a descriptive reference with the cue "role".
    /// </summary>
    Mention WithoutDescriptor(Document doc, TokenFacts facts, Mention m)
    {
        var first = MentionIndex.TokenAt(doc, m.Span.Start);
        var last = MentionIndex.TokenAt(doc, m.Span.End - 1);
        if (first < 0 || last <= first)
        {
            return m;
        }

        var lexicon = facts.Lexicon;
        var (k, cls) = first + 2 <= last && lexicon.Descriptor(facts.Key(first) + " " + facts.Key(first + 1)) is { } two ? (first + 2, two)
            : lexicon.Descriptor(facts.Key(first)) is { } one ? (first + 1, one)
            : (first, DescriptorClass.Place);
        if (k == first)
        {
            return m;
        }

        var rest = true;
        for (var t = k; t <= last; t++)
        {
            rest &= facts.Country(t) is not null || facts.Stop(t) != WordClass.None;
        }

        if (rest)
        {
            // Nothing but adjectives after the descriptor: a description, not a name — the government or the
            // capital of a country (العاصمة العراقية) refers to a place without naming it.
            return cls is DescriptorClass.Generic or DescriptorClass.Place ? m with { Cue = RoleResolver.Cue } : m;
        }

        if (cls == DescriptorClass.Generic)
        {
            return m;
        }

        for (var end = last; end >= k && end >= last - 1; end--)
        {
            var span = new TextSpan(facts.Span(k).Start, end == last ? m.Span.End : facts.Span(end).End);
            if (Names(doc, span, m.EntityId))
            {
                return m with { Span = span };
            }

            if (!facts.IsDefinite(end) || !(facts.Bare(end).EndsWith('ي') || facts.Bare(end).EndsWith("يه", StringComparison.Ordinal)))
            {
                break;
            }
        }

        return cls == DescriptorClass.Place ? m with { Span = new TextSpan(facts.Span(k).Start, m.Span.End) } : m;
    }

    /// <summary>
    /// A listed name with the leader it is led by (التحالف الدولي بقيادة الولايات المتحدة): the head, when the knowledge
    /// base lists it for the same entry, and the leader as the one entry the knowledge base lists under its name.
    /// </summary>
    (Mention Group, Mention? Leader)? LedBy(Document doc, TokenFacts facts, Mention m)
    {
        var first = MentionIndex.TokenAt(doc, m.Span.Start);
        var last = MentionIndex.TokenAt(doc, m.Span.End - 1);
        for (var t = first + 1; t >= 1 && t < last; t++)
        {
            if (facts.Key(t) != LedByWord && facts.Folded(t) != LedByWord)
            {
                continue;
            }

            var head = new TextSpan(m.Span.Start, facts.Span(t - 1).End);
            if (!Names(doc, head, m.EntityId))
            {
                return null;
            }

            var rest = new TextSpan(facts.Span(t + 1).Start, m.Span.End);
            var leaders = kb.FindByName(doc[rest]).Take(2).ToList();
            var leader = leaders.Count == 1 ? new Mention(rest, leaders[0].Kind, MentionSource.KnowledgeBase, leaders[0].EntityId) : null;
            return (m with { Span = head }, leader);
        }

        return null;
    }

    /// <summary>
    /// A listed alias made of a title and a group (زعيم التيار الصدري): a role mention of the person over the title and a
    /// mention of the group the knowledge base lists, or null when the alias is not of that shape.
    /// </summary>
    (Mention Role, Mention Group)? TitleAndGroup(Document doc, TokenFacts facts, Mention m)
    {
        var first = MentionIndex.TokenAt(doc, m.Span.Start);
        var last = MentionIndex.TokenAt(doc, m.Span.End - 1);
        if (first < 0 || !RolePhraseReader.MatchTitle(facts, first, out var title, out var titleLast, out _)
            || title.Class is TitleClass.Rank or TitleClass.Honorific or TitleClass.Person || titleLast >= last)
        {
            return null;
        }

        var rest = new TextSpan(facts.Span(titleLast + 1).Start, m.Span.End);
        var groups = kb.FindByName(doc[rest]).Where(e => e.Kind == EntityKind.Organization).Take(2).ToList();
        if (groups.Count != 1 || groups[0].EntityId == m.EntityId)
        {
            return null;
        }

        var role = new Mention(new TextSpan(m.Span.Start, facts.Span(titleLast).End), EntityKind.Person, MentionSource.KnowledgeBase, m.EntityId, RoleResolver.Cue);
        return (role, new Mention(rest, EntityKind.Organization, MentionSource.KnowledgeBase, groups[0].EntityId));
    }

    bool Names(Document doc, TextSpan span, string? id)
    {
        foreach (var entry in kb.FindByName(doc[span]))
        {
            if (entry.EntityId == id)
            {
                return true;
            }
        }

        return false;
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
            else if (facts.Country(k) is not null && facts.IsDefinite(k))
            {
                // الرئيس السوري …; an indefinite nationality word is a given name (تركي المالكي).
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
        return Names(doc, trimmed, m.EntityId) ? m with { Span = trimmed } : m;
    }
}
