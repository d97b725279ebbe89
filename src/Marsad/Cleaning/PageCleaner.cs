using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Inputs;

namespace Marsad.Cleaning;

/// <summary>Cleans one raw page into the articles it holds, recording what was removed and why.</summary>
public sealed class PageCleaner
{
    public static PageCleaner CreateDefault() => new();

    public IReadOnlyList<CleanArticle> Clean(RawPage page)
    {
        var text = page.Text;
        var map = new OffsetMap([new OffsetSegment(0, text.Length, 0, text.Length)]);
        return [new CleanArticle(text, map, new ArticleSource(page.SourceFile, 0, page.Hints.Url), ImmutableArray<RemovedSpan>.Empty)];
    }
}
