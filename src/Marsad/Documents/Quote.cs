namespace Marsad.Documents;

/// <summary>
/// Reported speech. <see cref="Content"/> is what was said (inside the quotation marks for a direct quote, the
/// reported clause for an indirect one; a direct quote may run across sentences). The speaker is an entity
/// (<see cref="SpeakerId"/>, with the span naming it) or, when unnamed, a source class such as
/// <c>government-sources</c> or <c>western-diplomat</c> (<see cref="SpeakerClass"/>, <see cref="SpeakerSpan"/>
/// covering the phrase). <see cref="Cue"/> is the reporting verb or phrase (قال، أكد، بحسب).
/// </summary>
public sealed record Quote(
    TextSpan Content,
    bool Direct,
    TextSpan? Cue = null,
    string? CueVerb = null,
    string? SpeakerId = null,
    TextSpan? SpeakerSpan = null,
    string? SpeakerClass = null,
    QuoteMedium Medium = QuoteMedium.Unknown,
    string? ViaOutlet = null);
