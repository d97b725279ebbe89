namespace Marsad.Events;

/// <summary>
/// Whose relative clause a date stands in (docs/events.md, "When"). A relative pronoun (الذي، التي) opens a clause
/// that describes the noun right before it: in «أمر الكاظمي أمس الاثنين بالتحقيق في الهجوم الذي استهدف القاعدة مساء
/// الأحد» Sunday dates the attack, and in «توقيت الهجوم مرتبط بالمفاوضات بعد الانتخابات التي جرت في العاشر» the tenth
/// dates the elections, not the attack.
/// </summary>
internal static class RelativeClauses
{
    /// <summary>
    /// A relative pronoun with this many adjectives or fewer between it and the trigger still describes the trigger
    /// (الهجوم الصاروخي الأخير الذي).
    /// </summary>
    const int OwnReach = 3;

    /// <summary>How a date after a trigger is tied to it through a relative clause.</summary>
    public enum Tie
    {
        /// <summary>No relative pronoun between the trigger and the date.</summary>
        None,

        /// <summary>The date is in the relative clause of the trigger noun itself.</summary>
        Own,

        /// <summary>The date is in the relative clause of another noun after the trigger.</summary>
        Other,
    }

    /// <summary>The tie of the date at <paramref name="dateToken"/> to the trigger at <paramref name="trigger"/> (last token).</summary>
    public static Tie Of(SentenceView view, int trigger, int dateToken)
    {
        if (dateToken <= trigger)
        {
            return Tie.None;
        }

        // The last relative pronoun before the date opens the clause the date stands in.
        for (var k = dateToken - 1; k > trigger; k--)
        {
            if ((view.CueAt(k) & CueRole.Relative) != 0)
            {
                return OnlyAdjectivesBetween(view, trigger, k) && view.ClauseOf(k) == view.ClauseOf(trigger) ? Tie.Own : Tie.Other;
            }
        }

        return Tie.None;
    }

    /// <summary>
    /// True when only adjectives stand between the trigger and the pronoun (الهجوم الصاروخي الذي), or a name the noun
    /// governs (هجوم «البرج 22» الذي): words with the article and no preposition, or numbers, at most
    /// <see cref="OwnReach"/> of them. A word with بـ/لـ or a preposition (الهجوم بالانتخابات التي) starts another noun.
    /// Quotation marks are no words.
    /// </summary>
    static bool OnlyAdjectivesBetween(SentenceView view, int trigger, int pronoun)
    {
        var words = 0;
        for (var k = trigger + 1; k < pronoun; k++)
        {
            var token = view.Tokens[k];
            if (!view.IsWord(k))
            {
                continue;
            }

            if (++words > OwnReach || !(token.Prefix == "ال" || char.IsDigit(token.Folded[0])))
            {
                return false;
            }
        }

        return true;
    }
}
