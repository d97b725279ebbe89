namespace Marsad.Evaluation;

/// <summary>Scores of the extraction over a gold set, per fact type, with the misses kept for inspection.</summary>
public sealed class ExtractionScore
{
    /// <summary>Entities by folded surface and type, once per article (the way an analyst's list is compared).</summary>
    public Tally Entities { get; } = new();

    /// <summary>Entities by exact span and type (stricter: every mention).</summary>
    public Tally EntityMentions { get; } = new();

    public Dictionary<Documents.EntityKind, Tally> EntitiesByKind { get; } = [];

    public Tally Relations { get; } = new();

    public Tally Quotes { get; } = new();

    /// <summary>Gold quotes whose speaker (entity or source class) was found right, over all gold quotes.</summary>
    public int SpeakersRight { get; set; }

    public int SpeakersTotal { get; set; }

    public double SpeakerAccuracy => SpeakersTotal == 0 ? 1 : (double)SpeakersRight / SpeakersTotal;

    /// <summary>Events matched on category + date + place.</summary>
    public Tally Events { get; } = new();

    public int InferredDatesRight { get; set; }

    public int InferredDatesTotal { get; set; }

    public List<string> Misses { get; } = [];

    public int Articles { get; set; }

    /// <summary>The headline numbers, keyed as eval/baseline.json pins them.</summary>
    public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>
    {
        ["entities_precision"] = Entities.Precision,
        ["entities_recall"] = Entities.Recall,
        ["entities_f1"] = Entities.F1,
        ["relations_f1"] = Relations.F1,
        ["quotes_f1"] = Quotes.F1,
        ["quote_speaker_accuracy"] = SpeakerAccuracy,
        ["events_f1"] = Events.F1,
    };
}
