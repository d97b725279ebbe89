namespace Marsad.Web;

/// <summary>
/// How the workspace is served, from the configuration section <c>Marsad</c> (<c>marsad serve</c> fills it from its
/// options; tests set it through the host's settings). Bound to loopback unless an access token is configured.
/// </summary>
public sealed record WorkspaceOptions
{
    public const string Section = "Marsad";

    /// <summary>The store to open (it must exist: <c>marsad analyze</c> creates it).</summary>
    public string Db { get; init; } = "marsad.db";

    /// <summary>The address to listen on; anything but a loopback address needs <see cref="Token"/>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5151;

    /// <summary>The access token every request must carry (header, cookie, or once in the URL); none on loopback by default.</summary>
    public string? Token { get; init; }

    /// <summary>True when the host is a loopback address (127.0.0.0/8, ::1, localhost).</summary>
    public bool IsLoopback => Host == "localhost" || (System.Net.IPAddress.TryParse(Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
