using Marsad.Storage.Workspace;

namespace Marsad.Web.Apis;

/// <summary>
/// The query parameters every event list takes (timeline, map, downloads): dates as yyyy-MM-dd, lists as
/// comma-separated values, <c>affiliates=true</c> to widen the actors to their camp, <c>background=false</c> to hide
/// reported history.
/// </summary>
public sealed record EventParameters(
    string? From = null,
    string? To = null,
    string? Category = null,
    string? Actor = null,
    bool? Affiliates = null,
    string? Place = null,
    string? Outlet = null,
    string? Article = null,
    bool? Background = null,
    int? Limit = null)
{
    /// <summary>Most events one list returns: a timeline of more is unreadable, a download takes the filters instead.</summary>
    public const int MaxLimit = 5000;

    public EventFilter ToFilter(ApiInput input, bool mappedOnly = false)
    {
        var from = input.Date("from", From);
        var to = input.Date("to", To);
        input.Range(from, to);
        return new EventFilter
        {
            From = from,
            To = to,
            Categories = input.Categories("category", Category),
            Actors = input.Actors("actor", Actor),
            WithAffiliates = Affiliates ?? false,
            Places = input.Actors("place", Place),
            Outlets = input.Outlets("outlet", Outlet),
            Articles = input.ArticleIds("article", Article),
            IncludeBackground = Background ?? true,
            MappedOnly = mappedOnly,
            Limit = input.Int("limit", Limit, 500, 1, MaxLimit),
        };
    }
}
