using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Documents;

namespace Marsad.Web.Apis;

/// <summary>
/// Validates what clients send: ids by their exact shapes, dates as yyyy-MM-dd, lists as comma-separated values,
/// sizes within bounds. Each check adds a clear message to <see cref="Errors"/>; an endpoint answers 400 with
/// them (a ProblemDetails document) before touching the store.
/// </summary>
public sealed partial class ApiInput
{
    /// <summary>Longest query text accepted: a search box, not a document.</summary>
    public const int MaxQueryLength = 300;

    /// <summary>Most values accepted in one list parameter.</summary>
    public const int MaxListValues = 20;

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public IResult Problem() => TypedResults.ValidationProblem(Errors, title: "The request is not valid", detail: string.Join(" ", Errors.SelectMany(e => e.Value)));

    /// <summary>Article ids: the first 16 hex digits of the input's SHA-256, a dash, the article's index in its file.</summary>
    [GeneratedRegex("^[0-9a-f]{16}-[0-9]{1,6}$")]
    public static partial Regex ArticleIdShape();

    /// <summary>Actor ids: kb:slug, an article-local entity (articleId/eN), forces at a place, or a source-class slug.</summary>
    [GeneratedRegex("^(kb:[a-z0-9][a-z0-9-]{0,79}|[0-9a-f]{16}-[0-9]{1,6}/e[0-9]{1,6}|forces-at:kb:[a-z0-9][a-z0-9-]{0,79}|[a-z][a-z0-9-]{1,60})$")]
    public static partial Regex ActorIdShape();

    /// <summary>Knowledge-base ids only (facets of the search index).</summary>
    [GeneratedRegex("^kb:[a-z0-9][a-z0-9-]{0,79}$")]
    public static partial Regex KbIdShape();

    public string? ArticleId(string name, string? value) => Shaped(name, value, ArticleIdShape(), "an article id such as 3e38dae5d4c7cc3c-0");

    public string? ActorId(string name, string? value) => Shaped(name, value, ActorIdShape(), "an actor id such as kb:kadhimi or iran-aligned-militias");

    public string? Text(string name, string? value)
    {
        if (value is not null && value.Length > MaxQueryLength)
        {
            Add(name, $"{name} is {value.Length} characters long; at most {MaxQueryLength} are accepted.");
            return null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(name, $"{name} must be a date written yyyy-MM-dd (e.g. 2021-04-09), not '{Clip(value)}'.");
        return null;
    }

    public void Range(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && from > to)
        {
            Add("to", "to must not be before from.");
        }
    }

    public int Int(string name, int? value, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value < min || value > max)
        {
            Add(name, $"{name} must be between {min} and {max}.");
            return fallback;
        }

        return value.Value;
    }

    /// <summary>A comma-separated list; each value is checked with <paramref name="check"/> (null when it passes).</summary>
    public IReadOnlyList<string> List(string name, string? value, Func<string, string?> check)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var values = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length > MaxListValues)
        {
            Add(name, $"{name} lists {values.Length} values; at most {MaxListValues} are accepted.");
            return [];
        }

        foreach (var v in values)
        {
            if (check(v) is { } problem)
            {
                Add(name, problem);
            }
        }

        return values;
    }

    public IReadOnlyList<string> Categories(string name, string? value) =>
        List(name, value, v => Enum.TryParse<EventCategory>(v, ignoreCase: true, out _) && !int.TryParse(v, out _)
            ? null
            : $"{name}: '{Clip(v)}' is not a PLOVER category (e.g. THREATEN, ASSAULT, ACCUSE).").Select(v => v.ToUpperInvariant()).ToList();

    public IReadOnlyList<string> Actors(string name, string? value) =>
        List(name, value, v => ActorIdShape().IsMatch(v) ? null : $"{name}: '{Clip(v)}' is not an actor id (kb:…, articleId/eN, or a source class).");

    public IReadOnlyList<string> KbIds(string name, string? value) =>
        List(name, value, v => KbIdShape().IsMatch(v) ? null : $"{name}: '{Clip(v)}' is not a knowledge-base id such as kb:baghdad.");

    public IReadOnlyList<string> Outlets(string name, string? value) =>
        List(name, value, v => v.Length <= 100 ? null : $"{name}: an outlet name is at most 100 characters.");

    public IReadOnlyList<string> ArticleIds(string name, string? value) =>
        List(name, value, v => ArticleIdShape().IsMatch(v) ? null : $"{name}: '{Clip(v)}' is not an article id.");

    string? Shaped(string name, string? value, Regex shape, string what)
    {
        if (string.IsNullOrEmpty(value))
        {
            Add(name, $"{name} is required: {what}.");
            return null;
        }

        if (!shape.IsMatch(value))
        {
            Add(name, $"{name} must be {what}, not '{Clip(value)}'.");
            return null;
        }

        return value;
    }

    void Add(string name, string message) =>
        Errors[name] = Errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

    // Echoed input is cut short: error messages quote what was wrong, not whole payloads.
    static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
