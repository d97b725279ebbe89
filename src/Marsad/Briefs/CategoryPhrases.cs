using Marsad.Documents;

namespace Marsad.Briefs;

/// <summary>
/// The fixed English a brief uses for an event category (PLOVER v2 definitions, ../shared/PLOVER.md): a past-tense
/// verb for "X verb Y" and a noun phrase for events whose actor is not named.
/// </summary>
public static class CategoryPhrases
{
    public static string Verb(EventCategory category) => category switch
    {
        EventCategory.Agree => "agreed with",
        EventCategory.Consult => "met or held talks with",
        EventCategory.Support => "supported",
        EventCategory.Concede => "made a concession to",
        EventCategory.Cooperate => "cooperated with",
        EventCategory.Aid => "gave aid to",
        EventCategory.Retreat => "withdrew from",
        EventCategory.Request => "asked",
        EventCategory.Accuse => "accused",
        EventCategory.Reject => "rejected",
        EventCategory.Threaten => "threatened",
        EventCategory.Protest => "protested against",
        EventCategory.Sanction => "sanctioned",
        EventCategory.Mobilize => "mobilised against",
        EventCategory.Coerce => "coerced",
        EventCategory.Assault => "attacked",
        _ => "made a statement to",
    };

    public static string Noun(EventCategory category) => category switch
    {
        EventCategory.Agree => "an agreement",
        EventCategory.Consult => "a meeting or talks",
        EventCategory.Support => "support",
        EventCategory.Concede => "a concession",
        EventCategory.Cooperate => "cooperation",
        EventCategory.Aid => "aid",
        EventCategory.Retreat => "a withdrawal",
        EventCategory.Request => "a request",
        EventCategory.Accuse => "an accusation",
        EventCategory.Reject => "a rejection",
        EventCategory.Threaten => "a threat",
        EventCategory.Protest => "a protest",
        EventCategory.Sanction => "sanctions",
        EventCategory.Mobilize => "a mobilisation",
        EventCategory.Coerce => "coercion",
        EventCategory.Assault => "an attack",
        _ => "a statement",
    };
}
