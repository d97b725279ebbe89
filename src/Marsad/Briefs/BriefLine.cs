using System.Collections.Immutable;

namespace Marsad.Briefs;

/// <summary>
/// One sentence of a brief as runs: fixed English scaffolding, names and values taken from the store, excerpts of
/// the articles' own words, and citations (a source number) after the claims they support.
/// </summary>
public sealed record BriefLine(ImmutableArray<BriefRun> Runs)
{
    /// <summary>The source numbers the line cites, in order of appearance.</summary>
    public IEnumerable<int> Citations => Runs.Where(r => r.Kind == RunKind.Citation).Select(r => r.Source);

    /// <summary>The line as plain text, citations as [n] (for tests and logs).</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Kind switch
    {
        RunKind.Citation => $"[{r.Source}]",
        RunKind.Excerpt => $"«{r.Text}»",
        _ => r.Text,
    }));
}

/// <summary>A piece of a brief line; <see cref="Source"/> is the source number of a citation (0 otherwise).</summary>
public readonly record struct BriefRun(string Text, RunKind Kind, int Source = 0);

/// <summary>Where a run's text comes from, which decides how the writers escape and mark it.</summary>
public enum RunKind
{
    /// <summary>Fixed English wording of Marsad's own (trusted).</summary>
    Scaffold,

    /// <summary>A name from the store: Arabic names come from articles (untrusted).</summary>
    Name,

    /// <summary>A value read from an article or the store: a date, a count, an outlet (untrusted).</summary>
    Value,

    /// <summary>An article's own words, shown between «» (untrusted).</summary>
    Excerpt,

    /// <summary>A citation of source <see cref="BriefRun.Source"/>.</summary>
    Citation,
}
