namespace Marsad.Events;

/// <summary>What a cue word of <c>data/events/cues.tsv</c> does; a word may have several roles.</summary>
[Flags]
public enum CueRole
{
    None = 0,
    Negation = 1 << 0,
    DenyFact = 1 << 1,
    Responsibility = 1 << 2,
    Claim = 1 << 3,
    Future = 1 << 4,
    Conditional = 1 << 5,
    BackgroundBefore = 1 << 6,
    PluperfectKana = 1 << 7,
    PluperfectQad = 1 << 8,
    Previously = 1 << 9,
    Announce = 1 << 10,
    SuppressAssault = 1 << 11,
    StatementContext = 1 << 12,
    RecipientPrep = 1 << 13,
    Between = 1 << 14,
    Locative = 1 << 15,
    AgentBy = 1 << 16,
    ClauseBreak = 1 << 17,
    Undergo = 1 << 18,
    LightVerb = 1 << 19,
    StopsNext = 1 << 20,
    Reporting = 1 << 21,
    Attribution = 1 << 22,
    Relative = 1 << 23,
    Resumptive = 1 << 24,
    Completed = 1 << 25,
    Perception = 1 << 26,
    Thwart = 1 << 27,
    RoadTo = 1 << 28,
}
