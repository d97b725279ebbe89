using System.Collections.Immutable;
using Marsad.Persistence.Graph;

namespace Marsad.Briefs;

/// <summary>
/// An analyst brief: what it covers, its sections of cited lines, and the numbered sources every citation resolves
/// to (<see cref="Sources"/>[n - 1] is [n]). Invariant: every line of every section cites at least one source, and
/// every citation number is between 1 and <see cref="Sources"/>.Length. Rendered by <see cref="MarkdownBriefWriter"/>
/// and <see cref="HtmlBriefWriter"/> with the same content.
/// </summary>
public sealed record Brief(string Title, ImmutableArray<string> Scope, ImmutableArray<BriefSection> Sections, ImmutableArray<SourceArticle> Sources)
{
    /// <summary>Every line of the brief, section by section.</summary>
    public IEnumerable<BriefLine> Lines => Sections.SelectMany(s => s.Lines);
}

/// <summary>A titled section; <see cref="Method"/> is fixed English saying how its lines were chosen (not a claim, so uncited).</summary>
public sealed record BriefSection(string Heading, string? Method, ImmutableArray<BriefLine> Lines);
