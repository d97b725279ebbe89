namespace Marsad.Evaluation;

/// <summary>
/// Cross-document scores on the gold set: B-cubed of stories (articles), of event coreference over every gold
/// event (a gold event no extracted event aligns with is a singleton), and over the aligned gold events only
/// (coreference on its own, without the extraction misses), with the share of gold events aligned.
/// </summary>
public sealed record CrossDocScore(BCubedScore Stories, BCubedScore Events, BCubedScore AlignedEvents, double Aligned)
{
    /// <summary>The lines that went wrong, for <c>--misses</c>.</summary>
    public List<string> Misses { get; } = [];

    /// <summary>Flat metrics for the baseline gate (area "crossdoc").</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["stories.precision"] = Stories.Precision,
        ["stories.recall"] = Stories.Recall,
        ["stories.f1"] = Stories.F1,
        ["events.precision"] = Events.Precision,
        ["events.recall"] = Events.Recall,
        ["events.f1"] = Events.F1,
        ["events_aligned.precision"] = AlignedEvents.Precision,
        ["events_aligned.recall"] = AlignedEvents.Recall,
        ["events_aligned.f1"] = AlignedEvents.F1,
        ["events.aligned_share"] = Aligned,
    };
}
