using System.Diagnostics;

namespace Marsad.CrossDocument;

/// <summary>Where linking time goes, per linker (for the scale benchmark); opt-in on <see cref="CrossDocumentLinker.Timings"/>.</summary>
public sealed class LinkTimings
{
    readonly long[] _ticks = new long[Phases.Length];

    /// <summary>The phases in linking order.</summary>
    public static readonly string[] Phases = ["entities", "events", "quotes", "copies", "stories"];

    public TimeSpan this[string phase] => Stopwatch.GetElapsedTime(0, _ticks[Array.IndexOf(Phases, phase)]);

    internal void Add(int phase, long started) => _ticks[phase] += Stopwatch.GetTimestamp() - started;
}
