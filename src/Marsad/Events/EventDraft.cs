using Marsad.Documents;

namespace Marsad.Events;

/// <summary>An event being assembled from the triggers of one clause, before it becomes a <see cref="NewsEvent"/>.</summary>
internal sealed class EventDraft(EventCategory category, Hit primary, int clause)
{
    public EventCategory Category { get; set; } = category;

    /// <summary>The first trigger: its word is the event's trigger and its position decides flags and roles.</summary>
    public Hit Primary { get; set; } = primary;

    public List<Hit> Hits { get; } = [primary];

    public int Clause { get; } = clause;

    /// <summary>Introduced by عقب/منذ/إثر…: an earlier event the story refers back to, kept apart from the news.</summary>
    public bool CueBackground { get; init; }

    public EventFlags Flags { get; set; }

    /// <summary>Set by a denial or claim of responsibility: the party that denied or claimed.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>The token where the parties of this event stop (the next other event's trigger, or the clause end).</summary>
    public int ScopeEnd { get; set; }

    public List<string> Modes { get; } = [];

    public List<string> Actors { get; } = [];

    public List<string> Recipients { get; } = [];

    /// <summary>For an event added by a rule (a conditional threat), the token that stands as its trigger.</summary>
    public TextSpan? TriggerSpan { get; set; }
}
