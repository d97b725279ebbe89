namespace Marsad.Inputs;

/// <summary>Limits on what an input may be.</summary>
/// <param name="MaxBytes">Inputs larger than this are refused before they are read (default 50 MB).</param>
public sealed record InputOptions(long MaxBytes = InputOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static InputOptions Default { get; } = new();
}
