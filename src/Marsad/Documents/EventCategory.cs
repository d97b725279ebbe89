namespace Marsad.Documents;

/// <summary>
/// PLOVER v2.0 event categories (../shared/PLOVER.md), plus <see cref="Statement"/>, Marsad's extension for
/// declarations that are not PLOVER events.
/// </summary>
public enum EventCategory
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
    Statement,
}
