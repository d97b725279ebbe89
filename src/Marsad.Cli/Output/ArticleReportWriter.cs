using Marsad.Documents;
using Marsad.Persistence;

namespace Marsad.Cli.Output;

/// <summary>Writes one article's report block: metadata, removed furniture by reason, dates and numbers, then its facts.</summary>
internal static class ArticleReportWriter
{
    /// <summary>Removed text is shown up to this many characters; furniture lines are short, teaser cards are not.</summary>
    const int MaxShownChars = 70;

    public static void Write(TextWriter w, StoredArticle a)
    {
        w.WriteLine($"== {a.Id}  {a.SourceFile} #{a.IndexInFile}{(a.Version > 1 ? $" (version {a.Version})" : string.Empty)}");
        w.WriteLine($"   title      {a.Title ?? "(none)"}");
        w.WriteLine($"   outlet     {a.Outlet ?? "(not named on the page)"}");
        var published = a.Published is { } p
            ? $"{p:yyyy-MM-dd}{(a.PublishedInferred ? " (inferred)" : string.Empty)}{(a.PublishedText is { } t ? $" — printed \"{t}\"" : string.Empty)}"
            : "(no printed date)";
        w.WriteLine($"   published  {published}");
        if (a.Author is not null)
        {
            w.WriteLine($"   author     {a.Author}");
        }

        w.WriteLine($"   text       {a.Text.Length} chars, {a.Sentences.Length} sentences");
        w.WriteLine($"   removed    {a.Removed.Length} span(s){Counts(a.Removed.Select(r => r.Reason))}");
        foreach (var r in a.Removed)
        {
            w.WriteLine($"     - {r.Reason,-24} \"{Shorten(r.Text)}\"");
        }

        w.WriteLine($"   dates      {a.Dates.Length}");
        foreach (var d in a.Dates)
        {
            w.WriteLine($"     - \"{Slice(a.Text, d.Span)}\" → {d.Value ?? "unresolved"} ({d.Precision.ToString().ToLowerInvariant()}; {d.Rule})");
        }

        w.WriteLine($"   numbers    {a.Numbers.Length}");
        foreach (var n in a.Numbers)
        {
            w.WriteLine($"     - \"{Slice(a.Text, n.Span)}\" → {(n.Approximate ? "~" : string.Empty)}{n.Value}");
        }

        FactReportWriter.Write(w, a);
        w.WriteLine();
    }

    static string Counts(IEnumerable<string> reasons)
    {
        var groups = reasons.GroupBy(r => r).Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key).ToList();
        return groups.Count == 0 ? string.Empty : $": {string.Join(", ", groups)}";
    }

    static string Slice(string text, TextSpan span) => text[span.Start..span.End].ReplaceLineEndings(" ");

    static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= MaxShownChars ? oneLine : oneLine[..MaxShownChars] + "…";
    }
}
