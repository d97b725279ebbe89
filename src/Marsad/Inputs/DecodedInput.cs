namespace Marsad.Inputs;

/// <summary>
/// An input file read and decoded: the bytes' SHA-256 (the content identity that makes re-runs idempotent),
/// the encoding that was detected (not assumed), the format, and the decoded text, stored unchanged.
/// </summary>
public sealed record DecodedInput(
    string Path,
    string Sha256,
    long ByteLength,
    string Encoding,
    InputFormat Format,
    string Text);
