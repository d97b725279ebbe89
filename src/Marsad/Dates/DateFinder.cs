using System.Buffers;
using System.Collections.Immutable;
using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Dates;

/// <summary>
/// Finds Arabic date expressions in an article's text, absolute (٥ يناير ٢٠٢٠، 2021-04-03، العام 2014) and
/// relative to the publication date (أمس، الثلاثاء الماضي، مطلع العام الحالي، قبل 18 عاماً), and resolves each with
/// the rule that resolved it. Works on <see cref="Document.Text"/> directly (no layer required). Mentions are
/// sorted and never overlap: at each position the longest expression wins. Relative expressions in an article
/// without a publication date stay <see cref="DatePrecision.Unresolved"/> with the reason.
/// </summary>
public sealed class DateFinder(DateLexicon lexicon) : IStage
{
    public Layer Requires => Layer.None;

    public Layer Provides => Layer.Dates;

    /// <summary>A finder over the tables embedded in the engine.</summary>
    public static DateFinder CreateDefault() => new(DateLexicon.Default);

    public Document Run(Document doc) => doc with { Dates = Find(doc.Text, doc.Anchor) };

    /// <summary>Finds and resolves the dates in <paramref name="text"/> against <paramref name="anchor"/>.</summary>
    public ImmutableArray<DateMention> Find(string text, DateOnly? anchor)
    {
        var expressions = Recognise(text);
        if (expressions.Count == 0)
        {
            return [];
        }

        var mentions = ImmutableArray.CreateBuilder<DateMention>(expressions.Count);
        foreach (var expression in expressions)
        {
            mentions.Add(DateResolver.Resolve(expression, anchor));
        }

        return mentions.MoveToImmutable();
    }

    /// <summary>
    /// The expressions in <paramref name="text"/> before any anchor is applied, in text order. Kept separate from
    /// resolution so that a missing publication date can be inferred by resolving them against candidate anchors.
    /// </summary>
    internal List<DateExpression> Recognise(ReadOnlySpan<char> text)
    {
        var found = new List<DateExpression>();
        if (text.IsEmpty)
        {
            return found;
        }

        var buffer = ArrayPool<DateToken>.Shared.Rent(text.Length);
        try
        {
            var count = DateScanner.Scan(text, lexicon, buffer);
            DateGrammar.FindAll(text, buffer.AsSpan(0, count), lexicon, found);
        }
        finally
        {
            ArrayPool<DateToken>.Shared.Return(buffer);
        }

        return found;
    }
}
