using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Coreference;

/// <summary>
/// Finds elliptic names (data/context/elliptic-names.tsv: التحالف after التحالف الدولي) and a listed entity's one-word
/// alias that the knowledge base marks ambiguous (التحالف for the coalition, الحشد
/// for the Popular Mobilization Forces, المالكي) once the article has named the entity unambiguously: the matcher does
/// not fire on such words alone, but after "التحالف الدولي" a bare "التحالف" is that coalition. The alias must stand
/// alone — not followed by a definite word that would make it another noun phrase (التحالف الشيعي). The new mentions
/// carry the entity's id and the cue "short form".
/// </summary>
internal static class AliasFinder
{
    public static List<Mention> Find(TokenFacts f, IReadOnlyList<Mention> mentions, KnowledgeBase kb)
    {
        var found = new List<Mention>();
        var aliases = new Dictionary<string, (string Id, EntityKind Kind, int After)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Source != MentionSource.KnowledgeBase || m.EntityId is null || m.Cue is not null || kb.Get(m.EntityId) is not { } entry)
            {
                continue;
            }

            foreach (var alias in entry.AmbiguousAliasesAr)
            {
                var folded = ArabicFolding.Fold(alias);
                if (!folded.Contains(' ', StringComparison.Ordinal))
                {
                    // Two entities of the article sharing the alias make it ambiguous here too: neither gets it.
                    aliases[folded] = aliases.TryGetValue(folded, out var other) && other.Id != m.EntityId ? ("", m.Kind, 0) : (m.EntityId, m.Kind, m.Span.End);
                }
            }
        }

        // Elliptic names (التحالف): the most recent group named in full with that first word.
        foreach (var m in mentions)
        {
            if (m.Kind == EntityKind.Organization && m.EntityId is not null && m.Cue is null
                && ArabicFolding.Fold(f.Doc[m.Span]).Split(' ') is [var head, _, ..] && f.Lexicon.EllipticNames.Contains(head))
            {
                aliases[head] = (m.EntityId, m.Kind, m.Span.End);
            }
        }

        if (aliases.Count == 0)
        {
            return found;
        }

        var byKey = aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        var index = new MentionIndex(f.Doc, mentions);
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsWord(i) || index.Covering(i) is not null || !byKey.TryGetValue(f.KeySpan(i), out var target) || target.Id.Length == 0
                || target.After > f.Span(i).Start)
            {
                continue;
            }

            var next = i + 1;
            if (next < f.Count && f.IsWord(next) && f.Sentence(next) == f.Sentence(i) && (f.IsDefinite(next) || index.StartingAt(next) is not null))
            {
                continue;
            }

            found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), f.Span(i).End), target.Kind, MentionSource.Context, target.Id, ShortFormFinder.Cue));
        }

        return found;
    }
}
