namespace Marsad.Inputs;

/// <summary>
/// Chooses an input's format: from the extension when it says one (.html/.htm, .jsonl/.ndjson, .txt — where a
/// TREC &lt;DOC&gt; file is recognised by its content), otherwise from the content: markup first → HTML, lines of
/// JSON objects → JSONL, a &lt;DOC&gt; element → TREC, anything else → text.
/// </summary>
internal static class FormatSniffer
{
    public static InputFormat Detect(string path, string text)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".txt" => IsTrec(text) ? InputFormat.Trec : InputFormat.Text,
            _ => Sniff(text),
        };
    }

    static InputFormat Sniff(string text)
    {
        if (IsTrec(text))
        {
            return InputFormat.Trec;
        }

        var start = Start(text);
        if (start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<!--", StringComparison.Ordinal))
        {
            return InputFormat.Html;
        }

        return IsJsonLines(text) ? InputFormat.Jsonl : InputFormat.Text;
    }

    public static bool IsTrec(string text) => Start(text).StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase);

    static ReadOnlySpan<char> Start(string text) => text.AsSpan().TrimStart().TrimStart('\uFEFF');

    static bool IsJsonLines(string text)
    {
        var any = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] != '{' || line[^1] != '}')
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
