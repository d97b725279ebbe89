namespace Marsad.Inputs;

/// <summary>Checks on HTML inputs that do not need a parser.</summary>
internal static class HtmlChecks
{
    /// <summary>A page that opens &lt;html&gt; but never closes it was cut off in transit or by the scraper.</summary>
    public static string? TruncationWarning(string html) =>
        html.Contains("<html", StringComparison.OrdinalIgnoreCase) && !html.Contains("</html>", StringComparison.OrdinalIgnoreCase)
            ? "HTML ends before </html> (truncated); used the text that was there"
            : null;
}
