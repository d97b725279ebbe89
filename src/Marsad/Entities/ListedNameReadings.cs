using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities;

/// <summary>
/// How the words around a listed name shape its mention (docs/entities.md, "Merging"):
/// <list type="bullet">
/// <item>A nisba adjective after a listed name stays outside the mention when the knowledge base lists the name
/// without it for the same entry: the name is already unique (حزب الله اللبناني → حزب الله، الحرس الثوري الإيراني →
/// الحرس الثوري، منفذ القائم الحدودي → منفذ القائم). A name that needs its nisba to be one body (الجيش العراقي،
/// القوات الأمريكية، مجلس النواب العراقي whose مجلس النواب is marked ~) has no shorter unambiguous form and keeps it, and
/// a name adjective (الدولي) is never cut.</item>
/// <item>A body named after its seat (البيت الأبيض، الكرملين; data/context/seat-names.tsv) is the place where it
/// stands after the locative preposition في — "في البيت الأبيض" is where a meeting was held — and the body
/// everywhere else ("قال البيت الأبيض").</item>
/// </list>
/// </summary>
internal static class ListedNameReadings
{
    /// <summary>في "in": the preposition that makes a seat the place of what happens.</summary>
    const string In = "في";

    // One adjective: a listed name followed by two nisbas (الحرس الثوري الإيراني الجديد) is rare and the second is
    // not part of any listed form.
    const int MaxTrailingAdjectives = 1;

    /// <summary>The mention without a trailing nisba when the shorter form names the same entry on its own.</summary>
    public static Mention WithoutNisba(KnowledgeBase kb, Document doc, TokenFacts facts, Mention m)
    {
        if (m.Source != MentionSource.KnowledgeBase || m.Kind == EntityKind.Person || m.EntityId is null)
        {
            return m;
        }

        var first = MentionIndex.TokenAt(doc, m.Span.Start);
        var last = MentionIndex.TokenAt(doc, m.Span.End - 1);
        for (var cut = 0; cut < MaxTrailingAdjectives && last - cut > first; cut++)
        {
            var end = last - cut;
            // A name adjective (الدولي in مطار بغداد الدولي) belongs to the name; only a nisba of origin is cut.
            if (!facts.IsWord(end) || !facts.IsDefinite(end) || facts.HasClitics(end) || !IsNisba(facts.Bare(end))
                || facts.Stop(end) == WordClass.NameAdjective || kb.Get(m.EntityId) is not { } entry)
            {
                return m;
            }

            var shorter = new TextSpan(m.Span.Start, facts.Span(end - 1).End);
            if (kb.NamesUnambiguously(NameWithoutClitics(doc, facts, first, shorter), entry))
            {
                return m with { Span = shorter };
            }
        }

        return m;
    }

    /// <summary>A listed body named after its seat, read as the place (LOC) right after في.</summary>
    public static Mention AsSeat(Document doc, TokenFacts facts, Mention m)
    {
        if (m.Kind != EntityKind.Organization || m.Source != MentionSource.KnowledgeBase)
        {
            return m;
        }

        var first = MentionIndex.TokenAt(doc, m.Span.Start);
        if (first <= 0 || facts.HasClitics(first) || facts.Key(first - 1) != In || facts.Sentence(first - 1) != facts.Sentence(first)
            || !facts.Lexicon.IsSeatName(ArabicFolding.Fold(doc[m.Span])))
        {
            return m;
        }

        return m with { Kind = EntityKind.Location };
    }

    /// <summary>The folded name of <paramref name="span"/> with the proclitics of its first token dropped (وحزب الله → حزب الله).</summary>
    static string NameWithoutClitics(Document doc, TokenFacts facts, int first, TextSpan span)
    {
        var folded = ArabicFolding.Fold(doc[span]);
        var clitics = facts.Clitics(first).Length;
        return clitics > 0 && doc.Tokens[first].Span.Start == span.Start && clitics < folded.Length ? folded[clitics..] : folded;
    }

    /// <summary>Nisba-shaped: ends in ي or ية (folded يه), the adjective ending.</summary>
    static bool IsNisba(string bare) => bare.Length >= 3 && (bare.EndsWith('ي') || bare.EndsWith("يه", StringComparison.Ordinal));
}
