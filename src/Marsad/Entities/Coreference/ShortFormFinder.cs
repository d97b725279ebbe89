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
/// <item>A surname that is also a listed place or group (قطر) is not looked for.</item>
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

    // Regnal ordinals end names (عبدالله الثاني) but alone they are ordinals.
    static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "اول", "ثاني", "ثالث", "رابع", "خامس", "سادس" };

    public static List<Mention> Find(TokenFacts f, IReadOnlyList<Mention> mentions, Func<string, bool> namesOther)
    {
        var doc = f.Doc;
        var firstFull = new Dictionary<string, (int End, bool Article)>(StringComparer.Ordinal);
        var byForm = firstFull.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in mentions)
        {
            // A surname that is also a listed place or group (… قطر) is read as that, never as the person.
            if (m.Kind == EntityKind.Person && m.Cue != "role" && Surname(f.Lexicon, doc[m.Span]) is var (surname, article) && !namesOther(surname))
            {
                firstFull.TryAdd(surname, (m.Span.End, article));
            }
        }

        var found = new List<Mention>();
        if (firstFull.Count == 0)
        {
            return found;
        }

        // Every form of a token ends as the token does (only proclitics are stripped): a cheap first filter.
        var lastLetters = new HashSet<char>();
        foreach (var surname in firstFull.Keys)
        {
            lastLetters.Add(surname[^1]);
        }

        var index0 = new MentionIndex(doc, mentions);
        for (var i = 0; i + 1 < f.Count; i++)
        {
            // A two-word family name: a particle and the word after it (عبد الجبار).
            if (f.IsParticle(i) && f.IsWord(i + 1) && index0.Covering(i) is null && index0.Covering(i + 1) is null
                && firstFull.TryGetValue(f.Folded(i) + " " + f.Bare(i + 1), out var two) && two.End <= f.Span(i).Start
                && (i == 0 || !f.IsWord(i - 1) || f.Stop(i - 1) is WordClass.Verb or WordClass.Function || !f.IsKnownName(i - 1))
                && (i + 2 >= f.Count || !f.IsWord(i + 2) || !f.IsKnownName(i + 2) || f.Stop(i + 2) != WordClass.None))
            {
                found.Add(new Mention(new TextSpan(f.Span(i).Start, f.Span(i + 1).End), EntityKind.Person, MentionSource.Context, null, Cue));
            }
        }

        var index = new MentionIndex(doc, [.. mentions, .. found]);
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsWord(i) || !lastLetters.Contains(f.Folded(i)[^1]) || index.Covering(i) is not null || f.Stop(i) != WordClass.None || f.IsParticle(i) || f.Country(i) is not null)
            {
                continue;
            }

            var cursor = 0;
            while (f.NextForm(i, ref cursor, out var bare, out var stripped))
            {
                // الكاظمي is also written كاظمي; a surname printed without the article never takes it (سلام ≠ السلام).
                if (byForm.TryGetValue(bare, out var introduced) && introduced.End <= f.Span(i).Start
                    && (introduced.Article || !f.IsDefinite(i)) && Alone(f, index, i, stripped > 0))
                {
                    found.Add(new Mention(new TextSpan(f.StartAfter(i, stripped), f.Span(i).End), EntityKind.Person, MentionSource.Context, null, Cue));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The folded last word of a name of two or more words, without its article, and whether it had one. A last word
    /// joined to a particle (عبد المهدي، أبو عيسى) is not a surname on its own.
    /// </summary>
    public static (string Surname, bool Article)? Surname(ContextLexicon lexicon, string name)
    {
        var words = ArabicFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var last = ContextLexicon.Bare(words[^1]);
        if (lexicon.IsParticle(words[^2]))
        {
            // عبد الجبار، أبو عيسى: the particle and its word are the family name together (إحسان عبد الجبار).
            return words.Length >= 3 && last.Length >= MinSurnameLength ? (words[^2] + " " + last, true) : null;
        }

        return last.Length >= MinSurnameLength && !Ordinals.Contains(last) ? (last, last.Length < words[^1].Length) : null;
    }

    static bool Alone(TokenFacts f, MentionIndex index, int i, bool preposition)
    {
        var before = i - 1;
        var after = i + 1;
        var beforeIsWord = before >= 0 && f.IsWord(before) && f.Sentence(before) == f.Sentence(i);
        var afterIsWord = after < f.Count && f.IsWord(after) && f.Sentence(after) == f.Sentence(i);
        if ((beforeIsWord && !f.HasClitics(i) && !preposition && (f.IsKnownName(before) || f.IsParticle(before)) && f.Stop(before) == WordClass.None
                && index.Covering(before) is null)
            || (afterIsWord && (f.IsKnownName(after) || f.IsParticle(after)) && f.Stop(after) == WordClass.None && index.Covering(after) is null
                && !f.IsDefinite(after)))
        {
            return false;
        }

        var boundaryBefore = !beforeIsWord || f.Stop(before) is WordClass.Verb or WordClass.Function or WordClass.Time
            || f.HasClitics(i) || preposition || LooksLikeVerb(f, before) || index.Covering(before) is not null;
        if (f.IsDefinite(i))
        {
            // After a noun a definite word is its adjective or completes it (المرقد الحسيني، مفاوضات السلام).
            return boundaryBefore;
        }

        var verbAfter = afterIsWord && f.Stop(after) == WordClass.Verb;
        return boundaryBefore || verbAfter;
    }

    static bool LooksLikeVerb(TokenFacts f, int i) =>
        !f.IsDefinite(i) && !f.IsKnownName(i) && f.Bare(i) is { Length: >= 3 and <= 6 } bare && bare[0] is 'ي' or 'ت';
}
