using System.Text;
using Marsad.Arabic;

namespace Marsad.Inputs;

/// <summary>The text of an input and the name of the encoding it was found in, or why it could not be decoded.</summary>
internal readonly record struct DecodeResult(string? Text, string Encoding, string? Error);

/// <summary>
/// Detects an input's encoding from its bytes, never assuming one: a byte-order mark (UTF-8, UTF-16 LE/BE); BOM-less
/// UTF-16 by its NUL-byte pattern (every other byte is the high byte of an ASCII or Arabic code unit); strict UTF-8;
/// and Windows-1256 for legacy Arabic pages. A file that is mostly well-formed UTF-8 Arabic with a few broken
/// sequences is reported as invalid UTF-8, not decoded as cp1256 mojibake. Binary files are refused.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Bytes inspected to recognise BOM-less UTF-16.</summary>
    const int Utf16SampleBytes = 4096;

    /// <summary>Share of a UTF-16 sample's high bytes that must be 0x00 (ASCII), 0x06 (Arabic) or another text block.</summary>
    const double Utf16TextHighByteShare = 0.95;

    /// <summary>
    /// Of the non-ASCII sequences of an undecodable file, this share being well-formed UTF-8 makes it broken UTF-8;
    /// cp1256 Arabic bytes (0xC1–0xFE runs) almost never form valid UTF-8 sequences by chance.
    /// </summary>
    const double BrokenUtf8Share = 0.5;

    /// <summary>Share of a cp1256 decoding's non-ASCII characters that must be Arabic letters for it to be Arabic text.</summary>
    const double Cp1256ArabicShare = 0.7;

    /// <summary>C0 control bytes (other than tab, newline, CR, form feed) above this share of the file mean binary.</summary>
    const double MaxControlShare = 0.01;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3, "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: false, "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], bigEndian: true, "utf-16be");
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return DecodeUtf16(bytes, bigEndian, bigEndian ? "utf-16be" : "utf-16le");
        }

        if (BinaryAt(bytes) is { } binary)
        {
            return new DecodeResult(null, "binary", binary);
        }

        return DecodeUtf8(bytes, 0, "utf-8");
    }

    static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes, int offset, string name)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodeResult(StrictUtf8.GetString(bytes), name, null);
        }

        var (firstInvalid, valid, invalid) = ScanUtf8(bytes);
        var where = $"invalid UTF-8 at byte {firstInvalid + offset}";
        if (offset == 0 && valid < BrokenUtf8Share * (valid + invalid) && DecodeCp1256(bytes) is { } legacy)
        {
            return new DecodeResult(legacy, "windows-1256", null);
        }

        return new DecodeResult(null, name, where);
    }

    static (int FirstInvalid, int Valid, int Invalid) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        var first = -1;
        var valid = 0;
        var invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
                first = first < 0 ? i : first;
            }

            i += Math.Max(1, consumed);
        }

        return (first, valid, invalid);
    }

    static string? DecodeCp1256(ReadOnlySpan<byte> bytes)
    {
        // Taken from the code-pages provider directly: no process-wide Encoding.RegisterProvider side effect.
        var text = CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetString(bytes);
        var arabic = 0;
        var other = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (ArabicLetters.IsArabicScript(c))
            {
                arabic++;
            }
            else
            {
                other++;
            }
        }

        return arabic > 0 && arabic >= Cp1256ArabicShare * (arabic + other) ? text : null;
    }

    static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string name)
    {
        try
        {
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            var text = encoding.GetString(bytes[..(bytes.Length & ~1)]);
            return text.Contains('\0', StringComparison.Ordinal)
                ? new DecodeResult(null, name, $"looks binary: NUL characters in {name} text")
                : new DecodeResult(text, name, null);
        }
        catch (DecoderFallbackException ex)
        {
            return new DecodeResult(null, name, $"invalid {name.ToUpperInvariant()} at byte {ex.Index}");
        }
    }

    /// <summary>BOM-less UTF-16: NULs only at one parity, and that parity's bytes all high bytes of text blocks.</summary>
    static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Utf16SampleBytes) & ~1)];
        int evenNul = 0, oddNul = 0, evenText = 0, oddText = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
            evenText += IsTextHighByte(sample[i]) ? 1 : 0;
            oddText += IsTextHighByte(sample[i + 1]) ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        bigEndian = evenNul > oddNul;
        return pairs > 0 && (bigEndian
            ? evenNul > 0 && oddNul == 0 && evenText >= Utf16TextHighByteShare * pairs
            : oddNul > 0 && evenNul == 0 && oddText >= Utf16TextHighByteShare * pairs);
    }

    // High bytes of UTF-16 text: ASCII/Latin-1 (00), Arabic (06), Arabic supplements (07, 08), punctuation (20),
    // presentation forms (FB, FE).
    static bool IsTextHighByte(byte b) => b is 0x00 or 0x06 or 0x07 or 0x08 or 0x20 or 0xFB or 0xFE;

    static string? BinaryAt(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"looks binary: NUL bytes at byte {nul}";
        }

        var controls = 0;
        var first = -1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is < 0x20 and not (0x09 or 0x0A or 0x0D or 0x0C) or 0x7F)
            {
                controls++;
                first = first < 0 ? i : first;
            }
        }

        return controls > 1 && controls > MaxControlShare * bytes.Length ? $"looks binary: control characters at byte {first}" : null;
    }
}
