namespace Marsad.Events;

/// <summary>Which count a casualty word feeds.</summary>
public enum CasualtyKind
{
    Dead,
    Injured,

    /// <summary>A person noun: the count it carries alone (1 singular, 2 dual, 0 plural = unknown).</summary>
    Person,
}

/// <summary>Where a casualty word's count is written relative to it.</summary>
[Flags]
public enum CountOrder
{
    None = 0,

    /// <summary>مقتل 3، أصيب 4: the count follows.</summary>
    After = 1,

    /// <summary>3 قتلى: the count precedes.</summary>
    Before = 2,

    /// <summary>لقي 3 أشخاص حتفهم: the count sits between the words.</summary>
    Inside = 4,
}

/// <summary>One casualty word (data/events/casualties.tsv): dead or injured and where its count is, or a person noun's count.</summary>
public sealed record CasualtyWord(CasualtyKind Kind, CountOrder Order, int PersonCount = 0);
