namespace Marsad.Ingestion;

/// <summary>
/// One input to analyse: a file (by the path the user gave and its full path) or standard input ("-").
/// <see cref="Problem"/> is set when the path could not be used at all (it does not exist, say).
/// </summary>
public sealed record InputSource(string GivenPath, string FullPath, bool IsStdin = false, string? Problem = null)
{
    public const string StdinName = "-";
}
