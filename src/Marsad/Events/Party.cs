using Marsad.Documents;

namespace Marsad.Events;

/// <summary>What the word before a party says about its role.</summary>
[Flags]
internal enum PartyMark
{
    None = 0,

    /// <summary>After على/ضد/إلى/مع/عن or the clitic بـ/لـ: a recipient (or a place), not the subject.</summary>
    Preposition = 1,

    /// <summary>After في/قرب/شمال…, or a place with the clitic بـ: where the event happened.</summary>
    Locative = 2,

    /// <summary>After على يد / من قبل: the agent of a passive or nominal event.</summary>
    AgentBy = 4,

    /// <summary>After بين: one of the parties of a reciprocal event.</summary>
    Between = 8,

    /// <summary>After و: coordinated with the party before it.</summary>
    Coordinated = 16,

    /// <summary>After مع: the other side of a reciprocal event.</summary>
    With = 32,
}

/// <summary>
/// A possible actor or recipient in a sentence: an entity mention (with its kind) or a source-class phrase
/// (<see cref="Kind"/> null), with its token range [<see cref="Start"/>, <see cref="End"/>) and its mark.
/// </summary>
internal readonly record struct Party(int Start, int End, string Id, EntityKind? Kind, PartyMark Mark)
{
    /// <summary>A place mention (GPE or LOC).</summary>
    public bool IsPlace => Kind is EntityKind.GeoPolitical or EntityKind.Location;

    /// <summary>A place named as where something happened, or a location (a base, a district): never a subject.</summary>
    public bool IsSetting => Kind == EntityKind.Location || (IsPlace && (Mark & PartyMark.Locative) != 0);

    public bool Marked => (Mark & (PartyMark.Preposition | PartyMark.Locative | PartyMark.AgentBy)) != 0;
}

/// <summary>A trigger found in a sentence: tokens [<see cref="Start"/>, <see cref="End"/>) and its table row.</summary>
internal readonly record struct Hit(int Start, int End, TriggerRule Rule, string Stem = "");
