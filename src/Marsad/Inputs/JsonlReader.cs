using System.Text.Json;

namespace Marsad.Inputs;

/// <summary>
/// Reads JSONL news records, one JSON object per line with url, title, published, outlet, author and either
/// <c>text</c> (a plain scrape) or <c>html</c> (a page). Each good record becomes a page whose text is the field's
/// value after JSON unescaping; a bad line is reported as "path:LINE" and the other lines still load.
/// </summary>
internal static class JsonlReader
{
    public static void Read(string path, string text, List<RawPage> pages, List<InputError> errors, List<InputError> warnings)
    {
        var lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan()[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var where = $"{path}:{lineNumber}";
            if (ReadRecord(path, lineNumber, line, out var error) is { } page)
            {
                if (!HasArabic(page.Text))
                {
                    errors.Add(new InputError(where, "no Arabic text"));
                    continue;
                }

                if (page.Format == PageFormat.Html && HtmlChecks.TruncationWarning(page.Text) is { } truncated)
                {
                    warnings.Add(new InputError(where, truncated));
                }

                pages.Add(page);
            }
            else
            {
                errors.Add(new InputError(where, error!));
            }
        }
    }

    static RawPage? ReadRecord(string path, int lineNumber, ReadOnlySpan<char> line, out string? error)
    {
        error = null;
        try
        {
            using var json = JsonDocument.Parse(line.ToString());
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"malformed JSON (a record must be an object, not {json.RootElement.ValueKind.ToString().ToLowerInvariant()})";
                return null;
            }

            var root = json.RootElement;
            var html = Field(root, "html");
            var body = html ?? Field(root, "text");
            if (string.IsNullOrWhiteSpace(body))
            {
                error = "record has neither a \"text\" nor an \"html\" field with content";
                return null;
            }

            var hints = new PageHints(
                Url: Field(root, "url"),
                Title: Field(root, "title"),
                Outlet: Field(root, "outlet"),
                Author: Field(root, "author"),
                PublishedText: Field(root, "published"));
            return new RawPage(path, lineNumber, body, html is not null ? PageFormat.Html : PageFormat.Text, hints);
        }
        catch (JsonException ex)
        {
            error = $"malformed JSON ({FirstSentence(ex.Message)})";
            return null;
        }
    }

    static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }

    internal static bool HasArabic(string text)
    {
        foreach (var c in text)
        {
            if (Arabic.ArabicLetters.IsArabicLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
