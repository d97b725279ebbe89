namespace Marsad.Documents;

/// <summary>
/// The one spelling of each enum value outside C#: in the store, the exports, the reports and the web API.
/// Entity types are ACE/ANERcorp-style codes (PER, ORG, GPE, LOC, MISC), predicates and flags snake_case, event
/// categories PLOVER's upper case. Parsing is the inverse, case-insensitive.
/// </summary>
public static class FactNames
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Organization => "ORG",
        EntityKind.GeoPolitical => "GPE",
        EntityKind.Location => "LOC",
        _ => "MISC",
    };

    public static string Of(MentionSource source) => source switch
    {
        MentionSource.KnowledgeBase => "kb",
        MentionSource.Context => "context",
        _ => "tagger",
    };

    public static string Of(RelationPredicate predicate) => Snake(predicate.ToString());

    /// <summary>Null for <see cref="QuoteMedium.Unknown"/>.</summary>
    public static string? Of(QuoteMedium medium) => medium == QuoteMedium.Unknown ? null : medium.ToString().ToLowerInvariant();

    public static string Of(EventCategory category) => category.ToString().ToUpperInvariant();

    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static IEnumerable<string> Of(EventFlags flags) =>
        Enum.GetValues<EventFlags>().Where(f => f != EventFlags.None && flags.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant());

    /// <summary>A date at its precision: yyyy-MM-dd, yyyy-MM, yyyy, or start/end for weeks, seasons and other ranges.</summary>
    public static string? DateValue(DateOnly? start, DateOnly? end, DatePrecision precision) =>
        start is null ? null : new DateMention(default, precision, start, end ?? start, string.Empty, false).Value;

    public static EntityKind Kind(string code) => code.ToUpperInvariant() switch
    {
        "PER" or "PERS" or "PERSON" => EntityKind.Person,
        "ORG" or "ORGANIZATION" => EntityKind.Organization,
        "GPE" or "GEOPOLITICAL" => EntityKind.GeoPolitical,
        "LOC" or "LOCATION" => EntityKind.Location,
        "MISC" => EntityKind.Misc,
        _ => throw new FormatException($"unknown entity type '{code}' (PER, ORG, GPE, LOC or MISC)"),
    };

    public static MentionSource Source(string name) => name switch
    {
        "kb" => MentionSource.KnowledgeBase,
        "context" => MentionSource.Context,
        "tagger" => MentionSource.Tagger,
        _ => throw new FormatException($"unknown mention source '{name}' (kb, context or tagger)"),
    };

    public static RelationPredicate Predicate(string name) =>
        Enum.Parse<RelationPredicate>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    public static QuoteMedium Medium(string? name) => name is null ? QuoteMedium.Unknown : Enum.Parse<QuoteMedium>(name, ignoreCase: true);

    public static EventCategory Category(string name) => Enum.Parse<EventCategory>(name, ignoreCase: true);

    public static DatePrecision Precision(string name) => Enum.Parse<DatePrecision>(name, ignoreCase: true);

    public static EventFlags Flags(IEnumerable<string> names) =>
        names.Aggregate(EventFlags.None, (all, n) => all | Enum.Parse<EventFlags>(n, ignoreCase: true));

    static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
