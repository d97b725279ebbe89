namespace Marsad.Cli.Commands;

/// <summary>
/// Where a command's document goes: a file (written beside the target and moved into place, so a failure never
/// leaves half a file) or standard output.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes to <paramref name="path"/>, or to standard output when null; false (with an error line) when the file cannot be written.</summary>
    public static async Task<bool> WriteAsync(string? path, CliConsole console, Action<Stream> write, CancellationToken ct)
    {
        if (path is not null)
        {
            var temp = path + ".partial";
            try
            {
                await using (var file = File.Create(temp))
                {
                    write(file);
                }

                File.Move(temp, path, overwrite: true);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                File.Delete(temp);
                console.Error.WriteLine($"error: {path}: cannot write ({ex.Message})");
                return false;
            }
        }

        if (console.OpenStdout is { } open)
        {
            await console.Out.FlushAsync(ct);
            await using var stdout = open();
            write(stdout);
            return true;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        await console.Out.FlushAsync(ct);
        return true;
    }
}
