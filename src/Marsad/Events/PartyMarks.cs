using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// How a party is introduced in its sentence (docs/events.md, "Who did it to whom"): coordinated (و، ف), after a
/// preposition or a locative, after على يد / من قبل (the agent), after بين, or after مع. The participant reader turns
/// these marks into actor and recipient.
/// </summary>
internal static class PartyMarks
{
    /// <summary>The marks of the party starting at token <paramref name="i"/> of the view's sentence.</summary>
    public static PartyMark Of(SentenceView view, int i, EntityKind? kind)
    {
        var tokens = view.Tokens;
        var mark = PartyMark.None;
        var prefix = tokens[i].Prefix;
        var place = kind is EntityKind.GeoPolitical or EntityKind.Location;
        if (prefix.StartsWith('و') || prefix.StartsWith('ف'))
        {
            mark |= PartyMark.Coordinated;
        }

        // The clitic بـ on a place is "in" (ببغداد); on anything else, and لـ, it introduces an object.
        var clitics = Prepositions(prefix);
        if (clitics.Contains('ب', StringComparison.Ordinal))
        {
            mark |= place ? PartyMark.Locative : PartyMark.Preposition;
        }
        else if (clitics.Contains('ل', StringComparison.Ordinal))
        {
            mark |= PartyMark.Preposition;
        }

        if (i > view.First)
        {
            var before = PrecedingCue(view, i);
            var word = tokens[i - 1].Folded;
            if ((before & CueRole.Locative) != 0)
            {
                mark |= place ? PartyMark.Locative : PartyMark.Preposition;
            }

            if ((before & CueRole.RecipientPrep) != 0 || word is "ب" or "ل" or "بـ" or "لـ")
            {
                mark |= PartyMark.Preposition;
            }

            if ((before & CueRole.AgentBy) != 0)
            {
                mark |= PartyMark.AgentBy;
            }

            if ((before & CueRole.Between) != 0)
            {
                mark |= PartyMark.Between;
            }

            if (word is "و")
            {
                mark |= PartyMark.Coordinated;
            }

            if (tokens[i - 1].Folded.EndsWith("مع", StringComparison.Ordinal) && tokens[i - 1].Folded.Length <= 3)
            {
                mark = (mark | PartyMark.With) & ~PartyMark.Preposition;
            }
        }

        return mark;
    }

    /// <summary>The proclitics before the article: ال is dropped, لل is the preposition ل plus the article.</summary>
    static string Prepositions(string prefix) =>
        prefix.EndsWith("لل", StringComparison.Ordinal) ? prefix[..^1]
        : prefix.EndsWith("ال", StringComparison.Ordinal) ? prefix[..^2]
        : prefix;

    /// <summary>The roles of the cue that ends right before token <paramref name="i"/> (one- or two-word cues).</summary>
    static CueRole PrecedingCue(SentenceView view, int i)
    {
        var roles = CueRole.None;
        for (var k = Math.Max(view.First, i - 2); k < i; k++)
        {
            if (view.CueEnd(k) == i)
            {
                roles |= view.CueAt(k);
            }
        }

        return roles;
    }
}
