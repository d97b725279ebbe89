namespace Marsad.Documents;

/// <summary>How exactly a date expression pins time.</summary>
public enum DatePrecision { Day, Week, Month, Season, Year, Range, Unresolved }

/// <summary>
/// A date expression and what it resolves to. <see cref="Start"/>..<see cref="End"/> is the resolved
/// interval (inclusive calendar days; both equal for a single day). <see cref="Rule"/> names the rule
/// that resolved it, or, when <see cref="Precision"/> is <see cref="DatePrecision.Unresolved"/>, the reason.
/// </summary>
public sealed record DateMention(
    TextSpan Span,
    DatePrecision Precision,
    DateOnly? Start,
    DateOnly? End,
    string Rule,
    bool Relative)
{
    /// <summary>ISO form: yyyy-MM-dd for a day, yyyy-MM for a month, yyyy for a year, "a/b" for other ranges.</summary>
    public string? Value => (Precision, Start, End) switch
    {
        (DatePrecision.Unresolved, _, _) => null,
        (DatePrecision.Day, { } s, _) => s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        (DatePrecision.Month, { } s, _) => s.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        (DatePrecision.Year, { } s, _) => s.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        (_, { } s, { } e) => $"{s:yyyy-MM-dd}/{e:yyyy-MM-dd}",
        _ => null,
    };
}
