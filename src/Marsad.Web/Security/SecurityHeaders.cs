namespace Marsad.Web.Security;

/// <summary>
/// Headers that keep article text inert even if something slipped past the escaping: a content security policy that
/// allows scripts only from this server's own files (no inline script, no event-handler attributes, no eval, no
/// <c>javascript:</c> URLs), no framing, no MIME sniffing, no referrer. Inline styles stay allowed because the map and
/// timeline libraries position their elements with them; styles cannot run code.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
