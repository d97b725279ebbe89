using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Coreference;

/// <summary>
/// Finds elliptic names (data/context/elliptic-names.tsv: التحالف after التحالف الدولي) and a listed entity's one-word
/// alias that the knowledge base marks ambiguous (التحالف for the Saudi-led coalition, الحشد for the Popular
/// Mobilization Forces, المالكي) once the article has named the entity unambiguously: the matcher does not fire on
/// such words alone, but after "التحالف الدولي" a bare "التحالف" is that coalition.
/// <list type="bullet">
/// <item>The full name may carry proclitics (للتحالف الدولي) and may start in construct without the article: the
/// short name of تحالف دعم الشرعية is التحالف.</item>
/// <item>The word links to the most recent entity named in full before it with that short name.</item>
/// <item>It must stand alone — not followed by a definite word that would make it another noun phrase (التحالف
/// الشيعي) or by another name, unless that word opens a title or a person's name (المتحدث باسم التحالف العقيد …،
/// القيادي في الحشد أحمد …): a post's complement ends where its holder's name begins.</item>
/// <item>After the descriptor قوات with no full name before it (قوات التحالف) the elliptic name is still a group's
/// name — "the coalition's forces" — but which coalition the article does not say: the mention stays unlinked.</item>
/// </list>
/// The new mentions carry the cue "short form".
/// </summary>
internal static class AliasFinder
{
    /// <summary>قوات "forces": before an elliptic name it can only be a group's forces (قوات التحالف).</summary>
    const string Forces = "قوات";

    public static List<Mention> Find(TokenFacts f, IReadOnlyList<Mention> mentions, KnowledgeBase kb)
    {
        var found = new List<Mention>();
        var aliases = new Dictionary<string, List<Named>>(StringComparer.Ordinal);
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
                    Add(aliases, folded, m, elliptic: false);
                }
            }
        }

        // Elliptic names (التحالف): the first word of a group named in full, with the article it takes alone.
        foreach (var m in mentions)
        {
            var first = MentionIndex.TokenAt(f.Doc, m.Span.Start);
            if (m.Kind == EntityKind.Organization && m.EntityId is not null && m.Cue is null && first >= 0
                && MentionIndex.TokenAt(f.Doc, m.Span.End - 1) > first && Elliptic(f, first) is { } head)
            {
                Add(aliases, head, m, elliptic: true);
            }
        }

        var byKey = aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        MentionIndex? index = null;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsWord(i))
            {
                continue;
            }

            var antecedent = byKey.TryGetValue(f.KeySpan(i), out var named) ? Latest(named, f.Span(i).Start) : null;
            var unlinked = antecedent is null && i > 0 && f.KeySpan(i - 1).SequenceEqual(Forces) && f.Sentence(i - 1) == f.Sentence(i)
                && f.Span(i - 1).End < f.Span(i).Start && f.Lexicon.EllipticNames.Contains(f.Key(i));
            if ((antecedent is null && !unlinked) || antecedent is { Id.Length: 0 })
            {
                continue;
            }

            // Built only when a word qualifies: most articles have none.
            index ??= new MentionIndex(f.Doc, mentions);
            if (index.Covering(i) is not null)
            {
                continue;
            }

            var next = i + 1;
            if (next < f.Count && f.IsWord(next) && f.Sentence(next) == f.Sentence(i)
                && ((f.IsDefinite(next) && !RolePhraseReader.MatchTitle(f, next, out _, out _, out _) && index.StartingAt(next) is not { Kind: EntityKind.Person })
                    || index.StartingAt(next) is { Kind: not EntityKind.Person }))
            {
                continue;
            }

            var (id, kind) = antecedent is { } a ? (a.Id, a.Kind) : ((string?)null, EntityKind.Organization);
            found.Add(new Mention(new TextSpan(f.StartAfter(i, -1), f.Span(i).End), kind, MentionSource.Context, id, ShortFormFinder.Cue));
        }

        return found;
    }

    /// <summary>The elliptic name a group's name starting at token <paramref name="first"/> is shortened to, or null.</summary>
    static string? Elliptic(TokenFacts f, int first)
    {
        var key = f.Key(first);
        if (f.Lexicon.EllipticNames.Contains(key))
        {
            return key;
        }

        // A construct head takes the article when it stands alone (تحالف دعم الشرعية → التحالف).
        var definite = ContextLexicon.Article + key;
        return !f.IsDefinite(first) && f.Lexicon.EllipticNames.Contains(definite) ? definite : null;
    }

    static void Add(Dictionary<string, List<Named>> aliases, string key, Mention m, bool elliptic)
    {
        if (!aliases.TryGetValue(key, out var list))
        {
            aliases[key] = list = [];
        }

        list.Add(new Named(m.EntityId!, m.Kind, m.Span.End, elliptic));
    }

    /// <summary>
    /// The entity most recently named before <paramref name="start"/>, or an empty id when two entities of the article
    /// share the one-word alias the knowledge base marks ambiguous (المالكي for two men): neither gets it.
    /// </summary>
    static (string Id, EntityKind Kind)? Latest(List<Named> named, int start)
    {
        Named? best = null;
        string? aliasOf = null;
        foreach (var n in named)
        {
            if (!n.Elliptic && aliasOf is not null && aliasOf != n.Id)
            {
                return ("", n.Kind);
            }

            aliasOf = n.Elliptic ? aliasOf : n.Id;
            if (n.After <= start && (best is null || n.After > best.Value.After))
            {
                best = n;
            }
        }

        return best is { } b ? (b.Id, b.Kind) : null;
    }

    readonly record struct Named(string Id, EntityKind Kind, int After, bool Elliptic);
}
