namespace Marsad.Inputs;

/// <summary>
/// Why one input (a file, a path, or one line of a JSONL file) could not be used. <see cref="Input"/> names it
/// the way the user gave it (with ":line" for a JSONL record); <see cref="Reason"/> is one plain sentence.
/// </summary>
public sealed record InputError(string Input, string Reason)
{
    public override string ToString() => $"{Input}: {Reason}";
}
