using System.Globalization;

namespace Marsad.Cli.Commands;

/// <summary>Parses sizes such as <c>50MB</c>, <c>512KB</c>, <c>1GB</c> or a plain byte count.</summary>
internal static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        var t = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                t = t[..^suffix.Length].Trim();
                break;
            }
        }

        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            bytes = (long)(value * unit);
            return true;
        }

        bytes = 0;
        return false;
    }
}
