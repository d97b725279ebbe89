using Marsad.Inputs;

namespace Marsad.Ingestion;

/// <summary>What one analyze run did, for the closing summary and the exit code.</summary>
public sealed class AnalysisSummary
{
    /// <summary>A summary lists a few stored articles, not a whole corpus.</summary>
    public const int MaxListed = 25;

    public int Inputs { get; set; }

    public int New { get; set; }

    public int NewVersions { get; set; }

    public int Unchanged { get; set; }

    public int Failed { get; set; }

    public long Articles { get; set; }

    public long Sentences { get; set; }

    public long Dates { get; set; }

    public long Numbers { get; set; }

    /// <summary>Named mentions (people, organisations, places) the recogniser found.</summary>
    public long Mentions { get; set; }

    public long Relations { get; set; }

    public long Quotes { get; set; }

    public long Events { get; set; }

    public long Bytes { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>The first <see cref="MaxListed"/> articles stored by this run, for the closing summary.</summary>
    public List<StoredArticleLine> Stored { get; } = [];

    public List<InputError> Errors { get; } = [];

    public List<InputError> Warnings { get; } = [];

    /// <summary>True when every input was usable (errors in single JSONL records count as failures too).</summary>
    public bool AllInputsFine => Errors.Count == 0;
}

/// <summary>One stored article as the summary lists it.</summary>
public sealed record StoredArticleLine(string Id, string SourceFile, int IndexInFile, string? Title, string? Outlet, DateOnly? Published, int Sentences, int Dates, int Numbers, int Removed)
{
    public int Entities { get; init; }

    public int Quotes { get; init; }

    public int Events { get; init; }
}
