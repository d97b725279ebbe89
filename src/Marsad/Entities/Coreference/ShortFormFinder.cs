using Marsad.Arabic;
using Marsad.Documents;
using Marsad.Entities.Context;

namespace Marsad.Entities.Coreference;

/// <summary>
/// Finds a person's surname standing alone after the full name was given (بحسب الحسيني، وقال سالم، يسوقه هود): Arabic
/// news names a person in full once, then by the family name. The new mentions carry the cue "short form"; the
/// resolver links each to the most recent person with that surname.
/// <list type="bullet">
/// <item>Only surnames of persons already named in full earlier in the article count, with or without the article
/// (كاظمي = الكاظمي) and through proclitics the tokenizer left on (لكاظمي).</item>
/// <item>A surname next to another name-like word is part of another name (سالم عبد الله).</item>
/// <item>A surname without the article can be a common word (سالم 'safe', كريم 'generous'): it is read as a name only
/// after a verb, a preposition or punctuation, or before a verb.</item>
/// <item>A surname with the article after a definite noun is an adjective of it (المرقد الحسيني).</item>
/// </list>
/// </summary>
internal static class ShortFormFinder
{
    /// <summary>The cue of a surname found as a short form.</summary>
    public const string Cue = "short form";

    // Surnames shorter than this are particles or initials, never a short form on their own.
    const int MinSurnameLength = 3;

    public static List<Mention> Find(TokenFacts f, IReadOnlyList<Mention> mentions)
    {
        var doc = f.Doc;
        var firstFull = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind == EntityKind.Person && m.Cue != "role" && Surname(doc[m.Span]) is { } surname)
            {
                firstFull.TryAdd(surname, m.Span.End);
            }
        }

        var found = new List<Mention>();
        if (firstFull.Count == 0)
        {
            return found;
        }

        var index = new MentionIndex(doc, mentions);
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsWord(i) || index.Covering(i) is not null || f.Stop(i) != WordClass.None || f.IsParticle(i))
            {
                continue;
            }

            foreach (var (bare, stripped) in f.LookupForms(i))
            {
                if (firstFull.TryGetValue(bare, out var introduced) && introduced <= f.Span(i).Start && Alone(f, index, i))
                {
                    found.Add(new Mention(new TextSpan(f.StartAfter(i, stripped), f.Span(i).End), EntityKind.Person, MentionSource.Context, null, Cue));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The folded last word of a name of two or more words, without its article.</summary>
    public static string? Surname(string name)
    {
        var folded = ArabicFolding.Fold(name);
        var space = folded.LastIndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var last = ContextLexicon.Bare(folded[(space + 1)..]);
        return last.Length >= MinSurnameLength ? last : null;
    }

    static bool Alone(TokenFacts f, MentionIndex index, int i)
    {
        var before = i - 1;
        var after = i + 1;
        var beforeIsWord = before >= 0 && f.IsWord(before) && f.Sentence(before) == f.Sentence(i);
        var afterIsWord = after < f.Count && f.IsWord(after) && f.Sentence(after) == f.Sentence(i);
        if ((beforeIsWord && f.Clitics(i).Length == 0 && (f.IsKnownName(before) || f.IsParticle(before)) && f.Stop(before) == WordClass.None
                && index.Covering(before) is null)
            || (afterIsWord && (f.IsKnownName(after) || f.IsParticle(after)) && f.Stop(after) == WordClass.None && index.Covering(after) is null
                && !f.IsDefinite(after)))
        {
            return false;
        }

        var boundaryBefore = !beforeIsWord || f.Stop(before) is WordClass.Verb or WordClass.Function or WordClass.Time
            || f.Clitics(i).Length > 0 || LooksLikeVerb(f, before) || index.Covering(before) is not null;
        if (f.IsDefinite(i))
        {
            // المرقد الحسيني: after a definite noun a nisba is its adjective.
            return boundaryBefore || !f.IsDefinite(before);
        }

        var verbAfter = afterIsWord && f.Stop(after) == WordClass.Verb;
        return boundaryBefore || verbAfter;
    }

    static bool LooksLikeVerb(TokenFacts f, int i) =>
        !f.IsDefinite(i) && !f.IsKnownName(i) && f.Bare(i) is { Length: >= 3 and <= 6 } bare && bare[0] is 'ي' or 'ت';
}
