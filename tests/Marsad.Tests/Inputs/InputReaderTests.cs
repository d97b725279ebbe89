using System.Security.Cryptography;
using System.Text;
using Marsad.Inputs;

namespace Marsad.Tests.Inputs;

public class InputReaderTests
{
    const string Arabic = "قال وزير الخارجية إن المحادثات مع الجانب الأمريكي ستستأنف الأسبوع المقبل في بغداد.";

    static readonly InputReader Reader = new();

    static InputReadResult Read(string path, byte[] bytes) => Reader.Read(path, bytes);

    static string OnlyError(InputReadResult result)
    {
        Assert.Null(result.Input);
        Assert.Empty(result.Pages);
        return Assert.Single(result.Errors).Reason;
    }

    [Theory]
    [InlineData("utf-8")] // no BOM
    [InlineData("utf-8-bom")] // EF BB BF
    [InlineData("utf-16le")] // FF FE
    [InlineData("utf-16be")] // FE FF
    public void Detects_unicode_encodings_from_the_bytes(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Arabic),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Arabic)],
        };
        var result = Read("a.txt", bytes);
        Assert.Equal(encoding, result.Input!.Encoding);
        Assert.Equal(Arabic, result.Input.Text);
        Assert.Equal(Arabic, Assert.Single(result.Pages).Text);
    }

    [Theory]
    [InlineData(false, "utf-16le")] // ASCII spaces give NULs at odd offsets
    [InlineData(true, "utf-16be")] // ... or at even offsets
    public void Detects_utf16_without_a_bom_by_its_nul_pattern(bool bigEndian, string expected)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(Arabic);
        var result = Read("a.txt", bytes);
        Assert.Equal(expected, result.Input!.Encoding);
        Assert.Equal(Arabic, result.Input.Text);
    }

    [Fact]
    public void Detects_windows_1256_arabic()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes(Arabic);
        var result = Read("old.txt", bytes);
        Assert.Equal("windows-1256", result.Input!.Encoding);
        Assert.Equal(Arabic, result.Input.Text);
    }

    [Fact]
    public void Mostly_valid_utf8_with_a_broken_sequence_is_invalid_utf8_not_cp1256()
    {
        var good = Encoding.UTF8.GetBytes(Arabic);
        var broken = good.Take(20).Append((byte)0xD8).Append((byte)0x20).Concat(good.Skip(20)).ToArray();
        Assert.Equal("invalid UTF-8 at byte 20", OnlyError(Read("broken.txt", broken)));
    }

    [Fact]
    public void Empty_file_is_refused() => Assert.Equal("file is empty", OnlyError(Read("e.txt", [])));

    [Fact]
    public void File_with_nul_bytes_is_binary()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        Assert.StartsWith("looks binary: NUL bytes at byte 8", OnlyError(Read("image.txt", bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void File_full_of_control_characters_is_binary()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic).Concat(Enumerable.Repeat((byte)0x01, 10)).ToArray();
        Assert.StartsWith("looks binary: control characters at byte", OnlyError(Read("x.txt", bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_reading()
    {
        var reader = new InputReader(new InputOptions(MaxBytes: 50));
        var result = reader.Read("big.txt", Encoding.UTF8.GetBytes(Arabic));
        Assert.Equal($"file is {Encoding.UTF8.GetByteCount(Arabic)} bytes, over the 50-byte limit", OnlyError(result));
    }

    [Fact]
    public void File_without_arabic_is_refused() =>
        Assert.Equal("no Arabic text", OnlyError(Read("en.txt", Encoding.UTF8.GetBytes("The minister said talks will resume next week."))));

    [Fact]
    public void Jsonl_with_arabic_written_as_unicode_escapes_is_read()
    {
        // json.dumps writes non-ASCII as \uXXXX by default: the file holds no Arabic letter until a record is decoded.
        var line = System.Text.Json.JsonSerializer.Serialize(new { title = "عنوان", text = "قال الوزير إن المحادثات ستستأنف." });
        Assert.Contains("\\u", line);
        var result = Read("feed.jsonl", Encoding.UTF8.GetBytes(line + "\n"));
        Assert.Empty(result.Errors);
        Assert.Contains("المحادثات", Assert.Single(result.Pages).Text);
    }

    [Fact]
    public void Jsonl_record_without_arabic_is_refused_by_its_line()
    {
        var result = Read("feed.jsonl", Encoding.UTF8.GetBytes("{\"text\": \"The minister said talks will resume.\"}\n"));
        Assert.Contains(result.Errors, e => e.Reason == "no Arabic text");
        Assert.Empty(result.Pages);
    }

    [Fact]
    public void Content_identity_is_the_lowercase_sha256_of_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), Read("a.txt", bytes).Input!.Sha256);
    }

    [Theory]
    [InlineData("page.html", "<p>نص</p>", InputFormat.Html)] // by extension
    [InlineData("page.dat", "<!DOCTYPE html><html><body><p>نص عربي</p></body></html>", InputFormat.Html)] // sniffed markup
    [InlineData("page.dat", "{\"text\": \"نص عربي\"}\n{\"text\": \"نص آخر\"}", InputFormat.Jsonl)] // sniffed JSON lines
    [InlineData("page.dat", "نص عربي عادي", InputFormat.Text)]
    [InlineData("page.txt", "<DOC>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص\n</TEXT>\n</DOC>", InputFormat.Trec)] // TREC sniffed in .txt
    public void Chooses_the_format_from_extension_then_content(string path, string text, InputFormat expected) =>
        Assert.Equal(expected, Read(path, Encoding.UTF8.GetBytes(text)).Input!.Format);

    [Fact]
    public void Truncated_html_is_used_with_a_warning()
    {
        var result = Read("cut.html", Encoding.UTF8.GetBytes("<html><body><p>" + Arabic));
        Assert.Single(result.Pages);
        Assert.Empty(result.Errors);
        Assert.Equal("HTML ends before </html> (truncated); used the text that was there", Assert.Single(result.Warnings).Reason);
    }
}
