using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Events;

/// <summary>How a trigger's actor and recipient are read from the parties around it (docs/events.md).</summary>
public enum Frame
{
    /// <summary>Subject = actor; object, or a party after على/ضد/إلى/مع/بـ = recipient.</summary>
    Agent,

    /// <summary>The party after the trigger noun is the victim (مقتل X، اغتيال X); two in a row are agent then victim.</summary>
    Victim,

    /// <summary>Visitor = actor, host = recipient (زار، زيارة X إلى Y).</summary>
    Visit,

    /// <summary>The subject hosts: the visitor is the actor, the subject the recipient (استقبل).</summary>
    Host,

    /// <summary>Reciprocal: every party is an actor (meetings, talks, clashes, agreements).</summary>
    Mutual,
}

/// <summary>
/// One row of <c>data/events/triggers.tsv</c>: the category, modes and contexts a trigger word codes, how its
/// parties are read, words one of which must follow it (<see cref="Needs"/>, light stems) and stems that cancel it
/// (<see cref="Blockers"/>).
/// </summary>
public sealed record TriggerRule(
    EventCategory Category,
    ImmutableArray<string> Modes,
    ImmutableArray<string> Contexts,
    Frame Frame,
    ImmutableArray<string> Needs,
    ImmutableArray<string> Blockers,
    bool IsVerb);
