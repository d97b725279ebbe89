namespace Marsad.Documents;

/// <summary>How an event is asserted: an analyst must tell the day's new events from the rest.</summary>
[Flags]
public enum EventFlags
{
    None = 0,

    /// <summary>Said not to have happened (لم، لن، لا).</summary>
    Negated = 1,

    /// <summary>Hypothetical or conditional (في حال، إذا، إن لم).</summary>
    Conditional = 2,

    /// <summary>Announced or expected, not yet happened (سـ، سوف، المزمع، المقرر).</summary>
    Future = 4,

    /// <summary>Responsibility denied by the actor (نفت مسؤوليتها).</summary>
    Denied = 8,

    /// <summary>Reported history, not news of the day (e.g. a killing a year before the article).</summary>
    Background = 16,
}
