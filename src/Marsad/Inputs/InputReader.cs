using System.Globalization;
using System.Security.Cryptography;

namespace Marsad.Inputs;

/// <summary>
/// Turns one input's bytes into pages: detects the encoding, the format, and splits containers (JSONL records,
/// TREC documents) into <see cref="RawPage"/>s. Pure: the caller reads the bytes. Bad input never throws: it comes
/// back as an <see cref="InputError"/> with a one-sentence reason.
/// </summary>
public sealed class InputReader(InputOptions options)
{
    public InputReader()
        : this(InputOptions.Default)
    {
    }

    public InputOptions Options => options;

    public InputReadResult Read(string path, ReadOnlyMemory<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (bytes.Length > options.MaxBytes)
        {
            return InputReadResult.Failed(path, string.Create(CultureInfo.InvariantCulture, $"file is {bytes.Length} bytes, over the {options.MaxBytes}-byte limit"));
        }

        if (bytes.IsEmpty)
        {
            return InputReadResult.Failed(path, "file is empty");
        }

        var decoded = TextDecoder.Decode(bytes.Span);
        if (decoded.Error is { } error)
        {
            return InputReadResult.Failed(path, error);
        }

        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputReadResult.Failed(path, "file is empty (only whitespace)");
        }

        var format = FormatSniffer.Detect(path, text);

        // A JSONL file may write its Arabic as \uXXXX escapes (Python's json.dumps does by default): each record is
        // checked for Arabic once decoded, so only the other formats are checked here.
        if (format != InputFormat.Jsonl && !JsonlReader.HasArabic(text))
        {
            return InputReadResult.Failed(path, "no Arabic text");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        var input = new DecodedInput(path, sha, bytes.Length, decoded.Encoding, format, text);
        var pages = new List<RawPage>();
        var errors = new List<InputError>();
        var warnings = new List<InputError>();
        switch (format)
        {
            case InputFormat.Jsonl:
                JsonlReader.Read(path, text, pages, errors, warnings);
                break;
            case InputFormat.Trec:
                pages.AddRange(TrecReader.Read(path, text));
                break;
            case InputFormat.Html:
                if (HtmlChecks.TruncationWarning(text) is { } truncated)
                {
                    warnings.Add(new InputError(path, truncated));
                }

                pages.Add(new RawPage(path, 0, text, PageFormat.Html, PageHints.None));
                break;
            default:
                pages.Add(new RawPage(path, 0, text, PageFormat.Text, PageHints.None));
                break;
        }

        return new InputReadResult(input, [.. pages], [.. errors], [.. warnings]);
    }
}
