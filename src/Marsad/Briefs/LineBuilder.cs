using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>Builds one <see cref="BriefLine"/> run by run; <see cref="Build"/> refuses a line that cites nothing.</summary>
internal sealed class LineBuilder(Citations citations)
{
    /// <summary>Longest excerpt shown: a sentence of a news article rarely runs longer; the cited article has the rest.</summary>
    public const int MaxExcerptChars = 280;

    readonly ImmutableArray<BriefRun>.Builder _runs = ImmutableArray.CreateBuilder<BriefRun>();

    public LineBuilder Text(string scaffold)
    {
        _runs.Add(new BriefRun(scaffold, RunKind.Scaffold));
        return this;
    }

    /// <summary>Arabic with the English name beside it where the knowledge base has one.</summary>
    public LineBuilder Name(NamedId named)
    {
        _runs.Add(new BriefRun(named.Name, RunKind.Name));
        if (named.NameEn is { Length: > 0 } en && en != named.Name)
        {
            _runs.Add(new BriefRun($" ({en})", RunKind.Name));
        }

        return this;
    }

    public LineBuilder Names(IReadOnlyList<NamedId> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                Text(i == names.Count - 1 ? " and " : ", ");
            }

            Name(names[i]);
        }

        return this;
    }

    public LineBuilder Value(string value)
    {
        _runs.Add(new BriefRun(value, RunKind.Value));
        return this;
    }

    public LineBuilder Excerpt(string words)
    {
        var oneLine = string.Join(' ', words.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        _runs.Add(new BriefRun(oneLine.Length <= MaxExcerptChars ? oneLine : oneLine[..MaxExcerptChars] + "…", RunKind.Excerpt));
        return this;
    }

    /// <summary>Cites up to <paramref name="max"/> of the articles; returns how many were cited.</summary>
    public int Cite(IEnumerable<string> articleIds, int max)
    {
        var numbers = citations.Cite(articleIds, max);
        if (numbers.Count > 0)
        {
            _runs.Add(new BriefRun(" ", RunKind.Scaffold));
        }

        foreach (var n in numbers)
        {
            _runs.Add(new BriefRun($"[{n}]", RunKind.Citation, n));
        }

        return numbers.Count;
    }

    /// <summary>The line, or null when it cites no source (a brief states nothing it cannot cite).</summary>
    public BriefLine? Build() => _runs.Any(r => r.Kind == RunKind.Citation) ? new BriefLine(_runs.ToImmutable()) : null;
}
