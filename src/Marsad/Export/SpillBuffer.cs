using System.Text.Json;

namespace Marsad.Export;

/// <summary>
/// A JSON array written in pieces to a temporary file while another array is being streamed, then copied into
/// the final document. Keeps export memory flat whatever the corpus size. The file is deleted on dispose.
/// </summary>
internal sealed class SpillBuffer : IDisposable
{
    readonly string _path = Path.Combine(Path.GetTempPath(), $"marsad-export-{Guid.NewGuid():N}.json");
    readonly FileStream _file;

    public SpillBuffer()
    {
        _file = new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        Writer = new Utf8JsonWriter(_file, JsonExporter.WriterOptions);
        Writer.WriteStartArray();
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Appends <c>,"name":[…]</c> to <paramref name="output"/>, copying the buffered bytes as they are.</summary>
    public async Task AppendAsPropertyAsync(Stream output, string name, CancellationToken ct)
    {
        Writer.WriteEndArray();
        await Writer.FlushAsync(ct);
        await output.WriteAsync(System.Text.Encoding.UTF8.GetBytes($",\"{name}\":"), ct);
        _file.Position = 0;
        await _file.CopyToAsync(output, ct);
    }

    public void Dispose()
    {
        Writer.Dispose();
        _file.Dispose();
    }
}
