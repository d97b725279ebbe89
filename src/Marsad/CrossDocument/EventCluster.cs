using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.CrossDocument;

/// <summary>
/// One real-world event as coreference knows it so far: the reports merged into it share its category; it keeps
/// the narrowest date window any report gave, the places, participants and sentence terms they named, and the
/// ordinals that number it (the third round). <see cref="Id"/> is the id of its first report.
/// </summary>
public sealed record EventCluster(string Id, EventCategory Category, bool Negated, long Seq)
{
    /// <summary>Cap on sentence terms kept: enough to recognise the event's wording, bounded per cluster.</summary>
    public const int MaxTerms = 64;

    /// <summary>Cap on places and participants.</summary>
    public const int MaxSet = 16;

    public DateWindow Window { get; init; }

    public ImmutableArray<string> Places { get; init; } = [];

    /// <summary>Actors and recipients (global ids, or <c>class:</c> + a source class such as unidentified-gunmen).</summary>
    public ImmutableArray<string> Participants { get; init; } = [];

    /// <summary>People and organisations named in the reports' sentences without an actor's role.</summary>
    public ImmutableArray<string> Named { get; init; } = [];

    public ImmutableArray<ulong> Terms { get; init; } = [];

    /// <summary>Trigger words of the reports (stemmed; a named event such as حوار استراتيجي is one entry).</summary>
    public ImmutableArray<string> Triggers { get; init; } = [];

    public ImmutableArray<int> Ordinals { get; init; } = [];

    public int Reports { get; init; }

    /// <summary>True while every report is background (recalled history), so the brief's timeline can leave it out.</summary>
    public bool BackgroundOnly { get; init; } = true;
}
