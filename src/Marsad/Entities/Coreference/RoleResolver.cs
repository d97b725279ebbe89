using Marsad.Documents;
using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;

namespace Marsad.Entities.Coreference;

/// <summary>
/// Turns a role phrase that stands for a person (رئيس الوزراء العراقي، قائد فيلق القدس، الوزير الإيراني) into a
/// mention of its holder when the holder is unambiguous, with <see cref="MentionSource.Context"/> and the cue
/// <see cref="Cue"/>. The holder comes first from the article itself — an earlier title before a name or apposition
/// with a compatible title (same post, or the bare head of it: الوزير ~ وزير الدفاع) and the same organisation or
/// country — and otherwise from the knowledge base's holders of that post on the article's date. Former holders
/// (السابق، الراحل) are never resolved, and more than one candidate means no link.
/// </summary>
internal sealed class RoleResolver(KnowledgeBase kb)
{
    /// <summary>The cue role mentions carry (the evaluation leaves them out of name scores).</summary>
    public const string Cue = "role";

    public List<Mention> Find(TokenFacts f, IReadOnlyList<Mention> mentions, DateOnly? anchor)
    {
        var doc = f.Doc;
        var index = new MentionIndex(doc, mentions);
        var known = new List<(RolePhrase Phrase, string Holder)>();
        var found = new List<Mention>();
        for (var i = 0; i < f.Count; i++)
        {
            if (index.Covering(i) is { Kind: EntityKind.Person } || RolePhraseReader.ReadChain(f, index, i) is not { } chain)
            {
                continue;
            }

            var end = chain.Phrases[^1].LastToken;
            if (Holder(f, index, chain, i) is { } holder)
            {
                foreach (var phrase in chain.Phrases)
                {
                    known.Add((phrase, holder));
                }
            }
            else if (chain.Phrases[0] is { IsPost: true, Former: false } phrase
                && Resolve(f, phrase, known, anchor) is { } id
                && Span(index, f, phrase) is { } span)
            {
                found.Add(new Mention(span, EntityKind.Person, MentionSource.Context, id, Cue));
            }

            i = end;
        }

        return found;
    }

    /// <summary>The person the chain describes in the text itself: the name after it, or the name before it in apposition.</summary>
    static string? Holder(TokenFacts f, MentionIndex index, RoleChain chain, int first)
    {
        if (RolePhraseReader.Holder(f, index, chain, first) is { EntityId: { } after })
        {
            return after;
        }

        var before = first - 1;
        if (before >= 0 && (f.IsMark(before, '،') || f.IsMark(before, ',')))
        {
            before--;
        }

        return before >= 0 && f.Sentence(before) == f.Sentence(first) && index.Covering(before) is { Kind: EntityKind.Person, EntityId: { } id, Cue: not Cue }
            ? id
            : null;
    }

    string? Resolve(TokenFacts f, RolePhrase phrase, List<(RolePhrase Phrase, string Holder)> known, DateOnly? anchor)
    {
        var of = OfId(phrase);
        string? found = null;
        foreach (var (earlier, holder) in known)
        {
            if (Compatible(phrase, of, earlier))
            {
                if (found is not null && found != holder)
                {
                    return null;
                }

                found = holder;
            }
        }

        if (found is not null || of is null || anchor is null || phrase.Class == TitleClass.Occupation)
        {
            return found;
        }

        // The knowledge base files posts by title and organisation or country: قائد + quds-force, رئيس الوزراء + iraq.
        var objectWords = phrase.Object is { } o ? Arabic.ArabicFolding.Fold(f.Doc[o.Span]) : null;
        foreach (var title in (string?[])[phrase.TitleFolded, phrase.SameAs, objectWords is null ? null : phrase.TitleFolded + " " + objectWords])
        {
            if (title is null)
            {
                continue;
            }

            var holders = kb.HoldersOf(title, StripPrefix(of), anchor).Select(e => e.EntityId).Distinct().Take(2).ToList();
            if (holders.Count == 1)
            {
                return holders[0];
            }

            if (holders.Count > 1)
            {
                return null;
            }
        }

        return null;
    }

    static bool Compatible(RolePhrase phrase, string? of, RolePhrase earlier)
    {
        var mine = phrase.SameAs ?? phrase.TitleFolded;
        var theirs = earlier.SameAs ?? earlier.TitleFolded;
        var sameTitle = mine == theirs || (!mine.Contains(' ', StringComparison.Ordinal) && theirs.StartsWith(mine + " ", StringComparison.Ordinal));
        if (!sameTitle)
        {
            return false;
        }

        var theirOf = OfId(earlier);
        return of is null ? mine == theirs : of == theirOf;
    }

    /// <summary>What the post belongs to: the organisation or place mentioned, else the nationality's country.</summary>
    static string? OfId(RolePhrase phrase) =>
        phrase.Object?.EntityId ?? (phrase.CountryId is { } c ? KnowledgeBase.IdPrefix + c : null);

    static string StripPrefix(string id) => id.StartsWith(KnowledgeBase.IdPrefix, StringComparison.Ordinal) ? id[KnowledgeBase.IdPrefix.Length..] : id;

    /// <summary>The title words of the phrase, cut before any mention inside them (the organisation keeps its own mention).</summary>
    static TextSpan? Span(MentionIndex index, TokenFacts f, RolePhrase phrase)
    {
        var end = phrase.TitleSpan.End;
        for (var t = phrase.FirstToken; t <= phrase.LastToken; t++)
        {
            if (index.Covering(t) is { } m && m.Span.Overlaps(phrase.TitleSpan))
            {
                end = Math.Min(end, m.Span.Start);
            }
        }

        var start = phrase.TitleSpan.Start;
        while (end > start && char.IsWhiteSpace(f.Doc.Text[end - 1]))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }
}
