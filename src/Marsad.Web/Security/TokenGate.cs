using System.Security.Cryptography;
using System.Text;

namespace Marsad.Web.Security;

/// <summary>
/// Requires the access token on every request when one is configured: in the <c>Authorization: Bearer</c> or
/// <c>X-Marsad-Token</c> header, or the <c>marsad_token</c> cookie. A page opened with <c>?token=…</c> (the URL
/// <c>marsad serve</c> prints) sets the cookie (HttpOnly, SameSite=Strict) and redirects to the same page without
/// the token, so it does not stay in the address bar or the history. Tokens compare in constant time.
/// </summary>
public sealed class TokenGate(RequestDelegate next, byte[] token)
{
    public const string Header = "X-Marsad-Token";
    public const string Cookie = "marsad_token";
    const string QueryKey = "token";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Matches(Bearer(context.Request.Headers.Authorization)) || Matches(context.Request.Headers[Header]) || Matches(context.Request.Cookies[Cookie]))
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && Matches(context.Request.Query[QueryKey]))
        {
            context.Response.Cookies.Append(Cookie, Encoding.UTF8.GetString(token), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            var rest = context.Request.Query.Where(q => q.Key != QueryKey).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
            var query = string.Join('&', rest);
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + (query.Length > 0 ? "?" + query : string.Empty));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Results.Problem(
            title: "Access token required",
            detail: "This workspace needs its access token: open the URL `marsad serve` printed, or send the X-Marsad-Token header.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }

    bool Matches(string? given) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), token);

    static string? Bearer(string? header) =>
        header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
